package dev.junction;

/**
 * A connection name was used that is not configured, or a model in the registry names a connection that
 * {@link ConnectionManager#configure(java.util.Map)} was not given. The message lists the configured names.
 */
public class UnknownConnectionException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public UnknownConnectionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public UnknownConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
