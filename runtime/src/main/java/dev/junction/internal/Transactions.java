package dev.junction.internal;

import dev.junction.CrossDatabaseWriteException;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.JunctionException;
import dev.junction.TransactionFunction;
import dev.junction.TransactionOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions bound to the current thread and keyed by connection name: each connection has at most one open
 * transaction per thread, independent of the others. A nested call on the same connection is a savepoint.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** This thread's open transactions; absent (not empty) when there are none, so no thread keeps a map. */
    private static final ThreadLocal<Map<String, Active>> ACTIVE = new ThreadLocal<>();
    private static volatile CrossDatabaseWritePolicy policy = CrossDatabaseWritePolicy.WARN;

    /** The open transaction of one connection on this thread. */
    static final class Active {
        final Database database;
        final Connection connection;
        final DSLContext dsl;
        final TransactionOptions options;
        final Set<String> warned = new HashSet<>();

        Active(Database database, Connection connection, TransactionOptions options) {
            this.database = database;
            this.connection = connection;
            this.options = options;
            this.dsl = database.dsl(connection);
        }
    }

    private Transactions() {}

    /** Sets the policy for writes outside the open transactions. */
    public static void setPolicy(CrossDatabaseWritePolicy newPolicy) {
        policy = Objects.requireNonNull(newPolicy, "policy");
    }

    /** The current policy. */
    public static CrossDatabaseWritePolicy policy() {
        return policy;
    }

    /** Whether this thread has a transaction open on that connection. */
    public static boolean isActive(String connection) {
        Map<String, Active> active = ACTIVE.get();
        return active != null && active.containsKey(connection);
    }

    /** The DSL bound to this thread's transaction on that connection, or null when none is open. */
    public static DSLContext activeDsl(String connection) {
        Map<String, Active> all = ACTIVE.get();
        Active active = all == null ? null : all.get(connection);
        return active == null ? null : active.dsl;
    }

    /**
     * Runs the body in a transaction on that connection: a new one, or a savepoint inside the open one.
     * An unchecked exception or error propagates unchanged after the rollback; a checked one is wrapped.
     */
    public static <T> T run(String connection, TransactionOptions options, TransactionFunction<T> body) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(body, "body");
        Map<String, Active> active = ACTIVE.get();
        if (active == null) {
            active = new LinkedHashMap<>();
            ACTIVE.set(active);
        }
        Active current = active.get(connection);
        if (current == null) {
            return runOutermost(connection, options, body, active);
        }
        checkNestedOptions(current, options);
        return runNested(current, body);
    }

    private static void checkNestedOptions(Active outer, TransactionOptions options) {
        boolean isolationDiffers = options.isolation() != TransactionOptions.Isolation.DEFAULT
                && options.isolation() != outer.options.isolation();
        boolean readWriteInReadOnly = outer.options.isReadOnly() && !options.isReadOnly()
                && !options.equals(TransactionOptions.defaults());
        boolean readOnlyInReadWrite = options.isReadOnly() && !outer.options.isReadOnly();
        if (isolationDiffers || readWriteInReadOnly || readOnlyInReadWrite) {
            throw new JunctionException("A transaction with " + options + " cannot be nested in the transaction open on"
                    + " connection '" + outer.database.name() + "' with " + outer.options
                    + ": a nested transaction is a savepoint and keeps the outer options");
        }
    }

    private static <T> T runOutermost(String name, TransactionOptions options, TransactionFunction<T> body,
            Map<String, Active> active) {
        Database database = Databases.get(name);
        Connection connection = database.borrow();
        try {
            if (options.isolation() != TransactionOptions.Isolation.DEFAULT) {
                connection.setTransactionIsolation(options.isolation().jdbcLevel());
            }
            if (options.isReadOnly()) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            close(database, connection);
            throw new JunctionException("Connection '" + name + "': could not begin a transaction with " + options, e);
        }
        Active transaction = new Active(database, connection, options);
        active.put(name, transaction);
        try {
            T result;
            try {
                result = body.run();
            } catch (Throwable failure) {
                rollback(transaction, failure);
                throw propagate(name, failure);
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new JunctionException("Connection '" + name + "': commit failed", e);
            }
            return result;
        } finally {
            active.remove(name);
            if (active.isEmpty()) {
                ACTIVE.remove();
            }
            try {
                connection.setAutoCommit(true);
                if (options.isReadOnly()) {
                    connection.setReadOnly(false);
                }
            } catch (SQLException e) {
                LOG.debug("Connection '{}': could not restore auto-commit", name, e);
            }
            close(database, connection);
        }
    }

    private static <T> T runNested(Active transaction, TransactionFunction<T> body) {
        String name = transaction.database.name();
        Savepoint savepoint;
        try {
            savepoint = transaction.connection.setSavepoint();
        } catch (SQLException e) {
            throw new JunctionException("Connection '" + name + "': could not set a savepoint", e);
        }
        T result;
        try {
            result = body.run();
        } catch (Throwable failure) {
            try {
                transaction.connection.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw propagate(name, failure);
        }
        try {
            transaction.connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // Some drivers release savepoints implicitly; the transaction itself is unaffected.
            LOG.debug("Connection '{}': could not release a savepoint", name, e);
        }
        return result;
    }

    private static void rollback(Active transaction, Throwable failure) {
        try {
            transaction.connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static RuntimeException propagate(String connection, Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new JunctionException("Transaction on connection '" + connection + "' rolled back: " + failure, failure);
    }

    private static void close(Database database, Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Connection '{}': could not return a connection to the pool", database.name(), e);
        }
    }

    /**
     * Applies the cross-database write policy before a write of {@code model} on {@code connection}: the write is
     * outside every open transaction when this thread has transactions open on other connections only.
     */
    public static void beforeWrite(String connection, String model) {
        Map<String, Active> active = ACTIVE.get();
        if (active == null || active.isEmpty() || active.containsKey(connection)) {
            return;
        }
        CrossDatabaseWritePolicy current = policy;
        if (current == CrossDatabaseWritePolicy.ALLOW) {
            return;
        }
        String open = String.join(", ", active.keySet());
        String message = "Write of " + model + " on connection '" + connection
                + "' is outside the transaction open on connection '" + open
                + "': it commits on its own and is not rolled back with that transaction";
        if (current == CrossDatabaseWritePolicy.FAIL) {
            throw new CrossDatabaseWriteException(message + " (policy FAIL)");
        }
        boolean first = false;
        for (Active transaction : active.values()) {
            first |= transaction.warned.add(connection + "\u0000" + model);
        }
        if (first) {
            LOG.warn("{} (policy WARN; logged once per transaction)", message);
        }
    }
}
