package dev.junction.it.support.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * Records every event logged through SLF4J while open, at every level from TRACE (or from the level it was started
 * with) to ERROR, whatever the printed level: open one, run the code, then inspect {@link #events()}. While a capture
 * is open, every logger reports its levels as enabled, so the code under test takes its debug and trace paths too.
 * Events of all threads are recorded.
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
    private final Level lowest;

    private LogCapture(Level lowest) {
        this.lowest = lowest;
    }

    /** Starts recording every level. */
    public static LogCapture start() {
        return start(Level.TRACE);
    }

    /**
     * Starts recording the events at {@code lowest} and above; while it is open, those levels are enabled in every
     * logger (so a capture from DEBUG shows what a DEBUG configuration logs, without the TRACE lines).
     */
    public static LogCapture start(Level lowest) {
        LogCapture capture = new LogCapture(lowest);
        OPEN.add(capture);
        return capture;
    }

    /** Whether an open capture records events of that level. */
    static boolean isCapturing(Level level) {
        for (LogCapture capture : OPEN) {
            if (level.toInt() >= capture.lowest.toInt()) {
                return true;
            }
        }
        return false;
    }

    static void record(LogEvent event) {
        for (LogCapture capture : OPEN) {
            if (event.level().toInt() >= capture.lowest.toInt()) {
                capture.add(event);
            }
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
