package dev.junction.it.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConfigurationException;
import dev.junction.ConnectionManager;
import dev.junction.JunctionException;
import dev.junction.UnknownConnectionException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.Schema;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Connections over the application's own {@code DataSource} (key {@code dataSource}), and setting values given as
 * objects rather than strings: Junction uses a given DataSource as it is, tells the database kind from it, and never
 * closes it.
 */
class DataSourceConfigurationTest {

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        ConnectionManager.shutdown();
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    /** A fresh database of that kind with the module's tables, dropped after the test. */
    private TestDatabase database(DatabaseKind kind) {
        TestDatabase database = TestDatabase.create(kind);
        toClose.add(database);
        database.execute(Schema.create(kind).toArray(String[]::new));
        return database;
    }

    /** The application's own HikariCP pool on that database, closed after the test (after Junction's shutdown). */
    private HikariDataSource pool(TestDatabase database, boolean mariaDbConnector, Map<String, String> properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl(mariaDbConnector));
        if (database.kind() != DatabaseKind.H2) {
            config.setUsername(database.server().username());
            config.setPassword(database.server().password());
        }
        config.setMaximumPoolSize(2);
        config.setPoolName("application-" + database.name());
        properties.forEach(config::addDataSourceProperty);
        HikariDataSource pool = new HikariDataSource(config);
        toClose.add(pool);
        return pool;
    }

    private static Map<String, Map<String, Object>> everyName(Function<String, Map<String, Object>> settings) {
        Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
        TestConnections.NAMES.forEach(name -> connections.put(name, settings.apply(name)));
        return connections;
    }

    @ParameterizedTest(name = "{0}, MariaDB Connector/J: {1}")
    @CsvSource({"H2, false", "POSTGRESQL, false", "MARIADB, false", "MARIADB, true"})
    void aGivenDataSourceIsUsedAsItIsAndNeverClosed(DatabaseKind kind, boolean mariaDbConnector) throws Exception {
        TestDatabase database = database(kind);
        HikariDataSource pool = pool(database, mariaDbConnector,
                mariaDbConnector ? Map.of("returnMultiValuesGeneratedIds", "true") : Map.of());
        // No driver key: the kind comes from the DataSource's own connections.
        ConnectionManager.configure(everyName(name -> Map.of("dataSource", pool)));

        Author ann = AuthorQueries.insert(new Author("ann", "ann@example.com", 1970));
        List<Author> more = List.of(new Author("bob", null, 1980), new Author("cy", null, null),
                new Author("dee", "dee@example.com", 1990));
        AuthorQueries.insertAll(more);

        assertNotNull(ann.id);
        assertEquals(3, more.stream().map(a -> a.id).distinct().filter(id -> id != null && id > ann.id).count(),
                "every id of the multi-row insert read back: " + more);
        assertEquals("dee", AuthorQueries.findById(more.get(2).id).orElseThrow().name);
        assertEquals(4, AuthorQueries.count());
        ConnectionManager.transaction("default", () -> {
            assertTrue(ConnectionManager.isTransactionOpen("default"));
            assertFalse(ConnectionManager.isTransactionOpen("secondary"));
        });
        assertFalse(ConnectionManager.isTransactionOpen("default"));

        ConnectionManager.shutdown();

        assertFalse(pool.isClosed(), "Junction closed the application's DataSource");
        try (Connection connection = pool.getConnection()) {
            assertTrue(connection.isValid(2));
        }
    }

    @Test
    void aPlainDataSourceThatIsNoPoolWorksToo() {
        TestDatabase database = database(DatabaseKind.H2);
        org.h2.jdbcx.JdbcDataSource plain = new org.h2.jdbcx.JdbcDataSource();
        plain.setURL(database.jdbcUrl(false));
        ConnectionManager.configure(everyName(name -> Map.of("dataSource", plain, "driver", "h2")));

        AuthorQueries.insertAll(List.of(new Author("ann", null, null), new Author("bob", null, null)));

        assertEquals(List.of("ann", "bob"), AuthorQueries.findAll().orderBy(dev.junction.it.model.AuthorTable.ID.asc()).all().stream().map(a -> a.name).toList());
    }

    @Test
    void mariaDbConnectorWithoutAllGeneratedIdsFailsAnInsertAllClearlyAndWritesNothing() {
        TestDatabase database = database(DatabaseKind.MARIADB);
        HikariDataSource pool = pool(database, true, Map.of());
        ConnectionManager.configure(everyName(name -> Map.of("dataSource", pool)));

        JunctionException e = assertThrows(JunctionException.class, () -> AuthorQueries.insertAll(
                List.of(new Author("ann", null, null), new Author("bob", null, null))));

        assertTrue(e.getMessage().contains("returnMultiValuesGeneratedIds=true"), e.getMessage());
        assertTrue(e.getMessage().contains("connection 'default'"), e.getMessage());
        assertEquals("default", e.connection().orElseThrow());
        assertEquals(Author.class, e.model().orElseThrow());
        assertEquals(0, AuthorQueries.count(), "the failed insertAll left rows behind");
    }

    @Test
    void aDataSourceGoesWithNoOtherKeyButDriverValidateAndMigrations() {
        TestDatabase database = database(DatabaseKind.H2);
        HikariDataSource pool = pool(database, false, Map.of());

        ConfigurationException withUrl = assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(
                everyName(name -> Map.of("dataSource", pool, "url", "jdbc:h2:mem:x"))));
        ConfigurationException withPool = assertThrows(ConfigurationException.class, () -> ConnectionManager
                .configure(everyName(name -> Map.of("dataSource", pool, "pool.maximumPoolSize", 3))));
        ConfigurationException notOne = assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(
                everyName(name -> Map.of("dataSource", "jdbc:h2:mem:x"))));

        assertEquals("Connection 'default': key 'dataSource' does not go with [url]: Junction uses the given"
                + " DataSource as it is, without pooling it (only 'driver', naming the database kind, 'validate' and"
                + " 'migrations' may go with it)",
                withUrl.getMessage());
        assertTrue(withPool.getMessage().startsWith("Connection 'default': key 'dataSource' does not go with"
                + " [pool.*]"), withPool.getMessage());
        assertEquals("Connection 'default': key 'dataSource' must be a javax.sql.DataSource, but is a"
                + " java.lang.String", notOne.getMessage());
        assertEquals("default", notOne.connection().orElseThrow());
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
        assertFalse(pool.isClosed());

        // The hand-written test schema has nullable columns for Everything's primitive fields.
        dev.junction.SchemaMismatchException validated = assertThrows(dev.junction.SchemaMismatchException.class,
                () -> ConnectionManager.configure(everyName(name -> Map.of("dataSource", pool, "validate", "true"))));
        assertTrue(validated.mismatches().stream().anyMatch(m -> m.contains("field primitiveLong, column"
                + " primitive_long: the field is a primitive long")), () -> validated.mismatches().toString());
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
        assertFalse(pool.isClosed(), "a given DataSource is never closed, also when validation fails");
    }

    @Test
    void settingValuesMayBeObjectsOfTheSettingsType() {
        TestDatabase database = database(DatabaseKind.H2);
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            threads.incrementAndGet();
            Thread thread = new Thread(task, "application-pool-thread");
            thread.setDaemon(true);
            return thread;
        };
        ConnectionManager.configure(everyName(name -> Map.of("url", database.jdbcUrl(false),
                "pool.maximumPoolSize", 2, "pool.threadFactory", factory, "pool.registerMbeans", Boolean.FALSE)));

        AuthorQueries.insert(new Author("ann", null, null));

        assertTrue(threads.get() > 0, "HikariCP did not use the ThreadFactory object given as pool.threadFactory");
        assertEquals(1, AuthorQueries.count());
    }
}
