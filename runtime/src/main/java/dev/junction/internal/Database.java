package dev.junction.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.PropertyElf;
import dev.junction.ConfigurationException;
import dev.junction.DatabaseUnavailableException;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured connection: its settings and {@link Dialect}, its HikariCP pool, its statement shapes, its loader
 * lane, and the statement execution that every operation of the engine goes through: lease a connection, prepare,
 * bind, execute, read the driver's own result set, report to the {@link Monitor}, translate failures.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Loader threads on a connection whose DataSource is not HikariCP, whose pool size Junction cannot read. */
    static final int DEFAULT_LANE_THREADS = 10;

    final Dialect dialect;
    private final JunctionRuntime runtime;
    private final ConnectionSettings settings;
    private final DataSource dataSource;
    /** The HikariCP pool behind {@link #dataSource}, which evicts broken connections; null for another pool. */
    private final HikariDataSource pool;
    /** Whether Junction created the pool, and so closes it. */
    private final boolean ownsPool;
    private final DefaultConfiguration configuration;
    private final DSLContext renderer;
    private final DSLContext dsl;
    private final LoaderLane lane;
    private final ConcurrentHashMap<ModelType<?, ?>, ModelShapes> models = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<RelationType<?, ?>, RelationShapes> relations = new ConcurrentHashMap<>();

    private Database(JunctionRuntime runtime, ConnectionSettings settings, Dialect dialect, DataSource dataSource,
            HikariDataSource pool, boolean ownsPool, int loaderThreads) {
        this.runtime = runtime;
        this.settings = settings;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.pool = pool;
        this.ownsPool = ownsPool;
        Settings jooqSettings = new Settings().withExecuteLogging(false);
        this.renderer = DSL.using(dialect.sqlDialect(), jooqSettings);
        this.configuration = new DefaultConfiguration();
        configuration.set(dialect.sqlDialect());
        configuration.set(jooqSettings);
        configuration.set(new DefaultExecuteListenerProvider(new EscapeHatchListener()));
        // Our own provider, so that a pool that cannot hand out a connection says which database is unavailable.
        configuration.set(new org.jooq.ConnectionProvider() {
            @Override
            public Connection acquire() {
                return borrow();
            }

            @Override
            public void release(Connection connection) {
                giveBack(connection, false);
            }
        });
        this.dsl = DSL.using(configuration);
        this.lane = new LoaderLane(settings.name(), loaderThreads);
    }

    /**
     * Opens the pool for one connection, or takes the application's own {@code DataSource}. HikariCP connects once
     * at start, and a given DataSource is asked for one connection, so an unreachable database fails here.
     *
     * @throws ConfigurationException when a {@code pool.*} setting is unknown or malformed, or the kind of a given
     *     DataSource's database cannot be told
     * @throws DatabaseUnavailableException when no connection can be opened
     */
    static Database open(JunctionRuntime runtime, ConnectionSettings settings) {
        if (settings.dataSource() != null) {
            return openGiven(runtime, settings);
        }
        HikariConfig config = poolConfig(settings, runtime.meterRegistry());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DatabaseUnavailableException("Connection '" + settings.name() + "' (" + settings.dialect().key()
                    + " at " + settings.jdbcUrl() + ") is unavailable: " + cause.getMessage(), e, settings.name(),
                    null, null);
        }
        return new Database(runtime, settings, settings.dialect(), pool, pool, true, config.getMaximumPoolSize());
    }

    /** A connection over the application's DataSource; its kind comes from its JDBC URL unless {@code driver} says. */
    private static Database openGiven(JunctionRuntime runtime, ConnectionSettings settings) {
        DataSource given = settings.dataSource();
        Dialect dialect = settings.dialect();
        String url;
        try (Connection connection = given.getConnection()) {
            String reported = connection.getMetaData().getURL();
            url = reported == null ? null : ConnectionSettings.UrlPassword.split(reported).url();
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("Connection '" + settings.name() + "' (DataSource "
                    + given.getClass().getName() + ") is unavailable: " + e.getMessage(), e, settings.name(), null,
                    null);
        }
        if (dialect == null) {
            dialect = url == null ? null : Dialect.forUrl(url).orElse(null);
            if (dialect == null) {
                throw new ConfigurationException("Connection '" + settings.name() + "': the JDBC URL of its DataSource ("
                        + url + ") names no database kind Junction knows; set key 'driver' to one of "
                        + Dialect.knownKeys(), null, settings.name(), null, null);
            }
        }
        if (url != null) {
            dialect = JdbcDriver.forUrl(url).map(dialect::through).orElse(dialect);
        }
        HikariDataSource hikari = hikari(given);
        int threads = hikari != null ? hikari.getMaximumPoolSize() : DEFAULT_LANE_THREADS;
        return new Database(runtime, settings, dialect, given, hikari, false, threads);
    }

    /** The HikariCP pool a DataSource is or wraps, or null. */
    private static HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return hikari;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private static HikariConfig poolConfig(ConnectionSettings settings, Object meterRegistry) {
        HikariConfig config = new HikariConfig();
        Set<String> known = PropertyElf.getPropertyNames(HikariConfig.class);
        for (String key : new TreeSet<>(settings.pool().keySet().stream().map(String::valueOf).toList())) {
            if (!known.contains(key)) {
                String near = known.stream().filter(k -> k.equalsIgnoreCase(key) || Text.distance(k, key) <= 2)
                        .findFirst().map(k -> "; did you mean 'pool." + k + "'?")
                        .orElse("; pool.* keys are HikariCP settings such as pool.maximumPoolSize");
                throw new ConfigurationException("Connection '" + settings.name() + "': key 'pool." + key
                        + "' is not a HikariCP setting" + near, null, settings.name(), null, null);
            }
            Properties one = new Properties();
            one.put(key, settings.pool().get(key));
            try {
                PropertyElf.setTargetFromProperties(config, one);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new ConfigurationException("Connection '" + settings.name() + "': key 'pool." + key
                        + "' has bad value '" + one.get(key) + "' (" + cause.getMessage()
                        + "); pool.* keys are HikariCP settings such as pool.maximumPoolSize", e, settings.name(),
                        null, null);
            }
        }
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        if (settings.driver() != null && config.getDriverClassName() == null) {
            // Named, so that HikariCP loads it like any class rather than ask DriverManager, which sees only the
            // drivers of the class loader that first used it.
            config.setDriverClassName(settings.driver().className());
        }
        settings.dialect().driverProperties().forEach((key, value) -> {
            if (!config.getDataSourceProperties().containsKey(key)) {
                config.addDataSourceProperty(key, value);
            }
        });
        if (config.getPoolName() == null) {
            config.setPoolName("junction-" + settings.name());
        }
        if (meterRegistry != null && config.getMetricRegistry() == null && config.getMetricsTrackerFactory() == null) {
            config.setMetricRegistry(meterRegistry);
        }
        try {
            config.validate();
        } catch (RuntimeException e) {
            throw new ConfigurationException("Connection '" + settings.name() + "': bad pool setting ("
                    + e.getMessage() + ")", e, settings.name(), null, null);
        }
        return config;
    }

    /** The connection name. */
    String name() {
        return settings.name();
    }

    /** The pool (or the application's DataSource) that connections come from, for Flyway. */
    DataSource dataSource() {
        return dataSource;
    }

    /** The validated settings of this connection. */
    ConnectionSettings settings() {
        return settings;
    }

    /** The jOOQ context that renders this database's SQL; it has no connection. */
    DSLContext renderer() {
        return renderer;
    }

    /** The jOOQ context of {@code ConnectionManager.dsl}: a pooled connection per statement. */
    DSLContext dsl() {
        return dsl;
    }

    /** A jOOQ context bound to one connection, for {@code ConnectionManager.dsl} inside a transaction. */
    DSLContext dsl(Connection connection) {
        return DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
    }

    /** The loader lane of this database. */
    LoaderLane lane() {
        return lane;
    }

    /** The statement shapes of a model on this database. */
    <M> ModelShapes shapes(ModelType<M, ?> type) {
        ModelShapes shapes = models.get(type);
        return shapes != null ? shapes : models.computeIfAbsent(type, t -> new ModelShapes(this, t));
    }

    /** The statement shapes that load a relation's targets from this database. */
    RelationShapes shapes(RelationType<?, ?> relation) {
        RelationShapes shapes = relations.get(relation);
        return shapes != null ? shapes : relations.computeIfAbsent(relation, r -> new RelationShapes(this, r));
    }

    // -------------------------------------------------------------------------------------------- connections

    /** Borrows a connection from the pool; give it back with {@link #giveBack}. */
    Connection borrow() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Connection '" + name() + "' is unavailable: " + e.getMessage()
                    + " (pool " + poolState() + ")", e, name(), null, null);
        }
    }

    /** Gives a borrowed connection back to the pool, or evicts it from the pool when it broke. */
    void giveBack(Connection connection, boolean broken) {
        if (broken && pool != null) {
            pool.evictConnection(connection);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Connection '{}': could not return a connection to the pool", name(), e);
        }
    }

    /** A connection for one statement: this thread's transaction's on this database, or a pooled one. */
    Lease lease() {
        Transaction transaction = runtime.transactions.current(name());
        return transaction != null ? transaction.lease() : new Lease(this, borrow(), null);
    }

    private String poolState() {
        if (pool == null) {
            return "of DataSource " + dataSource.getClass().getName();
        }
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? "closed" : "total=" + bean.getTotalConnections() + ", active="
                + bean.getActiveConnections() + ", idle=" + bean.getIdleConnections() + ", waiting="
                + bean.getThreadsAwaitingConnection();
    }

    // ------------------------------------------------------------------------------------------------ execution

    /** Runs a query on a leased connection and reads its rows. */
    <T> T query(ModelType<?, ?> model, Sql sql, RowsReader<T> reader) {
        try (Lease lease = lease()) {
            return query(lease, model, sql, reader);
        }
    }

    /** Runs a query on {@code lease} and reads its rows. */
    <T> T query(Lease lease, ModelType<?, ?> model, Sql sql, RowsReader<T> reader) {
        long start = System.nanoTime();
        long rows = -1;
        try (PreparedStatement statement = lease.connection.prepareStatement(sql.text)) {
            sql.bind(statement, dialect);
            try (ResultSet result = statement.executeQuery()) {
                T value = reader.read(result, dialect.reader());
                rows = value instanceof List<?> list ? list.size() : value instanceof Integer count ? count : 1;
                return value;
            }
        } catch (SQLException e) {
            throw lease.failed(model, sql.text, e);
        } finally {
            report(model, sql, start, rows);
        }
    }

    /** Runs an insert, update or delete on a leased connection; returns the row count. */
    int update(ModelType<?, ?> model, Sql sql) {
        try (Lease lease = lease()) {
            return update(lease, model, sql);
        }
    }

    /**
     * Runs an insert, update or delete on {@code lease}, with a statement the lease keeps for the next one of the same
     * shape; returns the row count.
     */
    int update(Lease lease, ModelType<?, ?> model, Sql sql) {
        long start = System.nanoTime();
        long rows = -1;
        try {
            PreparedStatement statement = lease.prepare(sql.text, null);
            sql.bind(statement, dialect);
            int count = statement.executeUpdate();
            rows = count;
            return count;
        } catch (SQLException e) {
            throw lease.failed(model, sql.text, e);
        } finally {
            report(model, sql, start, rows);
        }
    }

    /**
     * Runs a multi-row insert whose ids the database generates, and sets them on {@code rows} in order: read from the
     * statement's own result where the dialect inserts with {@code returning}, else through JDBC's generated keys. The
     * lease keeps the statement for the next chunk of the same shape.
     */
    <M, K> void insertReturningIds(Lease lease, ModelType<M, K> type, Sql sql, List<M> rows) {
        long start = System.nanoTime();
        long count = -1;
        ColumnKind kind = ColumnKind.of(type.idField());
        String[] idColumn = dialect.returnsGeneratedIds() ? null : new String[] {type.idField().getName()};
        try {
            PreparedStatement statement = lease.prepare(sql.text, idColumn);
            sql.bind(statement, dialect);
            ResultSet ids;
            if (dialect.returnsGeneratedIds()) {
                ids = statement.executeQuery();
            } else {
                count = statement.executeUpdate();
                ids = statement.getGeneratedKeys();
            }
            int read = 0;
            try (ids) {
                while (ids.next()) {
                    if (read < rows.size()) {
                        @SuppressWarnings("unchecked") // the id column's kind matches K
                        K id = (K) Values.read(ids, 1, kind, dialect.reader());
                        type.setId(rows.get(read), id);
                    }
                    read++;
                }
            }
            count = read;
            if (read != rows.size()) {
                throw new dev.junction.JunctionException("Inserted " + rows.size() + " rows of " + type.modelName()
                        + " on connection '" + name() + "' but the database returned " + read + " generated ids"
                        + dialect.missingIdsAdvice(),
                        null, name(), type.modelClass(), null);
            }
        } catch (SQLException e) {
            throw lease.failed(type, sql.text, e);
        } finally {
            report(type, sql, start, count);
        }
    }

    /**
     * Whether a multi-row insert may return fewer generated ids than rows, which {@link #insertReturningIds} then
     * finds only after the rows are written: MariaDB Connector/J over a DataSource of the application's, which may
     * lack the property that Junction sets on its own pools. Such an insert then runs in a transaction (or a
     * savepoint), so that the failure leaves no rows.
     */
    boolean mayMissGeneratedIds() {
        return !ownsPool && !dialect.missingIdsAdvice().isEmpty();
    }

    /** The monitor that statements on this database report to. */
    Monitor monitor() {
        return runtime.monitor;
    }

    private void report(ModelType<?, ?> model, Sql sql, long start, long rows) {
        runtime.monitor.statement(name(), model, sql.operation(), sql.text, System.nanoTime() - start, rows,
                sql::values);
    }

    /** Reports the statements run through {@code ConnectionManager.dsl} to the monitor. */
    private final class EscapeHatchListener implements ExecuteListener {
        private static final long serialVersionUID = 1L;
        private static final String STARTED = "junction.started";

        @Override
        public void executeStart(ExecuteContext ctx) {
            ctx.data(STARTED, System.nanoTime());
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            Object started = ctx.data(STARTED);
            long nanos = started instanceof Long start ? System.nanoTime() - start : 0L;
            String sql = ctx.sql() != null ? ctx.sql() : String.join(";\n", ctx.batchSQL());
            runtime.monitor.statement(name(), null, Operation.SQL, sql, nanos, ctx.rows(), () -> List.of());
        }
    }

    @Override
    public void close() {
        lane.close();
        if (ownsPool) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return "Database[" + settings + "]";
    }
}
