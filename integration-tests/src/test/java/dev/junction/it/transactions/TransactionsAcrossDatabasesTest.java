package dev.junction.it.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.CrossDatabaseWriteException;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.JunctionException;
import dev.junction.QueryFailedException;
import dev.junction.TransactionOptions;
import dev.junction.TransactionOptions.Isolation;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.PostTable;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions per connection, with users in PostgreSQL ("default") and posts in MariaDB ("secondary"), and the
 * example from rhosocial ActiveRecord's documentation under each cross-database write policy: inside
 * {@code User.transaction()}, a {@code Post} in the other database is updated.
 */
class TransactionsAcrossDatabasesTest {

    private TestConnections connections;
    private User alice;
    private Post post;

    @BeforeEach
    void open() {
        connections = TestConnections.on(DatabaseKind.POSTGRESQL).bind("secondary", DatabaseKind.MARIADB)
                .pool("maximumPoolSize", 2).pool("connectionTimeout", 2000).open();
        alice = UserQueries.insert(new User("alice"));
        post = PostQueries.insert(new Post(alice.id(), "draft", 0));
    }

    @AfterEach
    void close() {
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.WARN);
        connections.close();
    }

    /** rhosocial's example: a user and, in the same block, a post in the other database. */
    private void renameBothAndFail(String title) {
        UserQueries.transaction(() -> {
            UserQueries.update(rename(alice, "alice2"));
            PostQueries.update(retitle(post, title));
            throw new IllegalStateException("the user's transaction fails after the post was written");
        });
    }

    @Test
    void warnWritesOutsideTheTransactionAndLogsOncePerTransaction() {
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.WARN);
        String log = capturingStandardError(() -> {
            assertThrows(IllegalStateException.class, () -> UserQueries.transaction(() -> {
                UserQueries.update(rename(alice, "alice2"));
                PostQueries.update(retitle(post, "first"));
                PostQueries.update(retitle(post, "second"));
                throw new IllegalStateException("roll back the user");
            }));
        });
        assertEquals(1, occurrences(log, "outside the transaction"), "logged once per transaction:\n" + log);
        assertTrue(log.contains("WARN"), log);
        assertTrue(log.contains("Write of dev.junction.it.relations.Post on connection 'secondary' is outside the"
                + " transaction open on connection 'default'"), log);
        assertEquals("alice", UserQueries.findById(alice.id()).orElseThrow().username(), "the user rolled back");
        assertEquals("second", PostQueries.findById(post.id()).orElseThrow().title(),
                "the post was not part of it: it stays written");
    }

    @Test
    void failThrowsBeforeTheWriteIsSentAndTheTransactionRollsBack() {
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.FAIL);
        try (StatementLog statements = StatementLog.start()) {
            CrossDatabaseWriteException e = assertThrows(CrossDatabaseWriteException.class,
                    () -> renameBothAndFail("never"));
            assertTrue(e.getMessage().contains("'secondary'") && e.getMessage().contains("'default'")
                    && e.getMessage().contains("dev.junction.it.relations.Post"), e.getMessage());
            assertEquals(0, statements.count("secondary"), "nothing was sent to the other database");
        }
        assertEquals("alice", UserQueries.findById(alice.id()).orElseThrow().username(), "the user rolled back");
        assertEquals("draft", PostQueries.findById(post.id()).orElseThrow().title());
    }

    @Test
    void allowIsSilent() {
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.ALLOW);
        String log = capturingStandardError(() -> assertThrows(IllegalStateException.class,
                () -> renameBothAndFail("allowed")));
        assertFalse(log.contains("outside the transaction"), log);
        assertEquals("alice", UserQueries.findById(alice.id()).orElseThrow().username());
        assertEquals("allowed", PostQueries.findById(post.id()).orElseThrow().title());
    }

    @Test
    void writesInsideTheirOwnConnectionsTransactionAreNotCrossDatabase() {
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.FAIL);
        UserQueries.transaction(() -> PostQueries.transaction(() -> {
            UserQueries.update(rename(alice, "both"));
            PostQueries.update(retitle(post, "both"));
        }));
        assertEquals("both", UserQueries.findById(alice.id()).orElseThrow().username());
        assertEquals("both", PostQueries.findById(post.id()).orElseThrow().title());
    }

    @Test
    void transactionsOnTwoConnectionsAreIndependent() {
        assertThrows(IllegalStateException.class, () -> UserQueries.transaction(() -> {
            PostQueries.transaction(() -> {
                PostQueries.update(retitle(post, "committed"));
            });
            UserQueries.update(rename(alice, "rolled back"));
            throw new IllegalStateException("only the user's transaction fails");
        }));
        assertEquals("committed", PostQueries.findById(post.id()).orElseThrow().title());
        assertEquals("alice", UserQueries.findById(alice.id()).orElseThrow().username());
    }

    @Test
    void aNestedFailureThatTheBodyCatchesRollsBackOnlyItsSavepoint() {
        for (String connection : new String[] {"default", "secondary"}) {
            ConnectionManager.transaction(connection, () -> {
                PostQueries.insert(new Post(alice.id(), "outer " + connection, 1));
                UserQueries.insert(new User("outer " + connection));
                RuntimeException inner = new IllegalStateException("inner");
                RuntimeException caught = assertThrows(RuntimeException.class,
                        () -> ConnectionManager.transaction(connection, () -> {
                            PostQueries.insert(new Post(alice.id(), "inner " + connection, 1));
                            UserQueries.insert(new User("inner " + connection));
                            throw inner;
                        }));
                assertSame(inner, caught);
            });
            String model = connection.equals("default") ? "user" : "post";
            assertEquals(1, model.equals("user")
                    ? UserQueries.findAllByUsername("outer " + connection).size()
                    : PostQueries.findAllByTitle("outer " + connection).size());
            assertEquals(0, model.equals("user")
                    ? UserQueries.findAllByUsername("inner " + connection).size()
                    : PostQueries.findAllByTitle("inner " + connection).size(), "the savepoint rolled back");
        }
    }

    @Test
    void readOnlyTransactionsRejectWritesOnBothDatabases() {
        TransactionOptions readOnly = TransactionOptions.defaults().readOnly();
        QueryFailedException postgres = assertThrows(QueryFailedException.class,
                () -> UserQueries.transaction(readOnly, () -> UserQueries.insert(new User("nope"))));
        assertTrue(postgres.getMessage().contains("read-only transaction"), postgres.getMessage());
        assertEquals(Optional.of("default"), postgres.connection());
        assertEquals(Optional.of(User.class), postgres.model());
        assertEquals(Optional.of("25006"), postgres.sqlState(), "PostgreSQL's read_only_sql_transaction");
        QueryFailedException mariadb = assertThrows(QueryFailedException.class,
                () -> PostQueries.transaction(readOnly, () -> PostQueries.insert(new Post(1L, "nope", 0))));
        // Connector/J refuses the write itself, before MariaDB would.
        assertTrue(mariadb.getMessage().contains("read-only"), mariadb.getMessage());
        assertEquals(1, PostQueries.transaction(readOnly, () -> PostQueries.count()), "reads work");
        assertEquals(2, UserQueries.transaction(readOnly, () -> UserQueries.count() + 1));
        UserQueries.insert(new User("writable again"));
        PostQueries.insert(new Post(1L, "writable again", 0));
    }

    @Test
    void isolationLevelsApplyPerConnection() {
        for (Isolation isolation : new Isolation[] {Isolation.READ_COMMITTED, Isolation.REPEATABLE_READ,
                Isolation.SERIALIZABLE}) {
            TransactionOptions options = TransactionOptions.defaults().isolation(isolation);
            String postgres = UserQueries.transaction(options,
                    () -> String.valueOf(ConnectionManager.dsl("default").fetchValue("show transaction_isolation")));
            assertEquals(isolation.name().replace('_', ' ').toLowerCase(), postgres);
            String mariadb = PostQueries.transaction(options,
                    () -> String.valueOf(ConnectionManager.dsl("secondary").fetchValue("select @@tx_isolation")));
            assertEquals(isolation.name().replace('_', '-'), mariadb);
        }
    }

    @Test
    void nestedTransactionsKeepTheOuterOptions() {
        JunctionException e = assertThrows(JunctionException.class, () -> UserQueries.transaction(() ->
                UserQueries.transaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE), () -> { })));
        assertTrue(e.getMessage().contains("cannot be nested in the transaction open on connection 'default'"),
                e.getMessage());
        UserQueries.transaction(TransactionOptions.defaults().readOnly(), () ->
                UserQueries.transaction(TransactionOptions.defaults().readOnly(), () -> UserQueries.count()));
    }

    @Test
    void eachThreadHasItsOwnTransactions() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        try {
            Future<?> writer = other.submit(() -> UserQueries.transaction(() -> {
                UserQueries.insert(new User("invisible"));
                written.countDown();
                assertTrue(checked.await(10, TimeUnit.SECONDS));
            }));
            assertTrue(written.await(10, TimeUnit.SECONDS));
            assertTrue(UserQueries.findByUsername("invisible").isEmpty(),
                    "another thread's open transaction is not this thread's");
            checked.countDown();
            writer.get(10, TimeUnit.SECONDS);
            assertNotNull(UserQueries.findByUsername("invisible").orElse(null), "committed");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void whereHasInsideATransactionOnTheChildsConnectionSeesItsWrites() {
        PostQueries.transaction(() -> {
            PostQueries.insert(new Post(alice.id(), "uncommitted", 5));
            assertEquals(1, UserQueries.whereHasPosts(p -> p.where(PostTable.TITLE.eq("uncommitted"))).count());
        });
    }

    private static User rename(User user, String name) {
        user.username(name);
        return user;
    }

    private static Post retitle(Post post, String title) {
        post.title(title);
        return post;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
