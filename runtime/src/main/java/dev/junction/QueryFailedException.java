package dev.junction;

/**
 * The database refused a statement: a value it cannot store (too long, out of range, not a valid date), a syntax or
 * permission error, a deadlock, a missing table. The connection itself is fine. The message names the connection,
 * the model where there is one, and the SQLState; {@link #sql()} gives the statement without its bind values, and
 * the database's {@link java.sql.SQLException} is the cause.
 *
 * <p>A write that fails this way wrote nothing: a write of several statements (an {@code insertAll} of many rows)
 * is undone as a whole, inside a caller's transaction too (to a savepoint).
 */
public class QueryFailedException extends JunctionException {

    private static final long serialVersionUID = 1L;

    private final String sql;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the connection and, where there is one, the model
     * @param cause the database's exception
     * @param connection the name of the connection the statement was sent on
     * @param model the model concerned, or null
     * @param sqlState the SQLState, or null to take the one in the cause chain
     * @param sql the statement's SQL text with bind markers, never with bind values
     */
    public QueryFailedException(
            String message, Throwable cause, String connection, Class<?> model, String sqlState, String sql) {
        super(message, cause, connection, model, sqlState);
        this.sql = sql;
    }

    /** The SQL text of the refused statement, with bind markers ({@code ?}) where values were bound. */
    public String sql() {
        return sql;
    }
}
