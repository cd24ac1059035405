package dev.junction.it.relations;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records the statements each connection receives while it is open. */
final class Statements implements AutoCloseable {

    private final List<QueryEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();
    private final QueryListener.Registration registration;

    private Statements() {
        registration = ConnectionManager.addQueryListener(this::record);
    }

    static Statements record() {
        return new Statements();
    }

    private synchronized void record(QueryEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
    }

    synchronized int on(String connection) {
        return (int) events.stream().filter(e -> e.connection().equals(connection)).count();
    }

    synchronized int total() {
        return events.size();
    }

    /** Statements per connection, e.g. {default=1, secondary=1}. */
    synchronized Map<String, Integer> perConnection() {
        Map<String, Integer> counts = new TreeMap<>();
        for (QueryEvent event : events) {
            counts.merge(event.connection(), 1, Integer::sum);
        }
        return counts;
    }

    synchronized List<String> sql(String connection) {
        return events.stream().filter(e -> e.connection().equals(connection)).map(QueryEvent::sql).toList();
    }

    synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    synchronized void clear() {
        events.clear();
        threads.clear();
    }

    @Override
    public void close() {
        registration.close();
    }
}
