package dev.junction.it.support;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import java.util.ArrayList;
import java.util.List;

/** Records every statement Junction sends, through {@link ConnectionManager#addQueryListener}, until closed. */
public final class StatementLog implements AutoCloseable {

    private final List<QueryEvent> events = new ArrayList<>();
    private final QueryListener.Registration registration;

    private StatementLog() {
        registration = ConnectionManager.addQueryListener(this::record);
    }

    /** Starts recording. */
    public static StatementLog start() {
        return new StatementLog();
    }

    private synchronized void record(QueryEvent event) {
        events.add(event);
    }

    /** The statements recorded so far, in order. */
    public synchronized List<QueryEvent> events() {
        return List.copyOf(events);
    }

    /** The SQL text of every statement recorded so far. */
    public synchronized List<String> sql() {
        return events.stream().map(QueryEvent::sql).toList();
    }

    /** How many statements were sent on any connection. */
    public synchronized int count() {
        return events.size();
    }

    /** How many statements were sent on that connection. */
    public synchronized int count(String connection) {
        return (int) events.stream().filter(event -> event.connection().equals(connection)).count();
    }

    /** Forgets what was recorded so far. */
    public synchronized void clear() {
        events.clear();
    }

    /** Stops recording. */
    @Override
    public void close() {
        registration.close();
    }
}
