package dev.junction.spring;

import dev.junction.ConnectionManager;
import dev.junction.TransactionOptions;
import dev.junction.TransactionOptions.Isolation;
import java.util.Objects;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.InvalidTimeoutException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSuspensionNotSupportedException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.CallbackPreferringPlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Spring's transaction manager for one Junction connection: {@code @Transactional("secondary")} and a
 * {@code TransactionTemplate} on it run their code in a Junction transaction on that connection
 * ({@code ConnectionManager.transaction}). The starter registers one per connection, named
 * {@code junctionTransactionManager.<connection>} and qualified with the connection's name.
 *
 * <p>It is a {@link CallbackPreferringPlatformTransactionManager}: Junction runs a transaction around a body, so
 * Spring hands it the code as a callback ({@link #execute}), as {@code TransactionInterceptor} and
 * {@code TransactionTemplate} do. {@link #getTransaction}, {@link #commit} and {@link #rollback} are not supported.
 *
 * <p>What a transaction definition means here:
 * <ul>
 *   <li>{@code REQUIRED} begins a Junction transaction on the connection, or joins the one this thread has open there
 *   (begun by Spring or by Junction's own {@code transaction(...)} calls). {@code SUPPORTS} and {@code MANDATORY}
 *   join too, and otherwise run without one or fail.</li>
 *   <li>{@code NESTED} inside an open transaction is a Junction nested transaction: a savepoint, rolled back alone
 *   when the method fails.</li>
 *   <li>{@code REQUIRES_NEW} and {@code NOT_SUPPORTED} need no transaction open on the connection, since Junction
 *   cannot suspend one; with one open they fail with {@link TransactionSuspensionNotSupportedException}. {@code NEVER}
 *   fails when one is open.</li>
 *   <li>The isolation level and read-only flag set the options of a transaction that begins
 *   ({@link TransactionOptions}); a method that joins or nests keeps those of the open transaction.</li>
 *   <li>A timeout is not supported and fails with {@link InvalidTimeoutException}.</li>
 *   <li>An exception that the method's rollback rules roll back for rolls back (a savepoint for {@code NESTED}) and
 *   propagates unchanged; {@code setRollbackOnly()} rolls back without an exception. A joining method that fails or
 *   marks its status rollback-only marks the whole transaction, whose beginner then rolls back and throws
 *   {@link UnexpectedRollbackException} if it did not fail itself, as with Spring's own transaction managers.</li>
 * </ul>
 *
 * <p>Spring's transaction synchronization ({@code @TransactionalEventListener}, {@code registerSynchronization}) is
 * active in a transaction this manager begins, unless the thread already has a synchronized transaction (then that
 * one's completion runs the callbacks). A failure of Junction at commit propagates as Junction's exception (such as
 * {@code DatabaseUnavailableException}).
 */
public class JunctionTransactionManager implements CallbackPreferringPlatformTransactionManager {

    /** The start of the bean name of each connection's transaction manager: {@code junctionTransactionManager.}. */
    public static final String BEAN_NAME_PREFIX = "junctionTransactionManager.";

    private final String connection;

    /**
     * Creates the transaction manager of a connection.
     *
     * @param connection the connection's name, as configured
     */
    public JunctionTransactionManager(String connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * The bean name of a connection's transaction manager, {@code junctionTransactionManager.<connection>}.
     *
     * @param connection the connection's name
     * @return the bean name
     */
    public static String beanName(String connection) {
        return BEAN_NAME_PREFIX + connection;
    }

    /** The name of the connection whose transactions this manager runs. */
    public String getConnection() {
        return connection;
    }

    /**
     * Runs the callback in a Junction transaction on this manager's connection, as the definition says.
     *
     * @param definition the propagation, isolation, read-only flag and name; null for the defaults
     * @param callback the transactional code
     * @return what the callback returned
     * @throws InvalidTimeoutException when the definition has a timeout
     * @throws TransactionSuspensionNotSupportedException for {@code REQUIRES_NEW} or {@code NOT_SUPPORTED} while a
     *     transaction is open on the connection
     * @throws IllegalTransactionStateException for {@code MANDATORY} without, or {@code NEVER} with, an open
     *     transaction
     * @throws UnexpectedRollbackException when a participant marked the transaction rollback-only
     */
    @Override
    public <T> T execute(TransactionDefinition definition, TransactionCallback<T> callback) {
        TransactionDefinition settings = definition != null ? definition : TransactionDefinition.withDefaults();
        if (settings.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) {
            throw new InvalidTimeoutException("A transaction on Junction connection '" + connection
                    + "' cannot have a timeout (" + settings.getTimeout() + " s was asked for " + describe(settings)
                    + "); Junction does not support transaction timeouts", settings.getTimeout());
        }
        boolean open = ConnectionManager.isTransactionOpen(connection);
        switch (settings.getPropagationBehavior()) {
            case TransactionDefinition.PROPAGATION_REQUIRED:
                return open ? participate(settings, callback) : begin(settings, callback);
            case TransactionDefinition.PROPAGATION_SUPPORTS:
                return open ? participate(settings, callback) : runWithout(settings, callback);
            case TransactionDefinition.PROPAGATION_MANDATORY:
                if (!open) {
                    throw new IllegalTransactionStateException("No Junction transaction is open on connection '"
                            + connection + "' for " + describe(settings) + ", whose propagation is MANDATORY");
                }
                return participate(settings, callback);
            case TransactionDefinition.PROPAGATION_REQUIRES_NEW:
                if (open) {
                    throw cannotSuspend(settings, "REQUIRES_NEW");
                }
                return begin(settings, callback);
            case TransactionDefinition.PROPAGATION_NOT_SUPPORTED:
                if (open) {
                    throw cannotSuspend(settings, "NOT_SUPPORTED");
                }
                return runWithout(settings, callback);
            case TransactionDefinition.PROPAGATION_NEVER:
                if (open) {
                    throw new IllegalTransactionStateException("A Junction transaction is open on connection '"
                            + connection + "', but the propagation of " + describe(settings) + " is NEVER");
                }
                return runWithout(settings, callback);
            case TransactionDefinition.PROPAGATION_NESTED:
                return open ? nest(settings, callback) : begin(settings, callback);
            default:
                throw new IllegalTransactionStateException("Unknown propagation " + settings.getPropagationBehavior()
                        + " for " + describe(settings) + " on Junction connection '" + connection + "'");
        }
    }

    /** Not supported: Junction runs transactions around a body only; use {@link #execute}. */
    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        throw callbacksOnly();
    }

    /** Not supported: Junction runs transactions around a body only; use {@link #execute}. */
    @Override
    public void commit(TransactionStatus status) {
        throw callbacksOnly();
    }

    /** Not supported: Junction runs transactions around a body only; use {@link #execute}. */
    @Override
    public void rollback(TransactionStatus status) {
        throw callbacksOnly();
    }

    @Override
    public String toString() {
        return "JunctionTransactionManager[" + connection + "]";
    }

    private <T> T begin(TransactionDefinition definition, TransactionCallback<T> callback) {
        TransactionOptions options = options(definition);
        TransactionScope scope = TransactionScope.open(connection, definition.isReadOnly());
        JunctionTransactionStatus status = new JunctionTransactionStatus(
                definition.getName(), JunctionTransactionStatus.Kind.NEW, definition.isReadOnly(), scope);
        SpringSynchronization synchronization = SpringSynchronization.beginIfInactive(definition);
        Outcome<T> outcome = new Outcome<>();
        try {
            T result;
            try {
                result = ConnectionManager.transaction(connection, options, () -> {
                    T value = callback.doInTransaction(status);
                    if (status.isRollbackOnly()) {
                        outcome.value = value;
                        throw new RollbackRequest();
                    }
                    if (synchronization != null) {
                        synchronization.beforeCommit();
                    }
                    outcome.committing = true;
                    return value;
                });
            } catch (RollbackRequest request) {
                if (synchronization != null) {
                    synchronization.afterFailure(TransactionSynchronization.STATUS_ROLLED_BACK);
                }
                if (!status.isLocalRollbackOnly()) {
                    throw unexpectedRollback(definition);
                }
                return outcome.value;
            } catch (RuntimeException | Error failure) {
                if (synchronization != null) {
                    synchronization.afterFailure(outcome.committing
                            ? TransactionSynchronization.STATUS_UNKNOWN : TransactionSynchronization.STATUS_ROLLED_BACK);
                }
                throw failure;
            }
            if (synchronization != null) {
                synchronization.afterCommit();
            }
            return result;
        } finally {
            scope.close();
            if (synchronization != null) {
                synchronization.end();
            }
        }
    }

    private <T> T nest(TransactionDefinition definition, TransactionCallback<T> callback) {
        TransactionScope outer = TransactionScope.current(connection);
        TransactionScope scope = outer != null ? outer : TransactionScope.open(connection, definition.isReadOnly());
        boolean markedBefore = scope.isRollbackOnly();
        scope.setRollbackOnly(false);
        JunctionTransactionStatus status = new JunctionTransactionStatus(
                definition.getName(), JunctionTransactionStatus.Kind.NESTED, scope.isReadOnly(), scope);
        Outcome<T> outcome = new Outcome<>();
        try {
            // A savepoint keeps the options of the transaction it is in.
            return ConnectionManager.transaction(connection, TransactionOptions.defaults(), () -> {
                T value = callback.doInTransaction(status);
                if (status.isRollbackOnly()) {
                    outcome.value = value;
                    throw new RollbackRequest();
                }
                return value;
            });
        } catch (RollbackRequest request) {
            if (!status.isLocalRollbackOnly()) {
                throw unexpectedRollback(definition);
            }
            return outcome.value;
        } finally {
            // Rolling back to the savepoint undid what marked the transaction inside it, and nothing else.
            scope.setRollbackOnly(markedBefore);
            if (outer == null) {
                scope.close();
            }
        }
    }

    private <T> T participate(TransactionDefinition definition, TransactionCallback<T> callback) {
        TransactionScope scope = TransactionScope.current(connection);
        JunctionTransactionStatus status = new JunctionTransactionStatus(definition.getName(),
                JunctionTransactionStatus.Kind.PARTICIPATING,
                scope != null ? scope.isReadOnly() : definition.isReadOnly(), scope);
        T value;
        try {
            value = callback.doInTransaction(status);
        } catch (RuntimeException | Error failure) {
            if (scope != null) {
                scope.setRollbackOnly(true);
            }
            throw failure;
        }
        if (status.isLocalRollbackOnly()) {
            if (scope == null) {
                throw new UnexpectedRollbackException(describe(definition) + " marked the transaction on Junction"
                        + " connection '" + connection + "' rollback-only, but that transaction was not begun through"
                        + " Spring and cannot be marked; this exception rolls it back unless caught");
            }
            scope.setRollbackOnly(true);
        }
        return value;
    }

    private <T> T runWithout(TransactionDefinition definition, TransactionCallback<T> callback) {
        return callback.doInTransaction(new JunctionTransactionStatus(
                definition.getName(), JunctionTransactionStatus.Kind.NONE, definition.isReadOnly(), null));
    }

    private TransactionOptions options(TransactionDefinition definition) {
        TransactionOptions options = TransactionOptions.defaults().isolation(isolation(definition));
        return definition.isReadOnly() ? options.readOnly() : options;
    }

    private Isolation isolation(TransactionDefinition definition) {
        switch (definition.getIsolationLevel()) {
            case TransactionDefinition.ISOLATION_DEFAULT:
                return Isolation.DEFAULT;
            case TransactionDefinition.ISOLATION_READ_UNCOMMITTED:
                return Isolation.READ_UNCOMMITTED;
            case TransactionDefinition.ISOLATION_READ_COMMITTED:
                return Isolation.READ_COMMITTED;
            case TransactionDefinition.ISOLATION_REPEATABLE_READ:
                return Isolation.REPEATABLE_READ;
            case TransactionDefinition.ISOLATION_SERIALIZABLE:
                return Isolation.SERIALIZABLE;
            default:
                throw new InvalidIsolationLevelException("Unknown isolation level " + definition.getIsolationLevel()
                        + " for " + describe(definition) + " on Junction connection '" + connection + "'");
        }
    }

    private TransactionSuspensionNotSupportedException cannotSuspend(TransactionDefinition definition,
            String propagation) {
        return new TransactionSuspensionNotSupportedException("A Junction transaction is open on connection '"
                + connection + "', and the propagation of " + describe(definition) + " is " + propagation
                + ", which would suspend it; Junction cannot suspend a transaction (one per connection and thread):"
                + " use REQUIRED to join it or NESTED for a savepoint");
    }

    private UnexpectedRollbackException unexpectedRollback(TransactionDefinition definition) {
        return new UnexpectedRollbackException("The transaction of " + describe(definition) + " on Junction connection '"
                + connection + "' rolled back because a method taking part in it marked it rollback-only");
    }

    private UnsupportedOperationException callbacksOnly() {
        return new UnsupportedOperationException("The transaction manager of Junction connection '" + connection
                + "' runs transactions through execute(definition, callback) only, as @Transactional and"
                + " TransactionTemplate do: Junction runs a transaction around a body and has no separate begin and"
                + " commit");
    }

    private static String describe(TransactionDefinition definition) {
        String name = definition.getName();
        return name == null || name.isEmpty() ? "the transaction" : "'" + name + "'";
    }

    /** What the callback returned, kept across the rollback that a rollback-only status asks for. */
    private static final class Outcome<T> {
        T value;
        boolean committing;
    }

    /** Thrown out of Junction's transaction body to roll it back when the status is rollback-only. */
    private static final class RollbackRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RollbackRequest() {
            super("rollback-only", null, false, false);
        }
    }
}
