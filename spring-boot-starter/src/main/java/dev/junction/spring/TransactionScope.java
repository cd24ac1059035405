package dev.junction.spring;

import java.util.HashMap;
import java.util.Map;

/**
 * What Spring knows of a Junction transaction that it runs on a connection of the current thread: whether a
 * participant marked it rollback-only. Junction keeps the transaction itself; this only carries Spring's
 * rollback-only mark from a participating method (propagation {@code REQUIRED} inside another) to the one that
 * began the transaction, which then rolls back. Scopes are bound to the thread and keyed by connection name, as
 * Junction's transactions are.
 */
final class TransactionScope {

    private static final ThreadLocal<Map<String, TransactionScope>> CURRENT = new ThreadLocal<>();

    private final String connection;
    private final boolean readOnly;
    private boolean rollbackOnly;

    private TransactionScope(String connection, boolean readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** The scope open on that connection in this thread, or null. */
    static TransactionScope current(String connection) {
        Map<String, TransactionScope> scopes = CURRENT.get();
        return scopes == null ? null : scopes.get(connection);
    }

    /** Opens a scope on that connection in this thread; {@link #close()} ends it. */
    static TransactionScope open(String connection, boolean readOnly) {
        Map<String, TransactionScope> scopes = CURRENT.get();
        if (scopes == null) {
            scopes = new HashMap<>();
            CURRENT.set(scopes);
        }
        TransactionScope scope = new TransactionScope(connection, readOnly);
        scopes.put(connection, scope);
        return scope;
    }

    /** Ends this scope, leaving no state behind in the thread when it was the last one. */
    void close() {
        Map<String, TransactionScope> scopes = CURRENT.get();
        if (scopes != null && scopes.get(connection) == this) {
            scopes.remove(connection);
            if (scopes.isEmpty()) {
                CURRENT.remove();
            }
        }
    }

    /** Whether the transaction is read-only. */
    boolean isReadOnly() {
        return readOnly;
    }

    /** Whether a participant marked the transaction rollback-only. */
    boolean isRollbackOnly() {
        return rollbackOnly;
    }

    /** Sets or clears the rollback-only mark (a rollback to a savepoint restores the mark from before it). */
    void setRollbackOnly(boolean rollbackOnly) {
        this.rollbackOnly = rollbackOnly;
    }
}
