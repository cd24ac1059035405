package dev.junction.it.support;

import dev.junction.ConnectionManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Junction configured for a test: every logical connection name the test models use, each bound to its own fresh
 * database of a chosen kind, with every table of {@link Schema} created. {@link #close()} shuts Junction down and
 * drops the databases.
 *
 * <pre>{@code
 * try (TestConnections connections = TestConnections.on(DatabaseKind.POSTGRESQL)
 *         .bind("secondary", DatabaseKind.MARIADB)
 *         .pool("maximumPoolSize", 1)
 *         .open()) { ... }
 * }</pre>
 */
public final class TestConnections implements AutoCloseable {

    /** Every connection name a model of this module uses; a configuration must give them all. */
    public static final List<String> NAMES = List.of("default", "secondary", "tertiary");

    private final Map<String, TestDatabase> databases;
    /** With {@link Builder#tablesFromModels()}: the tables {@code ConnectionManager.createTables()} made, per name. */
    private final Map<String, List<String>> createdTables = new LinkedHashMap<>();

    private TestConnections(Map<String, TestDatabase> databases) {
        this.databases = databases;
    }

    /** Starts a configuration with every connection on {@code kind}; {@link Builder#bind} changes single ones. */
    public static Builder on(DatabaseKind kind) {
        return new Builder(kind);
    }

    /** The database behind a connection name. */
    public TestDatabase database(String connection) {
        TestDatabase database = databases.get(connection);
        if (database == null) {
            throw new IllegalArgumentException("No connection '" + connection + "'; the names are " + NAMES);
        }
        return database;
    }

    /** Deletes every row of every table in every database, outside Junction. */
    public void clearTables() {
        if (createdTables.isEmpty()) {
            databases.values().forEach(database -> database.execute(Schema.deleteAll()));
        } else {
            databases.forEach((name, database) ->
                    database.execute(Schema.deleteAll(createdTables.getOrDefault(name, List.of()))));
        }
    }

    /** With {@link Builder#tablesFromModels()}: the tables that {@code createTables()} made on a connection. */
    public List<String> createdTables(String connection) {
        return createdTables.getOrDefault(connection, List.of());
    }

    /** Shuts Junction down and drops the databases. */
    @Override
    public void close() {
        ConnectionManager.shutdown();
        List<RuntimeException> failures = new ArrayList<>();
        for (TestDatabase database : databases.values()) {
            try {
                database.close();
            } catch (RuntimeException | AssertionError e) {
                failures.add(new RuntimeException(e));
            }
        }
        if (!failures.isEmpty()) {
            failures.subList(1, failures.size()).forEach(failures.get(0)::addSuppressed);
            throw failures.get(0);
        }
    }

    /** Chooses the database kind per connection name and the pool settings. */
    public static final class Builder {

        private final Map<String, DatabaseKind> kinds = new LinkedHashMap<>();
        private final Map<String, Object> pool = new LinkedHashMap<>();
        private boolean mariaDbConnector;
        private boolean tablesFromModels;
        private final Map<String, List<String>> afterCreating = new LinkedHashMap<>();

        private Builder(DatabaseKind kind) {
            NAMES.forEach(name -> kinds.put(name, kind));
        }

        /** Puts one connection name on a database of another kind. */
        public Builder bind(String connection, DatabaseKind kind) {
            if (!kinds.containsKey(connection)) {
                throw new IllegalArgumentException("No connection '" + connection + "'; the names are " + NAMES);
            }
            kinds.put(connection, kind);
            return this;
        }

        /** Connects to MariaDB through MariaDB Connector/J ({@code jdbc:mariadb:}) instead of MySQL Connector/J. */
        public Builder throughMariaDbConnector() {
            mariaDbConnector = true;
            return this;
        }

        /**
         * Leaves the databases empty and lets {@code ConnectionManager.createTables()} create the models' tables
         * after configuring, instead of the hand-written {@link Schema}.
         */
        public Builder tablesFromModels() {
            tablesFromModels = true;
            return this;
        }

        /** With {@link #tablesFromModels()}: statements to run on a connection's database after the tables exist. */
        public Builder afterCreating(String connection, String... statements) {
            afterCreating.computeIfAbsent(connection, c -> new ArrayList<>()).addAll(List.of(statements));
            return this;
        }

        /** Adds a HikariCP setting ({@code pool.<key>}) to every connection. */
        public Builder pool(String key, Object value) {
            pool.put(key, value);
            return this;
        }

        /** Creates the databases and their tables, then configures Junction with them. */
        public TestConnections open() {
            Map<String, TestDatabase> databases = new LinkedHashMap<>();
            TestConnections connections = new TestConnections(databases);
            try {
                Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
                kinds.forEach((name, kind) -> {
                    TestDatabase database = TestDatabase.create(kind);
                    databases.put(name, database);
                    if (!tablesFromModels) {
                        database.execute(Schema.create(kind).toArray(String[]::new));
                    }
                    Map<String, Object> connection = database.settings(mariaDbConnector);
                    pool.forEach((key, value) -> connection.put("pool." + key, value));
                    settings.put(name, connection);
                });
                ConnectionManager.configure(settings);
                if (tablesFromModels) {
                    for (String created : ConnectionManager.createTables()) {
                        int dot = created.indexOf('.');
                        connections.createdTables.computeIfAbsent(created.substring(0, dot), n -> new ArrayList<>())
                                .add(created.substring(dot + 1));
                    }
                    afterCreating.forEach((name, statements) ->
                            databases.get(name).execute(statements.toArray(String[]::new)));
                }
                return connections;
            } catch (RuntimeException | AssertionError e) {
                try {
                    connections.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }
}
