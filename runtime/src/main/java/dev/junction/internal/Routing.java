package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the connection for a model's reads and writes: the open transaction, the read replica, or the primary.
 *
 * <p>Reads go to the model's read replica when it has one, except inside a transaction on its primary (reads see
 * the transaction's writes) and inside {@link #onPrimary} (reads see writes just committed). A replica that is
 * unavailable gives a {@link DatabaseUnavailableException} naming it, or, when fallback is on, a warning and the
 * same read on the primary.
 */
public final class Routing {

    private static final Logger LOG = LoggerFactory.getLogger(Routing.class);
    private static final ThreadLocal<int[]> PRIMARY_SCOPES = ThreadLocal.withInitial(() -> new int[1]);
    private static volatile boolean replicaFallback;

    private Routing() {}

    /** Sets whether a read whose replica is unavailable retries on the primary. Off by default. */
    public static void setReplicaFallback(boolean fallback) {
        replicaFallback = fallback;
    }

    /** Whether a read whose replica is unavailable retries on the primary. */
    public static boolean replicaFallback() {
        return replicaFallback;
    }

    /** Runs {@code work} with every read of this thread sent to the models' primaries. Scopes nest. */
    public static <T> T onPrimary(Supplier<T> work) {
        int[] depth = PRIMARY_SCOPES.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                PRIMARY_SCOPES.remove();
            }
        }
    }

    /** The name of the connection that reads of this model go to right now, on this thread. */
    public static String readConnectionName(ModelType<?, ?> type) {
        if (type.readConnection() == null || Transactions.isActive(type.connection())
                || PRIMARY_SCOPES.get()[0] > 0) {
            return type.connection();
        }
        return type.readConnection();
    }

    /**
     * Runs a read of the model on the database {@link #readConnectionName} chooses, falling back to the primary
     * when that is an unavailable replica and fallback is on.
     */
    public static <T> T read(ModelType<?, ?> type, Function<Database, T> work) {
        Database database = Databases.get(readConnectionName(type));
        try {
            return work.apply(database);
        } catch (DatabaseUnavailableException e) {
            return work.apply(fallback(type, database.name(), e));
        }
    }

    /**
     * The primary to retry on after the read connection {@code failed} of the model was unavailable.
     *
     * @throws DatabaseUnavailableException when {@code failed} is the primary itself, or when fallback is off
     */
    static Database fallback(ModelType<?, ?> type, String failed, DatabaseUnavailableException e) {
        if (failed.equals(type.connection())) {
            throw e;
        }
        if (!replicaFallback) {
            throw new DatabaseUnavailableException("Read replica '" + failed + "' of " + type.modelName()
                    + " is unavailable, and falling back to connection '" + type.connection() + "' is off"
                    + " (ConnectionManager.setReadReplicaFallback(true) turns it on): " + e.getMessage(), e);
        }
        LOG.warn("Read replica '{}' of {} is unavailable; reading from connection '{}' instead: {}", failed,
                type.modelName(), type.connection(), e.getMessage());
        return Databases.get(type.connection());
    }

    /** The context for writes of a model, after applying the cross-database write policy. */
    public static DSLContext write(ModelType<?, ?> type) {
        Transactions.beforeWrite(type.connection(), type.modelName());
        return Databases.get(type.connection()).dslOrTransaction();
    }
}
