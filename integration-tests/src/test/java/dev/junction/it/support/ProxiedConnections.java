package dev.junction.it.support;

import dev.junction.ConnectionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh databases for every connection name of {@link TestConnections#NAMES}, each behind a {@link FaultProxy} of
 * its own, for the failure suites. {@link #configure} points Junction at the proxies, with a named pool per
 * connection whose state {@link #pool} reads through JMX; {@link #database} reads the data directly, past the proxy.
 * H2 takes part through {@link H2TcpServer}.
 *
 * <pre>{@code
 * try (ProxiedConnections connections = ProxiedConnections.create(DatabaseKind.POSTGRESQL)) {
 *     connections.configure(1, Duration.ofSeconds(2));
 *     connections.proxy("default").cutAll();
 *     ...
 *     connections.shutdown();
 * }
 * }</pre>
 */
public final class ProxiedConnections implements AutoCloseable {

    private final DatabaseKind kind;
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private final Map<String, FaultProxy> proxies = new LinkedHashMap<>();
    private final Map<String, String> poolNames = new LinkedHashMap<>();

    private ProxiedConnections(DatabaseKind kind) {
        this.kind = kind;
    }

    /** Creates a database of that kind with every table of {@link Schema}, and a proxy to it, per connection name. */
    public static ProxiedConnections create(DatabaseKind kind) {
        ProxiedConnections connections = new ProxiedConnections(kind);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try {
            for (String name : TestConnections.NAMES) {
                TestDatabase database = TestDatabase.create(kind);
                connections.databases.put(name, database);
                database.execute(Schema.create(kind).toArray(String[]::new));
                connections.proxies.put(name, kind == DatabaseKind.H2
                        ? FaultProxy.to("127.0.0.1", H2TcpServer.port())
                        : FaultProxy.to(database.server().host(), database.server().port()));
                connections.poolNames.put(name, "junction-it-" + name + "-" + suffix);
            }
            return connections;
        } catch (RuntimeException | AssertionError e) {
            try {
                connections.close();
            } catch (RuntimeException | AssertionError suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The kind of every database. */
    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Configures Junction with every connection through its proxy, with pools that open {@code poolSize}
     * connections at once and wait at most {@code connectionTimeout} for one.
     */
    public void configure(int poolSize, Duration connectionTimeout) {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        for (String name : databases.keySet()) {
            Map<String, Object> connection = settings(name);
            connection.put("pool.maximumPoolSize", poolSize);
            connection.put("pool.minimumIdle", poolSize);
            connection.put("pool.connectionTimeout", connectionTimeout.toMillis());
            connection.put("pool.registerMbeans", true);
            connection.put("pool.poolName", poolNames.get(name));
            settings.put(name, connection);
        }
        ConnectionManager.configure(settings);
    }

    /** The settings that reach a connection's database through its proxy, without pool settings. */
    public Map<String, Object> settings(String connection) {
        TestDatabase database = database(connection);
        FaultProxy proxy = proxy(connection);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("driver", kind.driver());
        if (kind == DatabaseKind.H2) {
            settings.put("url", H2TcpServer.url(proxy.port(), database.name()));
            return settings;
        }
        if (kind == DatabaseKind.MARIADB) {
            // Through MySQL Connector/J, which driver=mariadb alone would not choose while MariaDB Connector/J is here.
            settings.put("url", "jdbc:mysql://" + proxy.host() + ":" + proxy.port() + "/" + database.name());
        } else {
            settings.put("host", proxy.host());
            settings.put("port", proxy.port());
            settings.put("database", database.name());
        }
        settings.put("username", database.server().username());
        settings.put("password", database.server().password());
        return settings;
    }

    /** The database behind a connection name, for reading it directly. */
    public TestDatabase database(String connection) {
        TestDatabase database = databases.get(connection);
        if (database == null) {
            throw new IllegalArgumentException("No connection '" + connection + "'; the names are " + databases.keySet());
        }
        return database;
    }

    /** The proxy in front of a connection's database. */
    public FaultProxy proxy(String connection) {
        database(connection);
        return proxies.get(connection);
    }

    /** The pool of a connection, while Junction is configured. */
    public PoolProbe pool(String connection) {
        database(connection);
        return PoolProbe.of(poolNames.get(connection));
    }

    /**
     * Asserts that no pool has a connection borrowed: whatever the test did gave every connection back (or evicted
     * it).
     */
    public void assertNoConnectionInUse() {
        List<String> inUse = new ArrayList<>();
        for (String name : databases.keySet()) {
            PoolProbe pool = pool(name);
            if (pool.active() != 0) {
                inUse.add(name + ": " + pool);
            }
        }
        if (!inUse.isEmpty()) {
            throw new AssertionError("Connections still borrowed (leaked): " + inUse);
        }
    }

    /**
     * Undoes every fault of the proxies and shuts Junction down; healing first lets the pools close their
     * connections at full speed.
     */
    public void shutdown() {
        proxies.values().forEach(FaultProxy::heal);
        ConnectionManager.shutdown();
    }

    /** Deletes every row of every table, directly. */
    public void clearTables() {
        databases.values().forEach(database -> database.execute(Schema.deleteAll()));
    }

    /** Shuts Junction down, closes the proxies and drops the databases. */
    @Override
    public void close() {
        ConnectionManager.shutdown();
        List<Throwable> failures = new ArrayList<>();
        for (FaultProxy proxy : proxies.values()) {
            try {
                proxy.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        for (TestDatabase database : databases.values()) {
            try {
                database.close();
            } catch (RuntimeException | AssertionError e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError failure = new AssertionError("Could not close every proxy and database", failures.get(0));
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
