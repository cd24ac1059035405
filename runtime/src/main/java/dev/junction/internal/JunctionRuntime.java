package dev.junction.internal;

import dev.junction.ConfigurationException;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.JunctionException;
import dev.junction.QueryListener;
import dev.junction.TransactionFunction;
import dev.junction.TransactionOptions;
import dev.junction.UnknownConnectionException;
import dev.junction.codegen.Contract;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one object that holds all of Junction's state: the configured connections (each with its pool, dialect,
 * statement shapes and loader lane), the transactions of every thread, read routing, the query listeners, the
 * cross-database write policy and the replica fallback. {@code ConnectionManager} is a static facade over the current
 * runtime; {@code ConnectionManager.shutdown()} disposes of it, and the next call starts a fresh one, so nothing
 * outlives a shutdown: no pool, thread, listener, policy or setting. Not API: applications use
 * {@code ConnectionManager} and the generated classes.
 *
 * <p>A runtime exists from the first call that needs one (a listener or a policy may be set before
 * {@code configure}, and apply to the connections it opens) until {@link #shutdown()}.
 */
public final class JunctionRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(JunctionRuntime.class);
    private static final String PROPERTY_PREFIX = "junction.connections.";
    private static final Object LOCK = new Object();
    private static volatile JunctionRuntime current;

    static {
        // jOOQ prints a banner and tips at first use; a library should not.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    final Monitor monitor = new Monitor();
    final Transactions transactions = new Transactions(this);
    final Router router = new Router(this);
    final Filters filters = new Filters(this);
    final EagerLoader loader = new EagerLoader(this);
    final ReferentialIntegrity integrity = new ReferentialIntegrity(this);
    final ModelEvents events = new ModelEvents(this);
    private final Finders finders = new Finders(this);
    private final Writes writes = new Writes(this);
    private final Streams streams = new Streams(this);
    private volatile Map<String, Database> databases;
    private volatile boolean disposed;
    private volatile Object meterRegistry;

    private JunctionRuntime() {}

    /** The current runtime, started on first use. */
    public static JunctionRuntime current() {
        JunctionRuntime runtime = current;
        if (runtime != null) {
            return runtime;
        }
        synchronized (LOCK) {
            if (current == null) {
                current = new JunctionRuntime();
            }
            return current;
        }
    }

    /**
     * Disposes of the current runtime, if any: closes every pool, ends every loader thread, forgets every listener,
     * policy and setting. The next call starts a fresh runtime.
     */
    public static void shutdown() {
        JunctionRuntime runtime;
        synchronized (LOCK) {
            runtime = current;
            current = null;
        }
        if (runtime != null) {
            runtime.dispose();
        }
    }

    private void dispose() {
        disposed = true;
        Map<String, Database> open = databases;
        databases = null;
        monitor.clear();
        events.clear();
        meterRegistry = null;
        if (open != null) {
            open.values().forEach(Database::close);
        }
    }

    // ----------------------------------------------------------------------------------------------- configure

    /**
     * Configures the connections; all or nothing. See {@code ConnectionManager.configure(Map)}.
     *
     * @param connections the settings per connection name
     */
    public void configure(Map<String, ? extends Map<String, ?>> connections) {
        synchronized (LOCK) {
            if (disposed) {
                throw new JunctionException("This Junction runtime was shut down; configure the current one");
            }
            Map<String, Database> open = databases;
            if (open != null) {
                throw new JunctionException("Junction is already configured with connections "
                        + new TreeSet<>(open.keySet()) + "; call ConnectionManager.shutdown() first");
            }
            if (connections == null || connections.isEmpty()) {
                throw new ConfigurationException("No connections given; configure at least one, such as 'default'");
            }
            List<ConnectionSettings> settings = new ArrayList<>();
            for (Map.Entry<String, ? extends Map<String, ?>> entry : new TreeMap<>(connections).entrySet()) {
                settings.add(ConnectionSettings.parse(entry.getKey(), entry.getValue()));
            }
            checkRegistry(connections.keySet());
            Map<String, Database> opened = new LinkedHashMap<>();
            try {
                for (ConnectionSettings s : settings) {
                    opened.put(s.name(), Database.open(this, s));
                    LOG.info("Junction connection '{}' opened: {}", s.name(), s);
                }
                prepareSchemas(opened.values());
            } catch (RuntimeException e) {
                opened.values().forEach(Database::close);
                throw e;
            }
            databases = Map.copyOf(opened);
        }
    }

    /**
     * Inside {@code configure}: runs the Flyway migrations of every connection that has them, then validates the
     * models of the connections with {@code validate=true}.
     */
    private static void prepareSchemas(Collection<Database> opened) {
        for (Database database : opened) {
            if (!database.settings().migrations().isEmpty()) {
                FlywayMigrations.migrate(database, database.settings().migrations());
            }
        }
        List<Database> validated = opened.stream().filter(d -> d.settings().validate()).toList();
        if (!validated.isEmpty()) {
            Schemas.validate(validated);
        }
    }

    /**
     * Configures the connections from {@code junction.connections.<name>.<key>} properties.
     *
     * @param properties the properties
     */
    public void configure(Properties properties) {
        Map<String, Map<String, Object>> connections = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PROPERTY_PREFIX)) {
                continue;
            }
            String rest = key.substring(PROPERTY_PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                throw new ConfigurationException("Property '" + key
                        + "' is malformed; expected junction.connections.<name>.<key>");
            }
            connections.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>())
                    .put(rest.substring(dot + 1), properties.getProperty(key));
        }
        if (connections.isEmpty()) {
            throw new ConfigurationException(
                    "No property starts with '" + PROPERTY_PREFIX + "'; expected junction.connections.<name>.<key>");
        }
        configure(connections);
    }

    private static void checkRegistry(Set<String> names) {
        List<ModelRegistry.Entry> entries = ModelRegistry.load();
        Map<Integer, Set<String>> mismatched = new TreeMap<>();
        for (ModelRegistry.Entry model : entries) {
            if (model.contract() != Contract.VERSION) {
                mismatched.computeIfAbsent(model.contract(), v -> new TreeSet<>()).add(model.modelClass());
            }
        }
        if (!mismatched.isEmpty()) {
            Map.Entry<Integer, Set<String>> first = mismatched.entrySet().iterator().next();
            throw new ConfigurationException(Contract.mismatch(first.getKey(), String.valueOf(first.getValue())));
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        for (ModelRegistry.Entry model : entries) {
            for (String connection : model.connections()) {
                if (!names.contains(connection)) {
                    missing.computeIfAbsent(connection, c -> new TreeSet<>()).add(model.modelClass());
                }
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("Models use connections that are not configured: ");
            List<String> parts = new ArrayList<>();
            missing.forEach((connection, models) ->
                    parts.add("'" + connection + "' (used by " + String.join(", ", models) + ")"));
            message.append(String.join(" ", parts)).append("; configured connections: ").append(new TreeSet<>(names));
            throw new UnknownConnectionException(message.toString());
        }
    }

    /**
     * The configured connection of that name.
     *
     * @throws UnknownConnectionException naming it and the configured ones
     */
    Database database(String name) {
        Map<String, Database> open = databases;
        if (open == null) {
            throw new UnknownConnectionException("Connection '" + name + "' is not configured: Junction is not"
                    + " configured; call ConnectionManager.configure(...) first", null, name, null, null);
        }
        Database database = open.get(name);
        if (database == null) {
            throw new UnknownConnectionException("Connection '" + name + "' is not configured; configured connections: "
                    + new TreeSet<>(open.keySet()), null, name, null, null);
        }
        return database;
    }

    // ------------------------------------------------------------------------------ ConnectionManager's calls

    /**
     * {@code ConnectionManager.dsl}: the jOOQ context of a connection, bound to this thread's transaction there.
     *
     * @param name the connection name
     * @return the context
     */
    public DSLContext dsl(String name) {
        Transaction transaction = transactions.current(name);
        return transaction != null ? transaction.dsl() : database(name).dsl();
    }

    /**
     * {@code ConnectionManager.transaction}.
     *
     * @param name the connection name
     * @param options the isolation and access mode
     * @param body the work
     * @param <T> its result type
     * @return its result
     */
    public <T> T transaction(String name, TransactionOptions options, TransactionFunction<T> body) {
        return transactions.run(name, options, body);
    }

    /**
     * Runs {@code hook} after this thread's open transaction on {@code connection} commits, or at once when none is
     * open; never after a rollback.
     *
     * @param connection the connection name
     * @param hook the work
     */
    public void afterCommit(String connection, Runnable hook) {
        transactions.afterCommit(connection, hook);
    }

    /**
     * {@code ConnectionManager.addQueryListener}.
     *
     * @param listener the listener
     * @return its registration
     */
    public QueryListener.Registration addQueryListener(QueryListener listener) {
        return monitor.add(listener);
    }

    /**
     * {@code ConnectionManager.addModelListener}.
     *
     * @param modelClass the model class
     * @param listener the listener
     * @param <M> the model class
     * @return its registration
     */
    public <M> dev.junction.ModelListener.Registration addModelListener(Class<M> modelClass,
            dev.junction.ModelListener<? super M> listener) {
        return events.add(modelClass, listener);
    }

    /**
     * {@code ConnectionManager.setCrossDatabaseWritePolicy}.
     *
     * @param policy the policy
     */
    public void setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy policy) {
        transactions.setPolicy(policy);
    }

    /** {@code ConnectionManager.crossDatabaseWritePolicy}. */
    public CrossDatabaseWritePolicy crossDatabaseWritePolicy() {
        return transactions.policy();
    }

    /**
     * {@code ConnectionManager.readFromPrimary}.
     *
     * @param work the reads
     * @param <T> their result
     * @return what {@code work} returned
     */
    public <T> T readFromPrimary(Supplier<T> work) {
        return router.onPrimary(work);
    }

    /**
     * {@code ConnectionManager.setReadReplicaFallback}.
     *
     * @param fallback whether reads fall back
     */
    public void setReadReplicaFallback(boolean fallback) {
        router.setReplicaFallback(fallback);
    }

    /** {@code ConnectionManager.readReplicaFallback}. */
    public boolean readReplicaFallback() {
        return router.replicaFallback();
    }

    /**
     * {@code ConnectionManager.setMeterRegistry}: before {@code configure}, so that the pools it opens report too.
     *
     * @param registry a Micrometer {@code MeterRegistry}; typed {@code Object} so that this class never needs
     *     Micrometer
     */
    public void setMeterRegistry(Object registry) {
        Objects.requireNonNull(registry, "registry");
        synchronized (LOCK) {
            if (databases != null) {
                throw new JunctionException("Set the meter registry before ConnectionManager.configure: the pools of"
                        + " the connections " + new TreeSet<>(databases.keySet()) + " are open already");
            }
            monitor.measureInto(new MicrometerQueryMetrics(registry));
            meterRegistry = registry;
        }
    }

    /** The meter registry, or null. */
    Object meterRegistry() {
        return meterRegistry;
    }

    /**
     * {@code ConnectionManager.isTransactionOpen}.
     *
     * @param connection the connection name
     * @return whether this thread has a transaction open on it
     */
    public boolean isTransactionOpen(String connection) {
        database(connection);
        return transactions.isOpen(connection);
    }

    /**
     * {@code ConnectionManager.createTables}.
     *
     * @param connection the connection name, or null for every configured connection
     * @return the tables created, as {@code connection.table}
     */
    public List<String> createTables(String connection) {
        return Schemas.createTables(targets(connection == null ? null : List.of(connection)));
    }

    /** {@code ConnectionManager.validateSchema}. */
    public void validateSchema() {
        Schemas.validate(targets(null));
    }

    /**
     * {@code ConnectionManager.snapshotSchema}.
     *
     * @param file the snapshot file
     * @param connections the connection names, or empty for every configured connection
     */
    public void snapshotSchema(java.nio.file.Path file, List<String> connections) {
        Objects.requireNonNull(file, "file");
        Schemas.snapshot(file, targets(connections.isEmpty() ? null : connections));
    }

    /** The named databases (each must be configured), or every configured one when {@code names} is null. */
    private List<Database> targets(List<String> names) {
        if (names == null) {
            Map<String, Database> open = databases;
            if (open == null) {
                throw new UnknownConnectionException(
                        "Junction is not configured; call ConnectionManager.configure(...) first");
            }
            return new TreeMap<>(open).values().stream().toList();
        }
        return names.stream().distinct().map(this::database).toList();
    }

    // ------------------------------------------------------------------------------ generated code's calls

    /** See {@code Internal.findById}. */
    public <M, K> Optional<M> findById(ModelType<M, K> type, K id) {
        return finders.findById(type, id);
    }

    /** See {@code Internal.findByIds}. */
    public <M, K> List<M> findByIds(ModelType<M, K> type, Collection<? extends K> ids) {
        return finders.findByIds(type, ids);
    }

    /** See {@code Internal.findBy}. */
    public <M, T> Optional<M> findBy(ModelType<M, ?> type, Field<T> column, T value) {
        return finders.findBy(type, column, value);
    }

    /** See {@code Internal.findAllBy}. */
    public <M, T> List<M> findAllBy(ModelType<M, ?> type, Field<T> column, T value) {
        return finders.findAllBy(type, column, value);
    }

    /** See {@code Internal.count}. */
    public long count(ModelType<?, ?> type, Condition... conditions) {
        return finders.count(type, conditions);
    }

    /** See {@code Internal.insert}. */
    public <M> M insert(ModelType<M, ?> type, M model) {
        return writes.insert(type, model);
    }

    /** See {@code Internal.insertAll}. */
    public <M> void insertAll(ModelType<M, ?> type, Collection<? extends M> models) {
        writes.insertAll(type, models);
    }

    /** See {@code Internal.update}. */
    public <M> M update(ModelType<M, ?> type, M model) {
        return writes.update(type, model);
    }

    /** See {@code Internal.save}. */
    public <M> M save(ModelType<M, ?> type, M model) {
        return writes.save(type, model);
    }

    /** See {@code Internal.delete}. */
    public <M> boolean delete(ModelType<M, ?> type, M model) {
        return writes.delete(type, model);
    }

    /** See {@code Internal.deleteById}. */
    public <K> boolean deleteById(ModelType<?, K> type, K id) {
        return writes.deleteById(type, id);
    }

    /** See {@code Internal.load}. */
    public <P, C> void load(Collection<P> owners, RelationType<P, C> relation, QuerySpec<C> query) {
        loader.load(owners, relation, query);
    }

    /**
     * The lazy relation accessors: loads one relation of one owner.
     *
     * @param owner the owner
     * @param relation the relation
     * @param <P> the owner model
     * @param <C> the target model
     */
    public <P, C> void loadOne(P owner, RelationType<P, C> relation) {
        loader.loadOne(owner, relation);
    }

    // ------------------------------------------------------------------------------ ModelQuery's terminals

    /** {@code ModelQuery.all()}. */
    public <M> List<M> all(QuerySpec<M> spec) {
        return finders.all(spec);
    }

    /** {@code ModelQuery.first()}. */
    public <M> Optional<M> first(QuerySpec<M> spec) {
        return finders.first(spec);
    }

    /** {@code ModelQuery.count()}. */
    public long count(QuerySpec<?> spec) {
        return finders.count(spec);
    }

    /** {@code ModelQuery.exists()}. */
    public boolean exists(QuerySpec<?> spec) {
        return finders.exists(spec);
    }

    /** {@code ModelQuery.stream()}. */
    public <M> Stream<M> stream(QuerySpec<M> spec) {
        return streams.stream(spec);
    }
}
