package dev.junction;

import java.time.Duration;
import java.util.Objects;

/**
 * One statement that Junction sent to a database.
 *
 * @param connection the name of the connection it was sent on, as given to {@link ConnectionManager#configure}
 * @param sql the SQL text with bind markers; values are bound, never part of the text
 * @param elapsed the time from sending the statement to its completion
 */
public record QueryEvent(String connection, String sql, Duration elapsed) {

    /** Checks that no component is null. */
    public QueryEvent {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
