package dev.junction.internal;

import dev.junction.ConstraintViolationException;
import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.QueryFailedException;
import dev.junction.codegen.ModelType;
import java.sql.SQLException;

/**
 * Turns the database's {@link SQLException}s into Junction's typed exceptions, the way Spring's SQLState translator
 * does: a connection that broke (see {@link Dialect#isBrokenConnection}) becomes
 * {@link DatabaseUnavailableException}, integrity violations (SQLState class {@code 23}) become
 * {@link ConstraintViolationException}, and every other refusal {@link QueryFailedException}. Each names the
 * connection and the model, keeps the SQLState, and keeps the {@code SQLException} as its cause.
 */
final class Failures {

    private Failures() {}

    /**
     * The exception for a statement that failed.
     *
     * @param database the connection it ran on
     * @param model the model concerned, or null
     * @param sql the SQL text, without bind values
     * @param failure what the driver threw
     * @param broken whether the connection broke (then it is being evicted)
     */
    static JunctionException statement(Database database, ModelType<?, ?> model, String sql, SQLException failure,
            boolean broken) {
        String connection = database.name();
        Class<?> modelClass = model == null ? null : model.modelClass();
        String subject = model == null ? "" : " for " + model.modelName();
        if (broken) {
            return new DatabaseUnavailableException("Connection '" + connection + "' broke while running a statement"
                    + subject + ": " + failure.getMessage() + " (the connection was evicted from its pool)", failure,
                    connection, modelClass, null);
        }
        String state = failure.getSQLState();
        String message = "Connection '" + connection + "' refused a statement" + subject
                + (state == null ? "" : " (SQLState " + state + ")") + ": " + failure.getMessage();
        if (state != null && state.startsWith("23")) {
            return new ConstraintViolationException(message, failure, connection, modelClass, state, sql);
        }
        return new QueryFailedException(message, failure, connection, modelClass, state, sql);
    }

    /**
     * The exception for a failure that is not a statement's: beginning, committing or rolling back a transaction,
     * setting a savepoint, preparing a cursor.
     *
     * @param database the connection
     * @param action what was being done, such as "at commit"
     * @param failure what the driver threw
     * @param broken whether the connection broke
     */
    static JunctionException connection(Database database, String action, SQLException failure, boolean broken) {
        String connection = database.name();
        if (broken) {
            return new DatabaseUnavailableException("Connection '" + connection + "' broke " + action + ": "
                    + failure.getMessage() + " (the connection was evicted from its pool)", failure, connection, null,
                    null);
        }
        String state = failure.getSQLState();
        String message = "Connection '" + connection + "' failed " + action
                + (state == null ? "" : " (SQLState " + state + ")") + ": " + failure.getMessage();
        if (state != null && state.startsWith("23")) {
            return new ConstraintViolationException(message, failure, connection, null, state, null);
        }
        return new JunctionException(message, failure, connection, null, state);
    }
}
