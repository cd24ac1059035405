package dev.junction;

/**
 * The database refused a write because it breaks an integrity constraint: SQLState class {@code 23} (not null,
 * unique, primary key, foreign key or check). Nothing of the write stays behind.
 *
 * <pre>{@code
 * try {
 *     UserQueries.insert(new User("alice", "taken@example.com"));
 * } catch (ConstraintViolationException e) {
 *     // e.connection() is "default", e.model() is User.class, e.sqlState() is "23505" on PostgreSQL
 * }
 * }</pre>
 */
public class ConstraintViolationException extends QueryFailedException {

    private static final long serialVersionUID = 1L;

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
    public ConstraintViolationException(
            String message, Throwable cause, String connection, Class<?> model, String sqlState, String sql) {
        super(message, cause, connection, model, sqlState, sql);
    }
}
