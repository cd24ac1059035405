package dev.junction.examples.blog;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records every statement Junction sends while it is open, through
 * {@link ConnectionManager#addQueryListener(QueryListener)}, and sums them up per database.
 *
 * <pre>{@code
 * try (StatementCounter counter = StatementCounter.start()) {
 *     ...
 *     System.out.println(counter.summary());   // 2 statements: 1 on default, 1 on secondary
 * }
 * }</pre>
 */
public final class StatementCounter implements AutoCloseable {

    private final List<QueryEvent> events = new CopyOnWriteArrayList<>();
    private final QueryListener.Registration registration;

    private StatementCounter() {
        registration = ConnectionManager.addQueryListener(events::add);
    }

    /** Starts counting. */
    public static StatementCounter start() {
        return new StatementCounter();
    }

    /** The statements seen so far, in the order they completed. */
    public List<QueryEvent> events() {
        return List.copyOf(events);
    }

    /** For example {@code "2 statements: 1 on default, 1 on secondary"}, connections in alphabetical order. */
    public String summary() {
        Map<String, Long> perConnection = new TreeMap<>(
                events.stream().collect(Collectors.groupingBy(QueryEvent::connection, Collectors.counting())));
        String total = events.size() == 1 ? "1 statement" : events.size() + " statements";
        if (perConnection.isEmpty()) {
            return total;
        }
        return total + ": " + perConnection.entrySet().stream()
                .map(entry -> entry.getValue() + " on " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Stops counting. */
    @Override
    public void close() {
        registration.close();
    }
}
