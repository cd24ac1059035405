package dev.junction.internal;

import dev.junction.CrossDatabaseWriteException;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.TransactionFunction;
import dev.junction.TransactionOptions;
import dev.junction.codegen.ModelType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A runtime's transactions: bound to the current thread and keyed by connection name, so each connection has at
 * most one open transaction per thread, independent of the others. A nested call on the same connection is a
 * savepoint. Work registered with {@link #afterCommit} runs after the outermost commit of its connection, never
 * after a rollback.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final JunctionRuntime runtime;
    /** This thread's open transactions; absent (not empty) when there are none, so no thread keeps a map. */
    private final ThreadLocal<Map<String, Transaction>> open = new ThreadLocal<>();
    private volatile CrossDatabaseWritePolicy policy = CrossDatabaseWritePolicy.WARN;

    Transactions(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    void setPolicy(CrossDatabaseWritePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    CrossDatabaseWritePolicy policy() {
        return policy;
    }

    /** This thread's open transaction on that connection, or null. */
    Transaction current(String connection) {
        Map<String, Transaction> all = open.get();
        return all == null ? null : all.get(connection);
    }

    /** Whether this thread has a transaction open on that connection. */
    boolean isOpen(String connection) {
        return current(connection) != null;
    }

    /**
     * Runs the body in a transaction on that connection: a new one, or a savepoint inside the open one. An unchecked
     * exception or error propagates unchanged after the rollback; a checked one is wrapped.
     */
    <T> T run(String connection, TransactionOptions options, TransactionFunction<T> body) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(body, "body");
        Transaction current = current(connection);
        if (current == null) {
            return runOutermost(runtime.database(connection), options, body);
        }
        checkNestedOptions(current, options);
        return runNested(current, body);
    }

    private static void checkNestedOptions(Transaction outer, TransactionOptions options) {
        boolean isolationDiffers = options.isolation() != TransactionOptions.Isolation.DEFAULT
                && options.isolation() != outer.options.isolation();
        boolean readWriteInReadOnly = outer.options.isReadOnly() && !options.isReadOnly()
                && !options.equals(TransactionOptions.defaults());
        boolean readOnlyInReadWrite = options.isReadOnly() && !outer.options.isReadOnly();
        if (isolationDiffers || readWriteInReadOnly || readOnlyInReadWrite) {
            throw new JunctionException("A transaction with " + options + " cannot be nested in the transaction open on"
                    + " connection '" + outer.database.name() + "' with " + outer.options
                    + ": a nested transaction is a savepoint and keeps the outer options", null,
                    outer.database.name(), null, null);
        }
    }

    private <T> T runOutermost(Database database, TransactionOptions options, TransactionFunction<T> body) {
        Connection connection = database.borrow();
        Transaction transaction = new Transaction(database, connection, options);
        try {
            if (options.isolation() != TransactionOptions.Isolation.DEFAULT) {
                connection.setTransactionIsolation(options.isolation().jdbcLevel());
            }
            if (options.isReadOnly()) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            boolean broken = database.dialect.isBrokenConnection(e);
            database.giveBack(connection, broken);
            throw Failures.connection(database, "at the start of a transaction with " + options, e, broken);
        }
        Map<String, Transaction> all = open.get();
        if (all == null) {
            all = new LinkedHashMap<>();
            open.set(all);
        }
        all.put(database.name(), transaction);
        try {
            T result;
            try {
                result = body.run();
            } catch (Throwable failure) {
                rollback(transaction, failure);
                throw propagate(database.name(), failure);
            }
            if (transaction.isBroken()) {
                // The body caught the failure of a statement whose connection broke: there is nothing to commit.
                DatabaseUnavailableException lost = new DatabaseUnavailableException("Connection '" + database.name()
                        + "' broke during the transaction, which therefore did not commit (the body went on after a"
                        + " statement failed with DatabaseUnavailableException)", null, database.name(), null, null);
                rollback(transaction, lost);
                throw lost;
            }
            commit(transaction);
            runHooks(transaction);
            return result;
        } finally {
            all.remove(database.name());
            if (all.isEmpty()) {
                open.remove();
            }
            database.giveBack(connection, transaction.isBroken());
        }
    }

    private static void commit(Transaction transaction) {
        try {
            transaction.connection.commit();
        } catch (SQLException e) {
            Database database = transaction.database;
            boolean broken = database.dialect.isBrokenConnection(e);
            if (broken) {
                transaction.markBroken();
                throw Failures.connection(database, "at commit; the database did not confirm the commit, and a"
                        + " server rolls back a transaction whose connection is lost before its commit arrives", e,
                        true);
            }
            try {
                transaction.connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw Failures.connection(database, "at commit, and the transaction was rolled back", e, false);
        }
    }

    private static <T> T runNested(Transaction transaction, TransactionFunction<T> body) {
        Savepoint savepoint = savepoint(transaction);
        int hooks = transaction.hookCount();
        T result;
        try {
            result = body.run();
        } catch (Throwable failure) {
            rollbackTo(transaction, savepoint, failure);
            transaction.dropHooksAfter(hooks);
            throw propagate(transaction.database.name(), failure);
        }
        release(transaction, savepoint);
        return result;
    }

    private static Savepoint savepoint(Transaction transaction) {
        try {
            return transaction.connection.setSavepoint();
        } catch (SQLException e) {
            boolean broken = transaction.database.dialect.isBrokenConnection(e);
            if (broken) {
                transaction.markBroken();
            }
            throw Failures.connection(transaction.database, "setting a savepoint", e, broken);
        }
    }

    private static void rollbackTo(Transaction transaction, Savepoint savepoint, Throwable failure) {
        try {
            transaction.connection.rollback(savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(rollbackFailure(transaction, "rolling back to a savepoint", e));
        }
    }

    /** The rollback failure to attach to the failure that caused the rollback, marking a broken connection. */
    private static RuntimeException rollbackFailure(Transaction transaction, String action, SQLException e) {
        boolean broken = transaction.database.dialect.isBrokenConnection(e);
        if (broken) {
            transaction.markBroken();
        }
        return Failures.connection(transaction.database, action, e, broken);
    }

    private static void release(Transaction transaction, Savepoint savepoint) {
        try {
            transaction.connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // Some drivers release savepoints implicitly; the transaction itself is unaffected.
            LOG.debug("Connection '{}': could not release a savepoint", transaction.database.name(), e);
        }
    }

    private static void rollback(Transaction transaction, Throwable failure) {
        try {
            transaction.connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(rollbackFailure(transaction, "at rollback", e));
        }
    }

    private static RuntimeException propagate(String connection, Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new JunctionException("Transaction on connection '" + connection + "' rolled back: " + failure,
                failure, connection, null, null);
    }

    private static void runHooks(Transaction transaction) {
        for (Runnable hook : transaction.hooks()) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                // The transaction committed; a failing hook must not make it look as if it had not.
                LOG.warn("An after-commit hook on connection '{}' failed", transaction.database.name(), e);
            }
        }
    }

    /**
     * Runs {@code hook} after this thread's open transaction on {@code connection} commits, or at once when there is
     * none (a write outside a transaction commits as it runs). A hook registered inside a savepoint that rolls back
     * is dropped; so are all hooks of a transaction that rolls back.
     */
    void afterCommit(String connection, Runnable hook) {
        Transaction transaction = current(connection);
        if (transaction == null) {
            hook.run();
        } else {
            transaction.afterCommit(hook);
        }
    }

    /**
     * Runs writes that take several statements all or nothing: in a savepoint of this thread's open transaction on
     * the database, or else in a transaction of their own.
     */
    <T> T atomically(Database database, Supplier<T> writes) {
        Transaction transaction = current(database.name());
        if (transaction == null) {
            return runOutermost(database, TransactionOptions.defaults(), writes::get);
        }
        return runNested(transaction, writes::get);
    }

    /**
     * Applies the cross-database write policy before a write of a model on its connection: the write is outside
     * every open transaction when this thread has transactions open on other connections only.
     */
    void beforeWrite(ModelType<?, ?> type) {
        Map<String, Transaction> all = open.get();
        String connection = type.connection();
        String model = type.modelName();
        if (all == null || all.isEmpty() || all.containsKey(connection)) {
            return;
        }
        CrossDatabaseWritePolicy current = policy;
        if (current == CrossDatabaseWritePolicy.ALLOW) {
            return;
        }
        String openOn = String.join(", ", all.keySet());
        String message = "Write of " + model + " on connection '" + connection
                + "' is outside the transaction open on connection '" + openOn
                + "': it commits on its own and is not rolled back with that transaction";
        if (current == CrossDatabaseWritePolicy.FAIL) {
            throw new CrossDatabaseWriteException(message + " (policy FAIL)", null, connection, type.modelClass(),
                    null);
        }
        boolean first = false;
        for (Transaction transaction : all.values()) {
            first |= transaction.warned.add(connection + "\u0000" + model);
        }
        if (first) {
            LOG.warn("{} (policy WARN; logged once per transaction)", message);
        }
    }
}
