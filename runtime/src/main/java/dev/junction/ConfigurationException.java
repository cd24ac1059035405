package dev.junction;

/**
 * A connection setting is missing or malformed. The message names the connection and the key, and the
 * configuration is left as it was before the call (nothing stays configured, no pool stays open).
 */
public class ConfigurationException extends JunctionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the underlying failure, usually a {@link java.sql.SQLException} or a jOOQ exception
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
