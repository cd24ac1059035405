package dev.junction.it.relations;

import dev.junction.it.support.TestConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The connections "default", "secondary" and "tertiary" on fresh databases, seeded before each test with the rows
 * of {@link RelationsContract}: users alice, bob and carol; posts a1 (1 like), a2 (9) and a3 (5) of alice, b1 (7)
 * of bob, "anonymous" without a user and "orphan" of a user that does not exist; comments "nice" and "meh" on a2
 * and "first" on b1; a reaction "+1" to "nice"; and alice's profile. Each subclass binds the names to real
 * databases.
 *
 * <p>Every pool holds one connection unless a test asks for more with {@link #withPoolsOf}, so a load that
 * borrows a second connection of a pool where it should reuse the one it has (the transaction's, say) times out
 * instead of passing unnoticed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeededRelations {

    /** How long a statement waits for a pooled connection before it fails. */
    private static final int CONNECTION_TIMEOUT_MILLIS = 2000;

    /** The databases behind "default", "secondary" and "tertiary". */
    protected abstract TestConnections.Builder databases();

    protected TestConnections connections;
    private int poolSize;
    protected User alice;
    protected User bob;
    protected User carol;

    @BeforeAll
    void openConnections() {
        open(1);
    }

    @AfterAll
    void closeConnections() {
        connections.close();
    }

    @BeforeEach
    void seedFresh() {
        connections.clearTables();
        seed();
    }

    @AfterEach
    void restorePoolsOfOne() {
        if (poolSize != 1) {
            connections.close();
            open(1);
        }
    }

    /** Starts this test again on fresh, seeded databases whose pools hold {@code size} connections each. */
    protected void withPoolsOf(int size) {
        connections.close();
        open(size);
        seed();
    }

    private void open(int size) {
        connections = databases().pool("maximumPoolSize", size)
                .pool("connectionTimeout", CONNECTION_TIMEOUT_MILLIS)
                .open();
        poolSize = size;
    }

    private void seed() {
        alice = UserQueries.insert(new User("alice"));
        bob = UserQueries.insert(new User("bob"));
        carol = UserQueries.insert(new User("carol"));
        PostQueries.insertAll(List.of(
                new Post(alice.id, "a1", 1), new Post(alice.id, "a2", 9), new Post(alice.id, "a3", 5),
                new Post(bob.id, "b1", 7), new Post(null, "anonymous", 0), new Post(999_999L, "orphan", 3)));
        CommentQueries.insertAll(List.of(new Comment(post("a2").id, "nice"), new Comment(post("a2").id, "meh"),
                new Comment(post("b1").id, "first")));
        ReactionQueries.insert(new Reaction(CommentQueries.findByBody("nice").orElseThrow().id, "+1"));
        ProfileQueries.insert(new Profile(alice.id, "writes a lot"));
    }

    /** The stored post with that title, read now. */
    protected static Post post(String title) {
        return PostQueries.findByTitle(title).orElseThrow();
    }

    /** The titles, in order. */
    protected static List<String> titles(Collection<Post> posts) {
        return posts.stream().map(Post::title).toList();
    }

    /** The comments' bodies. */
    protected static Set<String> bodies(Collection<Comment> comments) {
        return comments.stream().map(Comment::body).collect(Collectors.toSet());
    }

    /** The first of {@code posts} with that title. */
    protected static Post withTitle(Collection<Post> posts, String title) {
        return posts.stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no post '" + title + "' in " + titles(posts)));
    }

    /**
     * How many rows of {@code table} have {@code value} in {@code column}, read with plain JDBC on a connection of
     * its own, outside Junction: the committed rows only.
     */
    protected long committedRows(String connection, String table, String column, String value) {
        String sql = "select count(*) from " + table + " where " + column + " = ?";
        try (Connection jdbc = connections.database(connection).connect();
                PreparedStatement statement = jdbc.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Could not count the committed rows of " + table + ": " + e, e);
        }
    }
}
