package dev.junction.internal;

import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import dev.junction.codegen.ModelType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a runtime reports about each statement it sends: the registered {@link QueryListener}s get one
 * {@link QueryEvent} per statement (a batch counts once), the SQL log, logger {@value #SQL_LOGGER}, gets one
 * DEBUG line per statement with the connection, the model, the elapsed time and the row count, plus the bound
 * values at TRACE, and the {@link QueryMetrics}, when a meter registry is set, measure it. Neither ever sees a password: the SQL text holds bind markers only, and connection URLs are not
 * logged here.
 */
final class Monitor {

    static final String SQL_LOGGER = "dev.junction.sql";

    private static final Logger SQL_LOG = LoggerFactory.getLogger(SQL_LOGGER);
    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();
    /** Where statements are measured; null when no meter registry is set. */
    private volatile QueryMetrics metrics;

    /** Measures every statement from now on into {@code metrics}, or stops measuring (null). */
    void measureInto(QueryMetrics metrics) {
        this.metrics = metrics;
    }

    /** Adds a listener; closing the result removes it again. */
    QueryListener.Registration add(QueryListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Forgets every listener and stops measuring. */
    void clear() {
        listeners.clear();
        metrics = null;
    }

    /**
     * Reports one statement that completed (or failed).
     *
     * @param connection the connection name
     * @param model the model concerned, or null
     * @param operation what the statement does
     * @param sql the SQL text with bind markers
     * @param nanos the time from sending it to its completion, its rows read
     * @param rows the rows read or written, or -1 when unknown or failed
     * @param values the bound values, asked only when TRACE is on
     */
    void statement(String connection, ModelType<?, ?> model, Operation operation, String sql, long nanos, long rows,
            Supplier<List<Object>> values) {
        executed(connection, sql, nanos);
        logged(connection, model, operation, sql, nanos, rows, values);
    }

    /**
     * Tells the listeners that a statement ran. A cursor reports here once its statement is executed, and to the log
     * and the metrics ({@link #logged}) when it is closed, with its rows.
     */
    void executed(String connection, String sql, long nanos) {
        if (!listeners.isEmpty()) {
            QueryEvent event = new QueryEvent(connection, sql, Duration.ofNanos(nanos));
            for (QueryListener listener : listeners) {
                try {
                    listener.onQuery(event);
                } catch (RuntimeException e) {
                    // A faulty listener must not fail the statement that already ran.
                    LOG.warn("Query listener {} failed on connection '{}'", listener, connection, e);
                }
            }
        }
    }

    /** Writes the SQL log's line of a statement that completed (or failed), and measures it. */
    void logged(String connection, ModelType<?, ?> model, Operation operation, String sql, long nanos, long rows,
            Supplier<List<Object>> values) {
        QueryMetrics measuring = metrics;
        if (measuring != null) {
            try {
                measuring.record(connection, model, operation, nanos);
            } catch (RuntimeException e) {
                LOG.warn("Recording the metrics of a statement on connection '{}' failed", connection, e);
            }
        }
        if (SQL_LOG.isDebugEnabled()) {
            log(connection, model, sql, nanos, rows, values);
        }
    }

    private static void log(String connection, ModelType<?, ?> model, String sql, long nanos, long rows,
            Supplier<List<Object>> values) {
        String subject = model == null ? "-" : model.modelClass().getSimpleName();
        String count = rows < 0 ? "?" : Long.toString(rows);
        String millis = String.format(java.util.Locale.ROOT, "%.3f", nanos / 1_000_000.0);
        if (SQL_LOG.isTraceEnabled()) {
            SQL_LOG.trace("[{}] {} {} ms, {} rows: {} -- binds {}", connection, subject, millis, count, sql,
                    values == null ? "[]" : values.get());
        } else {
            SQL_LOG.debug("[{}] {} {} ms, {} rows: {}", connection, subject, millis, count, sql);
        }
    }
}
