package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code whereHasX} across databases when 70 000 distinct keys match, more than one statement takes as separate
 * bind values on MySQL and MariaDB: the first step reads every key in one statement, and the owner's statement takes
 * them all, on every database. 70 010 users are on "default", each with one post on "secondary"; the posts of the
 * first 70 000 users have one like, the last ten's none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WhereHasManyKeysContract {

    private static final int MATCHING = 70_000;
    private static final int NOT_MATCHING = 10;

    /** The databases behind "default", "secondary" and "tertiary". */
    protected abstract TestConnections.Builder databases();

    private TestConnections connections;
    private long firstUserId;

    @BeforeAll
    void bulkLoad() {
        connections = databases().pool("maximumPoolSize", 1).pool("connectionTimeout", 2000).open();
        long started = System.nanoTime();
        int total = MATCHING + NOT_MATCHING;
        TestDatabase users = connections.database("default");
        users.execute("insert into rel_users (username) select concat('u', n) from ("
                + series(users.kind(), 1, total) + ") s");
        long[] ids = idRange(users);
        assertEquals(total, ids[2], "users inserted");
        assertEquals(total - 1, ids[1] - ids[0], "the users' ids are contiguous");
        firstUserId = ids[0];
        TestDatabase posts = connections.database("secondary");
        posts.execute("insert into rel_posts (user_id, title, likes) select n, concat('p', n), case when n < "
                + (firstUserId + MATCHING) + " then 1 else 0 end from ("
                + series(posts.kind(), firstUserId, firstUserId + total - 1) + ") s");
        System.out.printf("%s: %d users and their posts loaded in %d ms%n", getClass().getSimpleName(), total,
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void close() {
        connections.close();
    }

    /** A SELECT of one column {@code n} holding {@code from} to {@code to}. */
    private static String series(DatabaseKind kind, long from, long to) {
        return switch (kind) {
            case POSTGRESQL -> "select g as n from generate_series(" + from + ", " + to + ") g";
            case MARIADB -> "select seq as n from seq_" + from + "_to_" + to;
            case H2 -> "select \"X\" as n from system_range(" + from + ", " + to + ")";
        };
    }

    /** The smallest and largest user id and the number of users, read with plain JDBC. */
    private static long[] idRange(TestDatabase database) {
        try (Connection jdbc = database.connect(); Statement statement = jdbc.createStatement();
                ResultSet result = statement.executeQuery("select min(id), max(id), count(*) from rel_users")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2), result.getLong(3)};
        } catch (SQLException e) {
            throw new AssertionError("Could not read the users' ids: " + e, e);
        }
    }

    @Test
    void theOwnersStatementTakesSeventyThousandKeys() {
        try (StatementLog statements = StatementLog.start()) {
            long started = System.nanoTime();
            long count = UserQueries.whereHasPosts(p -> p.where(PostTable.LIKES.eq(1))).count();
            System.out.printf("%s: whereHas of %d keys counted in %d ms%n", getClass().getSimpleName(), MATCHING,
                    (System.nanoTime() - started) / 1_000_000);
            assertEquals(MATCHING, count);
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    "the keys in one statement, the owners in one statement");
        }
    }

    @Test
    void theOwnersFoundAreExactlyTheMatchingOnes() {
        try (StatementLog statements = StatementLog.start()) {
            List<Long> last = ids(UserQueries.whereHasPosts(p -> p.where(PostTable.LIKES.eq(1)))
                    .orderBy(UserTable.ID.desc()).limit(3).all());
            assertEquals(List.of(firstUserId + MATCHING - 1, firstUserId + MATCHING - 2, firstUserId + MATCHING - 3),
                    last, "the last matching users; the ten after them have no matching post");
            List<Long> first = ids(UserQueries.whereHasPosts(p -> p.where(PostTable.LIKES.eq(1)))
                    .orderBy(UserTable.ID).limit(2).all());
            assertEquals(List.of(firstUserId, firstUserId + 1), first);
            assertEquals(Map.of("default", 2, "secondary", 2), statements.perConnection());
        }
    }

    @Test
    void aBelongsToTakesSeventyThousandKeysTheOtherWayRound() {
        try (StatementLog statements = StatementLog.start()) {
            long count = PostQueries.whereHasUser(u -> u.where(UserTable.ID.lt(firstUserId + MATCHING))).count();
            assertEquals(MATCHING, count);
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    "the keys in one statement, the owners in one statement");
        }
    }

    private static List<Long> ids(List<User> users) {
        return users.stream().map(User::id).toList();
    }
}
