package dev.junction;

/**
 * A write needed a row that does not exist, for example {@code update} of a model whose id matches no row.
 * The message names the model, the id and the connection.
 */
public class RecordNotFoundException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public RecordNotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public RecordNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
