package dev.junction.it.support.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * Records every event logged through SLF4J while open, at every level from TRACE to ERROR, whatever the printed
 * level: open one, run the code, then inspect {@link #events()}. While any capture is open, every logger reports
 * every level as enabled, so the code under test takes its debug and trace paths too. Events of all threads are
 * recorded.
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start()) {
 *     ConnectionManager.configure(...);
 *     assertTrue(logs.events().stream().noneMatch(e -> e.text().contains(password)));
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

    private final List<LogEvent> events = new ArrayList<>();

    private LogCapture() {}

    /** Starts recording. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        OPEN.add(capture);
        return capture;
    }

    static boolean isCapturing() {
        return !OPEN.isEmpty();
    }

    static void record(LogEvent event) {
        for (LogCapture capture : OPEN) {
            capture.add(event);
        }
    }

    private synchronized void add(LogEvent event) {
        events.add(event);
    }

    /** Every event recorded so far, in order. */
    public synchronized List<LogEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one logger, or of the loggers under it ({@code "com.zaxxer.hikari"}), in order. */
    public synchronized List<LogEvent> events(String logger) {
        return events.stream()
                .filter(e -> e.logger().equals(logger) || e.logger().startsWith(logger + "."))
                .toList();
    }

    /** The events of that level, in order. */
    public synchronized List<LogEvent> events(Level level) {
        return events.stream().filter(e -> e.level() == level).toList();
    }

    /** The events whose text ({@link LogEvent#text()}, with the stack trace) contains {@code text}. */
    public synchronized List<LogEvent> containing(String text) {
        List<LogEvent> found = new ArrayList<>();
        for (LogEvent event : events) {
            if (event.text().contains(text)) {
                found.add(event);
            }
        }
        return found;
    }

    /** Stops recording; the events recorded stay readable. */
    @Override
    public void close() {
        OPEN.remove(this);
    }
}
