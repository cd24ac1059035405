package dev.junction.it.support;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records every statement Junction sends, through {@link ConnectionManager#addQueryListener}, until closed. */
public final class StatementLog implements AutoCloseable {

    private final List<QueryEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();
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
        threads.add(Thread.currentThread().getName());
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

    /** Statements per connection name, for example {@code {default=1, secondary=1}}. */
    public synchronized Map<String, Integer> perConnection() {
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach(event -> counts.merge(event.connection(), 1, Integer::sum));
        return counts;
    }

    /** The SQL text of the statements sent on that connection. */
    public synchronized List<String> sql(String connection) {
        return events.stream().filter(event -> event.connection().equals(connection)).map(QueryEvent::sql).toList();
    }

    /** The names of the threads that sent each statement, in order. */
    public synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    /** Forgets what was recorded so far. */
    public synchronized void clear() {
        events.clear();
        threads.clear();
    }

    /** Stops recording. */
    @Override
    public void close() {
        registration.close();
    }
}
