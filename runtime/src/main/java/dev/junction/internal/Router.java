package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.codegen.ModelType;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the database for a model's reads: its read replica, or its primary. Reads go to the model's read replica
 * when it has one, except inside a transaction on its primary (reads see the transaction's writes) and inside
 * {@link #onPrimary} (reads see writes just committed). A replica that is unavailable gives a
 * {@link DatabaseUnavailableException} naming it, or, when fallback is on, a warning and the same read on the
 * primary. Writes always go to the primary.
 */
final class Router {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final JunctionRuntime runtime;
    private final ThreadLocal<int[]> primaryScopes = new ThreadLocal<>();
    private volatile boolean replicaFallback;

    Router(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    void setReplicaFallback(boolean fallback) {
        replicaFallback = fallback;
    }

    boolean replicaFallback() {
        return replicaFallback;
    }

    /** Runs {@code work} with every read of this thread sent to the models' primaries. Scopes nest. */
    <T> T onPrimary(Supplier<T> work) {
        int[] depth = primaryScopes.get();
        if (depth == null) {
            depth = new int[1];
            primaryScopes.set(depth);
        }
        depth[0]++;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                primaryScopes.remove();
            }
        }
    }

    /** The name of the connection that reads of this model go to right now, on this thread. */
    String readConnection(ModelType<?, ?> type) {
        String replica = type.readConnection();
        if (replica == null || primaryScopes.get() != null || runtime.transactions.isOpen(type.connection())) {
            return type.connection();
        }
        return replica;
    }

    /** The database that reads of this model go to right now, on this thread. */
    Database read(ModelType<?, ?> type) {
        return runtime.database(readConnection(type));
    }

    /**
     * Runs a read of the model on the database {@link #read} chooses, falling back to the primary when that is an
     * unavailable replica and fallback is on.
     */
    <T> T read(ModelType<?, ?> type, Function<Database, T> work) {
        return read(type, read(type), work);
    }

    /**
     * Runs a read of the model on {@code database}, chosen by {@link #read} a moment ago, falling back to the primary
     * when that is an unavailable replica and fallback is on.
     */
    <T> T read(ModelType<?, ?> type, Database database, Function<Database, T> work) {
        try {
            return work.apply(database);
        } catch (DatabaseUnavailableException e) {
            return work.apply(fallback(type, database, e));
        }
    }

    /**
     * The primary to retry on after the read database {@code failed} of the model was unavailable.
     *
     * @throws DatabaseUnavailableException when {@code failed} is the primary itself, or when fallback is off
     */
    Database fallback(ModelType<?, ?> type, Database failed, DatabaseUnavailableException e) {
        if (failed.name().equals(type.connection())) {
            throw e;
        }
        if (!replicaFallback) {
            throw new DatabaseUnavailableException("Read replica '" + failed.name() + "' of " + type.modelName()
                    + " is unavailable, and falling back to connection '" + type.connection() + "' is off"
                    + " (ConnectionManager.setReadReplicaFallback(true) turns it on): " + e.getMessage(), e,
                    failed.name(), type.modelClass(), null);
        }
        LOG.warn("Read replica '{}' of {} is unavailable; reading from connection '{}' instead: {}", failed.name(),
                type.modelName(), type.connection(), e.getMessage());
        return runtime.database(type.connection());
    }

    /** The database that writes of this model go to, after applying the cross-database write policy. */
    Database write(ModelType<?, ?> type) {
        runtime.transactions.beforeWrite(type);
        return runtime.database(type.connection());
    }
}
