package dev.junction.it.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.PerClassConnections;
import dev.junction.it.support.logging.LogCapture;
import dev.junction.it.support.logging.LogEvent;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The SQL log, logger {@code dev.junction.sql}: at DEBUG one line per statement with the connection, the model, the
 * elapsed time and the row count; at TRACE the bound values too. Users are on 'default', posts on 'secondary'.
 */
abstract class SqlLogContract extends PerClassConnections {

    private static final String SQL_LOGGER = "dev.junction.sql";
    /** {@code [connection] Model 0.123 ms, 3 rows: select ...}. */
    private static final Pattern LINE = Pattern.compile("\\[(\\w+)] (\\w+|-) \\d+\\.\\d{3} ms, (\\d+|\\?) rows: .+");

    private User alice;

    @BeforeEach
    void seed() {
        alice = UserQueries.insert(new User("alice"));
        PostQueries.insertAll(List.of(new Post(alice.id(), "a1", 1), new Post(alice.id(), "a2", 2),
                new Post(alice.id(), "a3", 3)));
    }

    private static List<LogEvent> sqlLines(LogCapture logs) {
        return logs.events(SQL_LOGGER);
    }

    private static void assertLine(LogEvent line, Level level, String connection, String model, String rows) {
        var matcher = LINE.matcher(line.message());
        assertTrue(matcher.matches(), line.message());
        assertEquals(level, line.level(), line.message());
        assertEquals(connection, matcher.group(1), line.message());
        assertEquals(model, matcher.group(2), line.message());
        assertEquals(rows, matcher.group(3), line.message());
    }

    @Test
    void debugLogsOneLinePerStatementWithConnectionModelTimeAndRows() {
        try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
            List<User> users = UserQueries.withPosts().all();
            assertEquals(3, users.get(0).posts().size());
            List<LogEvent> lines = sqlLines(logs);
            assertEquals(2, lines.size(), lines::toString);
            assertLine(lines.get(0), Level.DEBUG, "default", "User", "1");
            assertLine(lines.get(1), Level.DEBUG, "secondary", "Post", "3");
            assertFalse(lines.get(1).message().contains("binds"), "DEBUG leaves the values out");
        }
    }

    @Test
    void writesLogTheRowsTheyWrote() {
        try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
            PostQueries.insertAll(List.of(new Post(alice.id(), "b1", 1), new Post(alice.id(), "b2", 1)));
            alice.username("alice2");
            UserQueries.update(alice);
            List<LogEvent> lines = sqlLines(logs);
            assertEquals(2, lines.size(), lines::toString);
            assertLine(lines.get(0), Level.DEBUG, "secondary", "Post", "2");
            assertLine(lines.get(1), Level.DEBUG, "default", "User", "1");
        }
    }

    @Test
    void traceAddsTheBoundValues() {
        try (LogCapture logs = LogCapture.start(Level.TRACE)) {
            UserQueries.findByUsername("alice");
            PostQueries.where(dev.junction.it.relations.PostTable.TITLE.eq("a2")).all();
            List<LogEvent> lines = sqlLines(logs);
            assertEquals(2, lines.size(), lines::toString);
            assertLine(lines.get(0), Level.TRACE, "default", "User", "1");
            assertTrue(lines.get(0).message().endsWith("-- binds [alice]"), lines.get(0).message());
            assertTrue(lines.get(1).message().endsWith("-- binds [a2]"), lines.get(1).message());
        }
    }

    @Test
    void aStreamIsLoggedWhenClosedWithTheRowsItRead() {
        try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
            try (Stream<Post> posts = PostQueries.findAll().stream()) {
                assertEquals(2, posts.limit(2).count());
            }
            List<LogEvent> lines = sqlLines(logs);
            assertEquals(1, lines.size(), lines::toString);
            assertLine(lines.get(0), Level.DEBUG, "secondary", "Post", "2");
        }
    }

    @Test
    void statementsOfTheEscapeHatchAreLoggedWithoutAModel() {
        try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
            ConnectionManager.dsl("default").selectOne().fetch();
            List<LogEvent> lines = sqlLines(logs);
            assertEquals(1, lines.size(), lines::toString);
            var matcher = LINE.matcher(lines.get(0).message());
            assertTrue(matcher.matches(), lines.get(0).message());
            assertEquals("default", matcher.group(1));
            assertEquals("-", matcher.group(2));
        }
    }

    @Test
    void nothingIsLoggedAboveDebug() {
        try (LogCapture logs = LogCapture.start(Level.INFO)) {
            UserQueries.withPosts().all();
            assertEquals(List.of(), sqlLines(logs));
        }
    }
}
