package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered {@link QueryListener}s, and the jOOQ {@link ExecuteListener} that feeds them one event per
 * statement (a batch counts once).
 */
public final class QueryEvents {

    private static final Logger LOG = LoggerFactory.getLogger(QueryEvents.class);
    private static final List<QueryListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final String STARTED = "junction.started";

    private QueryEvents() {}

    /** Adds a listener; closing the result removes it again. */
    public static QueryListener.Registration add(QueryListener listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    static ExecuteListener executeListener(String connection) {
        return new ExecuteListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public void executeStart(ExecuteContext ctx) {
                ctx.data(STARTED, System.nanoTime());
            }

            @Override
            public void exception(ExecuteContext ctx) {
                SQLException cause = ctx.sqlException();
                // A pool that hands out no connection is reported by Database's connection provider already; this is
                // a connection that broke while in use (SQLState class 08, "connection exception").
                if (cause != null && cause.getSQLState() != null && cause.getSQLState().startsWith("08")) {
                    ctx.exception(new DatabaseUnavailableException("Connection '" + connection + "' is unavailable: "
                            + cause.getMessage(), ctx.exception()));
                }
            }

            @Override
            public void executeEnd(ExecuteContext ctx) {
                Object started = ctx.data(STARTED);
                long nanos = started instanceof Long start ? System.nanoTime() - start : 0L;
                publish(connection, sql(ctx), Duration.ofNanos(nanos));
            }
        };
    }

    private static String sql(ExecuteContext ctx) {
        String sql = ctx.sql();
        if (sql != null) {
            return sql;
        }
        String[] batch = ctx.batchSQL();
        return batch.length == 0 ? "" : String.join(";\n", batch);
    }

    static void publish(String connection, String sql, Duration elapsed) {
        if (LISTENERS.isEmpty()) {
            return;
        }
        QueryEvent event = new QueryEvent(connection, sql, elapsed);
        for (QueryListener listener : LISTENERS) {
            try {
                listener.onQuery(event);
            } catch (RuntimeException e) {
                // A faulty listener must not fail the statement that already ran.
                LOG.warn("Query listener {} failed on connection '{}'", listener, connection, e);
            }
        }
    }
}
