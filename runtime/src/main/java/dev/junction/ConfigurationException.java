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
     * @param cause the underlying failure, usually a {@link java.sql.SQLException}
     */
    public ConfigurationException(String message, Throwable cause) {
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
    public ConfigurationException(String message, Throwable cause, String connection, Class<?> model, String sqlState) {
        super(message, cause, connection, model, sqlState);
    }
}
