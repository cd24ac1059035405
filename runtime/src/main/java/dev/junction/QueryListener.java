package dev.junction;

/**
 * Receives one {@link QueryEvent} per statement sent to a database (a JDBC batch counts once).
 *
 * <p>Listeners are called on the thread that ran the statement, after it completed, so they must be quick and
 * thread-safe. Register one with {@link ConnectionManager#addQueryListener(QueryListener)}; tests use them to
 * count round trips per database.
 */
@FunctionalInterface
public interface QueryListener {

    /**
     * Called after a statement was executed.
     *
     * @param event the connection name, the SQL and the time it took
     */
    void onQuery(QueryEvent event);

    /** The handle returned by {@link ConnectionManager#addQueryListener(QueryListener)}. */
    interface Registration extends AutoCloseable {

        /** Removes the listener; closing twice does nothing. */
        @Override
        void close();
    }
}
