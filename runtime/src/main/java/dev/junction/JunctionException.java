package dev.junction;

/**
 * The root of every exception Junction throws. It is unchecked; the message names the connection and, where
 * there is one, the model, and the cause is kept.
 */
public class JunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public JunctionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public JunctionException(String message, Throwable cause) {
        super(message, cause);
    }
}
