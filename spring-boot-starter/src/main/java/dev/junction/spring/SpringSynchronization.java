package dev.junction.spring;

import java.util.List;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * Spring's transaction synchronization around a Junction transaction that a {@link JunctionTransactionManager}
 * began: while it runs, {@code TransactionSynchronizationManager} reports an active transaction (with its name,
 * read-only flag and isolation) and accepts synchronizations, whose callbacks run at the commit or rollback, so that
 * {@code @TransactionalEventListener} and {@code registerSynchronization} work. Only when no other transaction of the
 * thread synchronizes already: then that one's completion runs the callbacks.
 */
final class SpringSynchronization {

    private final boolean readOnly;
    private boolean beforeCompletionDone;

    private SpringSynchronization(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Begins synchronization for a new transaction, or returns null when the thread already synchronizes. */
    static SpringSynchronization beginIfInactive(TransactionDefinition definition) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionName(definition.getName());
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(definition.isReadOnly());
        TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(
                definition.getIsolationLevel() == TransactionDefinition.ISOLATION_DEFAULT
                        ? null : definition.getIsolationLevel());
        return new SpringSynchronization(definition.isReadOnly());
    }

    /** Runs the before-commit and before-completion callbacks, inside the transaction, just before it commits. */
    void beforeCommit() {
        TransactionSynchronizationUtils.triggerBeforeCommit(readOnly);
        beforeCompletionDone = true;
        TransactionSynchronizationUtils.triggerBeforeCompletion();
    }

    /** Runs the after-commit and after-completion callbacks once the transaction committed. */
    void afterCommit() {
        try {
            TransactionSynchronizationUtils.triggerAfterCommit();
        } finally {
            complete(TransactionSynchronization.STATUS_COMMITTED);
        }
    }

    /**
     * Runs the after-completion callbacks once the transaction ended without a commit.
     *
     * @param status {@code STATUS_ROLLED_BACK}, or {@code STATUS_UNKNOWN} when the commit itself failed
     */
    void afterFailure(int status) {
        if (!beforeCompletionDone) {
            beforeCompletionDone = true;
            TransactionSynchronizationUtils.triggerBeforeCompletion();
        }
        complete(status);
    }

    private void complete(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
    }

    /** Clears the thread's synchronization state, whatever happened. */
    void end() {
        TransactionSynchronizationManager.clear();
    }
}
