package dev.junction;

/**
 * A relation between models points at a row that does not exist in the other database.
 * The message names both models, the key and the connections.
 */
public class ReferentialIntegrityException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public ReferentialIntegrityException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public ReferentialIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
