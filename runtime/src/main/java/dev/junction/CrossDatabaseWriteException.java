package dev.junction;

/**
 * A write on one connection was attempted while a transaction was open only on another connection, under
 * {@link CrossDatabaseWritePolicy#FAIL}. It is thrown before the write is sent, so the enclosing transaction
 * rolls back and nothing is written.
 */
public class CrossDatabaseWriteException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public CrossDatabaseWriteException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException}
     */
    public CrossDatabaseWriteException(String message, Throwable cause) {
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
    public CrossDatabaseWriteException(String message, Throwable cause, String connection, Class<?> model, String sqlState) {
        super(message, cause, connection, model, sqlState);
    }
}
