package dev.junction;

import dev.junction.internal.JunctionRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The named connections of the application: configure them once at start-up, then use the generated
 * {@code XQueries} classes, which run each model's statements on its own connection.
 *
 * <pre>{@code
 * ConnectionManager.configure(Map.of(
 *     "default",   Map.of("driver", "postgresql", "host", "localhost", "database", "primary_db",
 *                         "username", "app", "password", "secret"),
 *     "secondary", Map.of("driver", "mysql", "host", "localhost", "database", "secondary_db",
 *                         "username", "app", "password", "secret", "pool.maximumPoolSize", 5)));
 * }</pre>
 *
 * <p>Each connection gets one HikariCP pool (or uses the application's own {@code DataSource}) and one jOOQ
 * {@link DSLContext} with the dialect of its database. All methods are thread-safe.
 *
 * <p><b>One runtime behind a static facade.</b> This class only delegates to one runtime object that holds all of
 * Junction's state: the pools, the transactions of every thread, read routing, the loader threads, the query
 * listeners, the write policy and the replica fallback. {@link #shutdown()} disposes of that object, and the next call
 * starts a fresh one, so nothing survives a shutdown. A test or a container gets a clean Junction by calling
 * {@code shutdown()} (also in a {@code finally} or an {@code @AfterEach}) and configuring again. Listeners and
 * settings given before {@code configure} apply to the connections it opens.
 */
public final class ConnectionManager {

    private ConnectionManager() {}

    /**
     * Configures the named connections and opens their pools. Keys per connection: {@code driver}
     * ({@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}), {@code host} (default
     * {@code localhost}), {@code port} (default per driver), {@code database}, {@code username},
     * {@code password}, or {@code url} (a JDBC URL, instead of host, port and database), and {@code pool.*}
     * (HikariCP settings such as {@code pool.maximumPoolSize}). For {@code h2}, {@code database} names an
     * in-memory database that lives until the JVM exits. Or {@code dataSource}: an existing
     * {@code javax.sql.DataSource} that Junction uses as it is (it neither pools nor closes it); {@code driver} may
     * go with it, else the database kind is read from its first connection. Values may be strings or objects of the
     * right type (a number for {@code port}, any value a HikariCP setting takes).
     *
     * <p>Schemas: key {@code migrations} names Flyway locations for that connection, comma-separated (such as
     * {@code classpath:db/migration/default}; Flyway is an optional dependency), which run here, after every pool is
     * open; key {@code validate=true} then runs {@link #validateSchema()} for that connection's models. Either
     * failing fails the whole call.
     *
     * <p>The runtime brings no JDBC driver: the application adds the drivers of its databases. {@code mariadb}
     * connects through MariaDB Connector/J when the application has it, else through MySQL Connector/J; a
     * {@code url} connects through the driver its prefix names ({@code jdbc:mariadb:} through MariaDB Connector/J).
     * A missing driver fails here with the Maven coordinates to add.
     *
     * <p>All or nothing: a missing or malformed setting, a model in the registry whose connection is not given,
     * or a database that cannot be reached fails the call, and then nothing stays configured and no pool stays
     * open.
     *
     * @param connections the settings per connection name
     * @throws ConfigurationException naming the connection and the key of a bad setting, or the connection and the
     *     Maven coordinates of a missing JDBC driver
     * @throws UnknownConnectionException listing the missing and the configured names
     * @throws DatabaseUnavailableException naming a connection whose database cannot be reached
     * @throws SchemaMismatchException when a connection with {@code validate=true} does not match its models
     * @throws JunctionException when already configured (call {@link #shutdown()} first), or naming the connection
     *     whose migrations failed
     */
    public static void configure(Map<String, ? extends Map<String, ?>> connections) {
        JunctionRuntime.current().configure(connections);
    }

    /**
     * Configures the connections from properties named {@code junction.connections.<name>.<key>}, with the keys
     * of {@link #configure(Map)}. Other properties are ignored.
     *
     * @param properties the properties, for example loaded from {@code junction.properties}
     * @throws ConfigurationException naming the connection and the key of a bad setting
     */
    public static void configure(Properties properties) {
        JunctionRuntime.current().configure(properties);
    }

    /**
     * Closes every pool and ends every loader thread, and forgets every query listener, the write policy and the
     * replica fallback: nothing of the runtime survives. Safe to call at any time, also when nothing is configured;
     * configure may follow.
     */
    public static void shutdown() {
        JunctionRuntime.shutdown();
    }

    /**
     * The jOOQ context of a connection: the escape hatch for SQL that the generated code does not cover. Inside a
     * transaction on that connection it is bound to the transaction.
     *
     * @param name the connection name
     * @throws UnknownConnectionException when no connection of that name is configured
     */
    public static DSLContext dsl(String name) {
        return JunctionRuntime.current().dsl(name);
    }

    /**
     * Runs {@code body} in a transaction on the named connection, bound to the current thread. A nested call on
     * the same connection uses a savepoint. Only statements on this connection are part of the transaction.
     *
     * @param name the connection name
     * @param body the work; an unchecked exception rolls back and propagates unchanged, a checked one rolls
     *     back and is wrapped in {@link JunctionException}
     */
    public static void transaction(String name, TransactionBody body) {
        Objects.requireNonNull(body, "body");
        transaction(name, TransactionOptions.defaults(), body);
    }

    /**
     * Runs {@code body} in a transaction on the named connection with an isolation level or read-only mode.
     *
     * @param name the connection name
     * @param options the isolation and access mode of the outermost transaction
     * @param body the work
     */
    public static void transaction(String name, TransactionOptions options, TransactionBody body) {
        Objects.requireNonNull(body, "body");
        JunctionRuntime.current().transaction(name, options, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in a transaction on the named connection with an isolation level or read-only mode, and
     * returns its value.
     *
     * @param name the connection name
     * @param options the isolation and access mode of the outermost transaction
     * @param body the work
     * @param <T> the type of the value
     * @return what {@code body} returned
     */
    public static <T> T transaction(String name, TransactionOptions options, TransactionFunction<T> body) {
        return JunctionRuntime.current().transaction(name, options, body);
    }

    /**
     * Runs {@code body} in a transaction on the named connection and returns its value after the commit.
     *
     * @param name the connection name
     * @param body the work; an unchecked exception rolls back and propagates unchanged, a checked one rolls
     *     back and is wrapped in {@link JunctionException}
     * @param <T> the type of the value
     * @return what {@code body} returned
     */
    public static <T> T transaction(String name, TransactionFunction<T> body) {
        return JunctionRuntime.current().transaction(name, TransactionOptions.defaults(), body);
    }

    /**
     * Registers a listener that is called once per statement sent to any database (a batch counts once). It lasts
     * until its registration is closed or until {@link #shutdown()}.
     *
     * @param listener the listener
     * @return a handle whose {@code close()} removes the listener again
     */
    public static QueryListener.Registration addQueryListener(QueryListener listener) {
        return JunctionRuntime.current().addQueryListener(listener);
    }

    /**
     * Sets what happens to a write on a connection that has no open transaction while the current thread has one
     * open on another connection. The default is {@link CrossDatabaseWritePolicy#WARN}; {@link #shutdown()} restores
     * it.
     *
     * @param policy the new policy
     */
    public static void setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy policy) {
        JunctionRuntime.current().setCrossDatabaseWritePolicy(policy);
    }

    /**
     * Runs {@code work} with every read on this thread going to the models' primary connections instead of their
     * read replicas: read-your-writes right after a write that a replica may not have received yet. Scopes nest;
     * other threads are not affected.
     *
     * @param work the reads
     * @param <T> the type of its result
     * @return what {@code work} returned
     */
    public static <T> T readFromPrimary(Supplier<T> work) {
        return JunctionRuntime.current().readFromPrimary(work);
    }

    /**
     * Runs {@code work} with every read on this thread going to the models' primary connections.
     *
     * @param work the reads
     * @see #readFromPrimary(Supplier)
     */
    public static void readFromPrimary(Runnable work) {
        JunctionRuntime.current().readFromPrimary(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Sets whether a read whose read replica is unavailable is retried on the model's primary connection (with
     * a warning in the log). Off by default: the read then fails with {@link DatabaseUnavailableException}
     * naming the replica.
     *
     * @param fallback true to fall back to the primary
     */
    public static void setReadReplicaFallback(boolean fallback) {
        JunctionRuntime.current().setReadReplicaFallback(fallback);
    }

    /** Whether reads fall back to the primary when a read replica is unavailable. */
    public static boolean readReplicaFallback() {
        return JunctionRuntime.current().readReplicaFallback();
    }

    /**
     * Measures Junction with Micrometer: the HikariCP pools of the connections {@code configure} opens report their
     * metrics ({@code hikaricp.connections...}, tagged {@code pool} = {@code junction-<connection>}), every statement
     * is timed by the timer {@code junction.query} tagged {@code connection}, {@code model} (the model's simple
     * class name, {@code none} for {@link #dsl}) and {@code operation} ({@code find}, {@code count}, {@code exists},
     * {@code stream}, {@code insert}, {@code update}, {@code delete}, {@code load}, {@code filter}, {@code sql}), and
     * the counter {@code junction.eager.statements} tagged {@code connection} counts relation-load statements. No tag
     * holds SQL text. Micrometer ({@code io.micrometer:micrometer-core}) is an optional dependency: only an
     * application that calls this method needs it. A {@code dataSource} given to {@code configure} is not Junction's
     * pool, so its metrics are its own concern.
     *
     * @param registry the registry; it lasts until {@link #shutdown()}
     * @throws JunctionException when called after {@code configure}: call it before
     */
    public static void setMeterRegistry(MeterRegistry registry) {
        JunctionRuntime.current().setMeterRegistry(registry);
    }

    /**
     * Whether the current thread has a transaction open on that connection (then statements on it run in the
     * transaction, and a nested {@code transaction} call is a savepoint).
     *
     * @param name the connection name
     * @return true inside a transaction on that connection
     * @throws UnknownConnectionException when no connection has that name
     */
    public static boolean isTransactionOpen(String name) {
        return JunctionRuntime.current().isTransactionOpen(name);
    }

    /**
     * Creates, on every configured connection, the tables of the models that live there and do not exist yet: for
     * demos, tests and prototypes (a real application migrates its schema, for example with key
     * {@code migrations}). Each column gets the database's type for its field (see the README's table), a primitive
     * field's column is NOT NULL, a numeric id is an identity (auto-increment on MySQL and MariaDB) column and a UUID
     * id has a generating default on PostgreSQL and H2, and every foreign-key column that a relation uses gets an
     * index. Existing tables are left as they are. The models are those of every registry on the class path; a
     * read replica gets no table (it is a copy of its primary).
     *
     * @return the tables created, as {@code connection.table}, in the order they were created
     * @throws UnknownConnectionException when Junction is not configured
     * @throws DatabaseUnavailableException when a database cannot be reached
     * @throws QueryFailedException when a database refuses a statement
     */
    public static java.util.List<String> createTables() {
        return JunctionRuntime.current().createTables(null);
    }

    /**
     * {@link #createTables()} on one connection.
     *
     * @param connection the connection name
     * @return the tables created, as {@code connection.table}
     * @throws UnknownConnectionException when no connection has that name
     */
    public static java.util.List<String> createTables(String connection) {
        Objects.requireNonNull(connection, "connection");
        return JunctionRuntime.current().createTables(connection);
    }

    /**
     * Compares every model with its table, on its connection and on its read replica: a missing table or column, a
     * column whose type cannot hold the field's, a primitive field on a nullable column, and a numeric or UUID id
     * that the database does not generate (an insert with a null id relies on it). Every configured connection is
     * read once (one metadata call each); nothing is changed. Connection key {@code validate=true} runs the same
     * check for that connection inside {@code configure}.
     *
     * @throws SchemaMismatchException listing every mismatch, each with its connection, model, table, field,
     *     column, what was expected and what was found
     * @throws UnknownConnectionException when Junction is not configured
     */
    public static void validateSchema() {
        JunctionRuntime.current().validateSchema();
    }

    /**
     * Writes the tables of live connections to a schema snapshot file, for the build-time check: with
     * {@code -Ajunction.schema=<file>} the annotation processor checks every model against the snapshot of its
     * connection and fails the build on a missing table or column, a type that cannot hold the field's, a primitive
     * field on a nullable column or an id that is not generated. Keep the file in the source tree and take it again
     * when the schema changes; {@code dev.junction.tools.SchemaSnapshot} does the same from the command line.
     *
     * @param file the file to write (replaced if it exists; parent directories are created)
     * @param connections the connections to include; none for every configured connection
     * @throws UnknownConnectionException when a name is not configured
     * @throws JunctionException when the file cannot be written
     */
    public static void snapshotSchema(java.nio.file.Path file, String... connections) {
        JunctionRuntime.current().snapshotSchema(file, java.util.List.of(connections));
    }

    /**
     * Adds a listener for the committed writes of one model class: it receives a {@link ModelEvent} ({@code kind()}
     * INSERT, UPDATE or DELETE, {@code model()}, {@code connection()}) per row written, after the write's transaction
     * commits, or right after the statement outside a transaction; never for a write that rolled back (a savepoint
     * that rolls back drops its writes' events too). Events reach the listeners on the committing thread, in commit
     * order. Listeners live until the registration is closed or the runtime shuts down.
     *
     * @param modelClass the model class, such as {@code User.class}
     * @param listener the listener
     * @param <M> the model class
     * @return the registration; close it to remove the listener
     */
    public static <M> ModelListener.Registration addModelListener(Class<M> modelClass,
            ModelListener<? super M> listener) {
        return JunctionRuntime.current().addModelListener(modelClass, listener);
    }

    /** The current cross-database write policy. */
    public static CrossDatabaseWritePolicy crossDatabaseWritePolicy() {
        return JunctionRuntime.current().crossDatabaseWritePolicy();
    }
}
