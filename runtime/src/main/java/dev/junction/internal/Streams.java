package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.codegen.ColumnReader;
import dev.junction.codegen.ModelType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Condition;

/**
 * {@link dev.junction.ModelQuery#stream()}: rows read from a database cursor as the stream is consumed, with bounded
 * memory. The stream holds its connection until closed (inside a transaction, the transaction's). A connection that
 * breaks while the stream is read gives {@link DatabaseUnavailableException} at once; the cursor is then closed and
 * the connection evicted from its pool, so a later call never meets a half-read result on it.
 */
final class Streams {

    /** Rows per batch for which a stream loads its relations. */
    static final int BATCH = 500;

    private final JunctionRuntime runtime;

    Streams(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    <M> Stream<M> stream(QuerySpec<M> spec) {
        ModelType<M, ?> type = spec.type;
        String connection = runtime.router.readConnection(type);
        Condition filter = runtime.filters.of(spec, connection);
        Stream<M> rows = runtime.router.read(type, runtime.database(connection), database ->
                open(database, type, Finders.select(database, spec, filter)));
        return spec.includes.isEmpty() ? rows : withRelations(rows, spec);
    }

    private <M> Stream<M> open(Database database, ModelType<M, ?> type, Sql sql) {
        Lease lease = database.lease();
        Cursor<M> cursor = new Cursor<>(database, lease, type, sql);
        try {
            if (!lease.inTransaction() && database.dialect.streamsInTransaction()) {
                // PostgreSQL only uses a server-side cursor (and so bounded memory) outside auto-commit; the pool
                // rolls back and restores auto-commit when the connection comes back.
                lease.connection.setAutoCommit(false);
            }
            cursor.open();
        } catch (SQLException e) {
            JunctionException failure = lease.failed(type, sql.text, e);
            cursor.close();
            throw failure;
        } catch (RuntimeException | Error e) {
            cursor.close();
            throw e;
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /** Loads the query's relations for each batch of rows as the stream is consumed. */
    private <M> Stream<M> withRelations(Stream<M> rows, QuerySpec<M> spec) {
        Iterator<M> source = rows.iterator();
        Iterator<M> batched = new Iterator<>() {
            private Iterator<M> batch = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && source.hasNext()) {
                    List<M> next = new ArrayList<>(BATCH);
                    while (next.size() < BATCH && source.hasNext()) {
                        next.add(source.next());
                    }
                    runtime.loader.load(next, spec.includes);
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public M next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batched, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }

    /** An open cursor: the statement, its result and the lease, released once, on close or on failure. */
    private static final class Cursor<M> implements Iterator<M> {

        private final Database database;
        private final Lease lease;
        private final ModelType<M, ?> type;
        private final Sql sql;
        private final ColumnReader columns;
        private PreparedStatement statement;
        private ResultSet result;
        private long started;
        private long rows;
        private boolean fetched;
        private boolean more;
        private boolean closed;

        Cursor(Database database, Lease lease, ModelType<M, ?> type, Sql sql) {
            this.database = database;
            this.lease = lease;
            this.type = type;
            this.sql = sql;
            this.columns = database.dialect.reader();
        }

        void open() throws SQLException {
            statement = lease.connection.prepareStatement(sql.text, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(database.dialect.streamFetchSize());
            sql.bind(statement, database.dialect);
            started = System.nanoTime();
            try {
                result = statement.executeQuery();
            } finally {
                database.monitor().executed(database.name(), sql.text, System.nanoTime() - started);
            }
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (!fetched) {
                try {
                    more = result.next();
                } catch (SQLException e) {
                    throw fail(e);
                }
                fetched = true;
            }
            return more;
        }

        @Override
        public M next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            fetched = false;
            try {
                M model = type.read(result, columns);
                rows++;
                return model;
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private JunctionException fail(SQLException e) {
            JunctionException failure = lease.failed(type, sql.text, e);
            close();
            return failure;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (result != null) {
                    result.close();
                }
            } catch (SQLException e) {
                lease.failed(type, sql.text, e);
            }
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                lease.failed(type, sql.text, e);
            }
            if (started != 0) {
                database.monitor().logged(database.name(), type, Operation.STREAM, sql.text,
                        System.nanoTime() - started, rows, sql::values);
            }
            lease.close();
        }
    }
}
