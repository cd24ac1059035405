package dev.junction;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The root of every exception Junction throws. It is unchecked. The message names the connection and, where there
 * is one, the model; {@link #connection()}, {@link #model()} and {@link #sqlState()} give them to code that branches
 * on them, and the database's {@link SQLException}, when there was one, stays in the cause chain.
 */
public class JunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String connection;
    private final Class<?> model;
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public JunctionException(String message) {
        this(message, null, null, null, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link SQLException}
     */
    public JunctionException(String message, Throwable cause) {
        this(message, cause, null, null, null);
    }

    /**
     * Creates the exception with its context.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link SQLException}; may be null
     * @param connection the name of the connection concerned, or null
     * @param model the model concerned, or null
     * @param sqlState the SQLState the database reported, or null to take the first one found in the cause chain
     */
    public JunctionException(String message, Throwable cause, String connection, Class<?> model, String sqlState) {
        super(message, cause);
        this.connection = connection;
        this.model = model;
        this.sqlState = sqlState != null ? sqlState : sqlStateIn(cause);
    }

    private static String sqlStateIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof JunctionException junction && junction.sqlState != null) {
                return junction.sqlState;
            }
        }
        return null;
    }

    /** The name of the connection concerned, as given to {@link ConnectionManager#configure}, when there is one. */
    public Optional<String> connection() {
        return Optional.ofNullable(connection);
    }

    /** The model concerned, when there is one. */
    public Optional<Class<?>> model() {
        return Optional.ofNullable(model);
    }

    /**
     * The SQLState the database reported (for example {@code 23505} for a unique violation on PostgreSQL, or
     * {@code 08006} for a connection that broke), when the failure came from the database.
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
