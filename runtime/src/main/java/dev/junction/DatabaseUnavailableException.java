package dev.junction;

/**
 * A configured database could not be reached, or a connection to it broke: the pool could not open a connection,
 * or the connection failed at the start of a transaction, during a statement, while a stream was read, at commit or
 * at rollback. The message names the connection; the broken connection was evicted from its pool, never returned
 * to it. When it broke inside a transaction, that transaction did not commit.
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
     * @param cause the underlying failure, usually a {@link java.sql.SQLException}
     */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception with its context.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure; may be null
     * @param connection the name of the connection concerned, or null
     * @param model the model concerned, or null
     * @param sqlState the SQLState the database reported, or null to take the one in the cause chain
     */
    public DatabaseUnavailableException(String message, Throwable cause, String connection, Class<?> model, String sqlState) {
        super(message, cause, connection, model, sqlState);
    }
}
