package dev.junction.it.failures;

import static dev.junction.it.failures.Throwables.assertNowhereIn;
import static dev.junction.it.failures.Throwables.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseAccount;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.FaultProxy;
import dev.junction.it.support.H2TcpServer;
import dev.junction.it.support.Schema;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import dev.junction.it.support.logging.LogCapture;
import dev.junction.it.support.logging.LogEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No password appears in any message or log line, including one inside a {@code url} (DESIGN, "Errors"). Each way a
 * driver takes a password (the {@code password} key, and every place in a {@code url}) is configured twice: against
 * a closed port, where configuring fails, and against the real database, where it succeeds and then statements run,
 * one is refused and one finds the connection broken. The password appears in no exception (message,
 * {@code toString}, causes and suppressed ones) and in no log line of any logger at any level: while the test runs,
 * a {@link LogCapture} enables every level, so debug and trace output is checked too.
 *
 * <p>The password is a random one, for a login of the suite's own ({@link DatabaseAccount}), so it can only appear
 * where it was passed on. Only what goes through SLF4J is checked: the PostgreSQL driver logs through
 * {@code java.util.logging} and MySQL Connector/J through its own logger, and neither logs by default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PasswordContract {

    static final String SECRET = "S3cretPw" + UUID.randomUUID().toString().substring(0, 8);

    private TestDatabase database;
    private DatabaseAccount account;
    private FaultProxy proxy;
    private int closedPort;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    /**
     * The settings of a connection to {@code database} at {@code host:port} as {@code user} with {@code password},
     * by name: one for each way this driver takes the password.
     */
    abstract Map<String, Map<String, Object>> settingsWithPassword(
            String host, int port, String database, String user, String password);

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(kind());
        database.execute(Schema.create(kind()).toArray(String[]::new));
        account = DatabaseAccount.create(database, SECRET);
        proxy = kind() == DatabaseKind.H2
                ? FaultProxy.to("127.0.0.1", H2TcpServer.port())
                : FaultProxy.to(database.server().host(), database.server().port());
        closedPort = closedPort();
    }

    @AfterAll
    void dropDatabase() {
        ConnectionManager.shutdown();
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
        if (account != null) {
            account.close();
        }
    }

    @AfterEach
    void shutdown() {
        ConnectionManager.shutdown();
        proxy.up();
    }

    /** A port nothing listens on: one the system just gave out and that was closed again. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Stream<Arguments> unreachable() {
        return forms(settingsWithPassword("127.0.0.1", closedPort, "unreachable", "nobody", SECRET));
    }

    Stream<Arguments> reachable() {
        return forms(settingsWithPassword(proxy.host(), proxy.port(), database.name(), account.user(), SECRET));
    }

    private static Stream<Arguments> forms(Map<String, Map<String, Object>> forms) {
        return forms.entrySet().stream().map(form -> Arguments.of(form.getKey(), form.getValue()));
    }

    /** The same settings for every connection name the models use, with small pools that give up quickly. */
    private static Map<String, Map<String, Object>> everyConnection(Map<String, Object> settings) {
        Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
        for (String name : TestConnections.NAMES) {
            Map<String, Object> connection = new LinkedHashMap<>(settings);
            connection.put("pool.maximumPoolSize", 1);
            connection.put("pool.connectionTimeout", 1000);
            connections.put(name, connection);
        }
        return connections;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreachable")
    void passwordOfAnUnreachableDatabaseIsInNoMessageAndNoLogLine(String form, Map<String, Object> settings) {
        try (LogCapture logs = LogCapture.start()) {
            JunctionException e = assertThrows(JunctionException.class,
                    () -> ConnectionManager.configure(everyConnection(settings)));

            assertTrue(e instanceof DatabaseUnavailableException, () -> "unavailable: " + printed(e));
            assertNowhereIn(e, SECRET);
            assertNoLogLineHoldsTheSecret(logs);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reachable")
    void passwordOfAReachableDatabaseIsInNoMessageAndNoLogLine(String form, Map<String, Object> settings) {
        try (LogCapture logs = LogCapture.start()) {
            ConnectionManager.configure(everyConnection(settings));
            Author ada = AuthorQueries.insert(new Author("Ada", "ada@example.com", 1815));
            assertEquals("Ada", AuthorQueries.findById(ada.id).orElseThrow().name);
            AuthorQueries.transaction(() -> {
                AuthorQueries.insert(new Author("Brian", null, 1900));
            });
            assertEquals(2, AuthorQueries.count());
            List<Throwable> failures = new ArrayList<>();
            failures.add(failure(() -> AuthorQueries.insert(new Author(null, null, null))));
            proxy.cutAll();
            proxy.down();
            failures.add(failure(AuthorQueries::count));
            proxy.up();
            ConnectionManager.shutdown();

            for (Throwable failure : failures) {
                assertNowhereIn(failure, SECRET);
            }
            assertNoLogLineHoldsTheSecret(logs);
        } finally {
            database.execute("delete from authors");
        }
    }

    private static Throwable failure(Executable action) {
        try {
            action.execute();
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static void assertNoLogLineHoldsTheSecret(LogCapture logs) {
        assertFalse(logs.events("com.zaxxer.hikari").isEmpty(), "the capture saw the pool's log, at every level");
        List<LogEvent> leaks = logs.containing(SECRET);
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " log events hold the password, the first: " + leaks.get(0));
    }
}
