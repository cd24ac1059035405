package dev.junction;

/**
 * A configured database could not be reached: the pool could not open a connection, or the server went away.
 * The message names the connection.
 */
public class DatabaseUnavailableException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public DatabaseUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
