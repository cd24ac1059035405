package dev.junction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * Runs a query through jOOQ (rendering, binding, listeners, connection handling) and maps its JDBC rows straight
 * into models with the generated position-based mapping, without building a jOOQ record per row.
 */
final class ResultSets {

    private ResultSets() {}

    /** Every row, mapped. */
    static <M> List<M> all(ResultQuery<?> query, ModelType<M, ?> type) {
        ColumnReader reader = ColumnReader.of(query.configuration().dialect());
        try (ResultSet rows = query.fetchResultSet()) {
            List<M> models = new ArrayList<>();
            while (rows.next()) {
                models.add(type.read(rows, reader));
            }
            return models;
        } catch (SQLException e) {
            throw failure(type, e);
        }
    }

    /** The first row, mapped, or null. */
    static <M> M first(ResultQuery<?> query, ModelType<M, ?> type) {
        ColumnReader reader = ColumnReader.of(query.configuration().dialect());
        try (ResultSet rows = query.fetchResultSet()) {
            return rows.next() ? type.read(rows, reader) : null;
        } catch (SQLException e) {
            throw failure(type, e);
        }
    }

    /** The rows, mapped as the stream is consumed; closing the stream closes the cursor. */
    static <M> Stream<M> stream(ResultQuery<?> query, ModelType<M, ?> type) {
        ColumnReader reader = ColumnReader.of(query.configuration().dialect());
        ResultSet rows = query.fetchResultSet();
        Iterator<M> models = new Iterator<>() {
            private boolean fetched;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    try {
                        more = rows.next();
                    } catch (SQLException e) {
                        throw failure(type, e);
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
                    return type.read(rows, reader);
                } catch (SQLException e) {
                    throw failure(type, e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(models, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        rows.close();
                    } catch (SQLException e) {
                        throw failure(type, e);
                    }
                });
    }

    private static DataAccessException failure(ModelType<?, ?> type, SQLException e) {
        return new DataAccessException("Reading " + type + " failed: " + e.getMessage(), e);
    }
}
