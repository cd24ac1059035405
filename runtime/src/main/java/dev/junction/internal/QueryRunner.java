package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.ModelQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the terminals of {@link ModelQuery} on the model's read connection. */
public final class QueryRunner {

    private static final Logger LOG = LoggerFactory.getLogger(QueryRunner.class);
    private static final int STREAM_FETCH_SIZE = 500;
    /** Rows per batch for which a stream loads its relations. */
    public static final int STREAM_BATCH = 500;

    private QueryRunner() {}

    /** See {@link ModelQuery#all()}. */
    public static <M> List<M> all(ModelQuery<M, ?> query) {
        ModelType<M, ?> type = query.modelType();
        Condition condition = query.condition();
        List<M> models = Routing.read(type,
                database -> ResultSets.all(select(database.dslOrTransaction(), query, condition), type));
        EagerLoader.load(models, query.includes());
        return models;
    }

    /** See {@link ModelQuery#first()}. */
    public static <M> Optional<M> first(ModelQuery<M, ?> query) {
        ModelType<M, ?> type = query.modelType();
        if (query.limitValue() != null && query.limitValue() == 0) {
            return Optional.empty();
        }
        Condition condition = query.condition();
        int offset = query.offsetValue() == null ? 0 : query.offsetValue();
        M model = Routing.read(type, database -> ResultSets.first(database.dslOrTransaction()
                .select(type.columns()).from(type.table()).where(condition)
                .orderBy(query.order().isEmpty() ? List.of(type.idField()) : query.order())
                .limit(1).offset(offset), type));
        if (model == null) {
            return Optional.empty();
        }
        EagerLoader.load(List.of(model), query.includes());
        return Optional.of(model);
    }

    /** See {@link ModelQuery#count()}. */
    public static long count(ModelQuery<?, ?> query) {
        ModelType<?, ?> type = query.modelType();
        Condition condition = query.condition();
        long total = Routing.read(type, database -> database.dslOrTransaction().fetchCount(type.table(), condition));
        // Limit and offset shrink the count arithmetically, so no derived table is needed on any database.
        long afterOffset = Math.max(0, total - (query.offsetValue() == null ? 0 : query.offsetValue()));
        return query.limitValue() == null ? afterOffset : Math.min(afterOffset, query.limitValue());
    }

    /** See {@link ModelQuery#exists()}. */
    public static boolean exists(ModelQuery<?, ?> query) {
        Condition condition = query.condition();
        return Routing.read(query.modelType(), database -> {
            DSLContext dsl = database.dslOrTransaction();
            return dsl.fetchExists(select(dsl, query, condition));
        });
    }

    /** See {@link ModelQuery#stream()}. */
    public static <M> Stream<M> stream(ModelQuery<M, ?> query) {
        Condition condition = query.condition();
        return Routing.read(query.modelType(), database -> open(database, query, condition));
    }

    private static <M> Stream<M> open(Database database, ModelQuery<M, ?> query, Condition condition) {
        ModelType<M, ?> type = query.modelType();
        DSLContext transactional = Transactions.activeDsl(database.name());
        if (transactional != null) {
            return withRelations(ResultSets.stream(cursor(select(transactional, query, condition), database), type),
                    query);
        }
        Connection connection = database.borrow();
        try {
            if (database.driver() == DriverKind.POSTGRESQL) {
                // PostgreSQL only uses a server-side cursor (and so bounded memory) outside auto-commit.
                connection.setAutoCommit(false);
            }
            Stream<M> rows = ResultSets.stream(cursor(select(database.dsl(connection), query, condition), database), type);
            return withRelations(rows.onClose(() -> release(database, connection)), query);
        } catch (SQLException | RuntimeException e) {
            release(database, connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DatabaseUnavailableException("Connection '" + database.name() + "': could not open a cursor for "
                    + type, e);
        }
    }

    /** Loads the query's relations for each batch of rows as the stream is consumed. */
    private static <M> Stream<M> withRelations(Stream<M> rows, ModelQuery<M, ?> query) {
        if (query.includes().isEmpty()) {
            return rows;
        }
        Iterator<M> source = rows.iterator();
        Iterator<M> batched = new Iterator<>() {
            private Iterator<M> batch = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && source.hasNext()) {
                    List<M> next = new ArrayList<>(STREAM_BATCH);
                    while (next.size() < STREAM_BATCH && source.hasNext()) {
                        next.add(source.next());
                    }
                    EagerLoader.load(next, query.includes());
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

    private static ResultQuery<Record> cursor(org.jooq.Select<Record> select, Database database) {
        // Connector/J streams row by row only with this special fetch size.
        return select.fetchSize(database.driver().isMySqlFamily() ? Integer.MIN_VALUE : STREAM_FETCH_SIZE);
    }

    private static void release(Database database, Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("Connection '{}': could not end a read-only cursor transaction", database.name(), e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Connection '{}': could not return a connection to the pool", database.name(), e);
        }
    }

    private static org.jooq.Select<Record> select(DSLContext dsl, ModelQuery<?, ?> query, Condition condition) {
        ModelType<?, ?> type = query.modelType();
        SelectLimitStep<Record> select = dsl.select(type.columns()).from(type.table()).where(condition)
                .orderBy(query.order());
        if (query.limitValue() != null && query.offsetValue() != null) {
            return select.limit(query.limitValue()).offset(query.offsetValue());
        }
        if (query.limitValue() != null) {
            return select.limit(query.limitValue());
        }
        if (query.offsetValue() != null) {
            return select.offset(query.offsetValue());
        }
        return select;
    }
}
