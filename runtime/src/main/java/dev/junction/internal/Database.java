package dev.junction.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.PropertyElf;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import dev.junction.ConfigurationException;
import dev.junction.DatabaseUnavailableException;
import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** One configured connection: its settings, its HikariCP pool and its jOOQ context. */
public final class Database implements AutoCloseable {

    private final ConnectionSettings settings;
    private final HikariDataSource pool;
    private final DefaultConfiguration configuration;
    private final DSLContext dsl;

    private Database(ConnectionSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
        this.configuration = new DefaultConfiguration();
        configuration.set(settings.driver().dialect());
        configuration.set(new Settings().withExecuteLogging(false));
        configuration.set(new DefaultExecuteListenerProvider(QueryEvents.executeListener(settings.name())));
        // Our own provider, so that a pool that cannot hand out a connection says which database is unavailable.
        configuration.set(new org.jooq.ConnectionProvider() {
            @Override
            public Connection acquire() {
                return borrow();
            }

            @Override
            public void release(Connection connection) {
                try {
                    connection.close();
                } catch (java.sql.SQLException e) {
                    throw new DatabaseUnavailableException("Connection '" + name() + "': could not return a"
                            + " connection to the pool: " + e.getMessage(), e);
                }
            }
        });
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens the pool for one connection. HikariCP connects once at start, so an unreachable database fails here.
     *
     * @throws ConfigurationException when a {@code pool.*} setting is unknown or malformed
     * @throws DatabaseUnavailableException when no connection can be opened
     */
    static Database open(ConnectionSettings settings) {
        HikariConfig config = new HikariConfig();
        Set<String> known = PropertyElf.getPropertyNames(HikariConfig.class);
        for (String key : new TreeSet<>(settings.pool().stringPropertyNames())) {
            if (!known.contains(key)) {
                String near = known.stream().filter(k -> k.equalsIgnoreCase(key) || distance(k, key) <= 2)
                        .findFirst().map(k -> "; did you mean 'pool." + k + "'?")
                        .orElse("; pool.* keys are HikariCP settings such as pool.maximumPoolSize");
                throw new ConfigurationException("Connection '" + settings.name() + "': key 'pool." + key
                        + "' is not a HikariCP setting" + near);
            }
            Properties one = new Properties();
            one.setProperty(key, settings.pool().getProperty(key));
            try {
                PropertyElf.setTargetFromProperties(config, one);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new ConfigurationException("Connection '" + settings.name() + "': key 'pool." + key
                        + "' has bad value '" + one.getProperty(key) + "' (" + cause.getMessage()
                        + "); pool.* keys are HikariCP settings such as pool.maximumPoolSize", e);
            }
        }
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        if (config.getPoolName() == null) {
            config.setPoolName("junction-" + settings.name());
        }
        try {
            config.validate();
        } catch (RuntimeException e) {
            throw new ConfigurationException(
                    "Connection '" + settings.name() + "': bad pool setting (" + e.getMessage() + ")", e);
        }
        try {
            return new Database(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DatabaseUnavailableException("Connection '" + settings.name() + "' ("
                    + settings.driver().key() + " at " + settings.jdbcUrl() + ") is unavailable: "
                    + cause.getMessage(), e);
        }
    }

    /** The Levenshtein distance, to suggest the setting a typo meant. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** The connection name. */
    public String name() {
        return settings.name();
    }

    /** The kind of database. */
    public DriverKind driver() {
        return settings.driver();
    }

    /** The jOOQ context that takes a pooled connection per statement. */
    public DSLContext dsl() {
        return dsl;
    }

    /** A jOOQ context bound to one JDBC connection, for transactions and streams. */
    public DSLContext dsl(Connection connection) {
        return DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
    }

    /** The context bound to this thread's transaction on this connection, or the pooled one when none is open. */
    public DSLContext dslOrTransaction() {
        DSLContext transactional = Transactions.activeDsl(name());
        return transactional != null ? transactional : dsl;
    }

    /** Borrows a connection from the pool; the caller closes it. */
    public Connection borrow() {
        try {
            return pool.getConnection();
        } catch (java.sql.SQLException e) {
            throw new DatabaseUnavailableException("Connection '" + name() + "' is unavailable: " + e.getMessage()
                    + " (pool total=" + poolState() + ")", e);
        }
    }

    private String poolState() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? "?" : bean.getTotalConnections() + ", active=" + bean.getActiveConnections()
                + ", idle=" + bean.getIdleConnections() + ", waiting=" + bean.getThreadsAwaitingConnection();
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + settings + "]";
    }
}
