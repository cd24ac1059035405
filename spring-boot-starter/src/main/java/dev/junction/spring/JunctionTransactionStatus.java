package dev.junction.spring;

import org.springframework.transaction.support.AbstractTransactionStatus;

/**
 * The {@code TransactionStatus} that a {@link JunctionTransactionManager} hands to the transactional code. Savepoints
 * are Junction's nested transactions (propagation {@code NESTED}), so the status offers no savepoint calls of its own.
 */
final class JunctionTransactionStatus extends AbstractTransactionStatus {

    /** How the code runs with respect to Junction's transaction on the connection. */
    enum Kind {
        /** Began the transaction, and commits or rolls it back. */
        NEW,
        /** Runs in a savepoint of the open transaction. */
        NESTED,
        /** Takes part in the open transaction, begun by someone else. */
        PARTICIPATING,
        /** Runs without a transaction (propagation {@code SUPPORTS}, {@code NOT_SUPPORTED} or {@code NEVER}). */
        NONE
    }

    private final String name;
    private final Kind kind;
    private final boolean readOnly;
    private final TransactionScope scope;

    /**
     * @param name the transaction's name, for example the method's
     * @param kind how the code runs
     * @param readOnly whether the transaction is read-only
     * @param scope Spring's state of the open transaction, or null when Spring did not begin it (or there is none)
     */
    JunctionTransactionStatus(String name, Kind kind, boolean readOnly, TransactionScope scope) {
        this.name = name == null ? "" : name;
        this.kind = kind;
        this.readOnly = readOnly;
        this.scope = scope;
    }

    @Override
    public String getTransactionName() {
        return name;
    }

    @Override
    public boolean hasTransaction() {
        return kind != Kind.NONE;
    }

    @Override
    public boolean isNewTransaction() {
        return kind == Kind.NEW;
    }

    @Override
    public boolean isNested() {
        return kind == Kind.NESTED;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether a participant marked the whole transaction rollback-only. */
    @Override
    public boolean isGlobalRollbackOnly() {
        return scope != null && scope.isRollbackOnly();
    }
}
