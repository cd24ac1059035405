package dev.junction.internal;

import dev.junction.codegen.ModelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The reads of the generated {@code XQueries} and of {@link dev.junction.ModelQuery}'s terminals, on the model's read
 * database. Reads without a condition of the application's use cached statement shapes bound by the dialect; reads
 * with one are rendered by jOOQ per call and bound by jOOQ. Rows are read from the driver's own result set.
 */
final class Finders {

    private final JunctionRuntime runtime;

    Finders(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    <M, K> Optional<M> findById(ModelType<M, K> type, K id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.router.read(type, database -> {
            ModelShapes shapes = database.shapes(type);
            return database.query(type, Sql.of(shapes.selectById, id, shapes.idKind), Readers.first(type));
        }));
    }

    <M, K> List<M> findByIds(ModelType<M, K> type, Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        List<Object> keys = Keys.distinct(ids);
        if (keys.isEmpty()) {
            return new ArrayList<>(0);
        }
        return runtime.router.read(type, database -> byKeys(database, type, type.idIndex(), keys));
    }

    /** The models whose column holds one of the keys, one statement per chunk. */
    static <M> List<M> byKeys(Database database, ModelType<M, ?> type, int column, List<Object> keys) {
        ModelShapes shapes = database.shapes(type);
        ColumnKind kind = shapes.kinds[column];
        List<M> found = null;
        for (List<Object> chunk : Keys.chunks(database.dialect, kind, keys)) {
            List<M> rows = database.query(type, keysSql(database, shapes.selectByKeys(column, size(database, kind,
                    chunk)), kind, chunk), Readers.all(type));
            if (found == null) {
                found = rows;
            } else {
                found.addAll(rows);
            }
        }
        return found;
    }

    /** The chunk's size in the statement's shape: its padded length, or 0 for one array parameter. */
    static int size(Database database, ColumnKind kind, List<Object> chunk) {
        return database.dialect.keyArrayType(kind).isPresent() ? 0 : Keys.padded(chunk.size());
    }

    /** A statement of a key-list shape bound to one chunk of keys. */
    static Sql keysSql(Database database, String text, ColumnKind kind, List<Object> chunk) {
        Optional<String> arrayType = database.dialect.keyArrayType(kind);
        if (arrayType.isPresent()) {
            return Sql.of(text, new KeyArray(arrayType.get(), chunk.toArray()), kind);
        }
        Object[] values = Keys.pad(chunk).toArray();
        ColumnKind[] kinds = new ColumnKind[values.length];
        Arrays.fill(kinds, kind);
        return Sql.of(text, values, kinds);
    }

    <M, T> Optional<M> findBy(ModelType<M, ?> type, Field<T> column, T value) {
        return Optional.ofNullable(runtime.router.read(type, database ->
                database.query(type, findBySql(database, type, column, value, true), Readers.first(type))));
    }

    <M, T> List<M> findAllBy(ModelType<M, ?> type, Field<T> column, T value) {
        return runtime.router.read(type, database ->
                database.query(type, findBySql(database, type, column, value, false), Readers.all(type)));
    }

    private static Sql findBySql(Database database, ModelType<?, ?> type, Field<?> column, Object value,
            boolean first) {
        ModelShapes shapes = database.shapes(type);
        int index = type.columnIndex(column);
        String text = shapes.findBy(index, value == null, first);
        return value == null ? Sql.of(text) : Sql.of(text, value, shapes.kinds[index]);
    }

    long count(ModelType<?, ?> type, Condition... conditions) {
        return runtime.router.read(type, database -> {
            if (conditions.length == 0) {
                return database.query(type, Sql.of(database.shapes(type).countAll).as(Operation.COUNT), Readers.count());
            }
            DSLContext r = database.renderer();
            return database.query(type, Sql.of(r, r.selectCount().from(type.table()).where(conditions)).as(Operation.COUNT),
                    Readers.count());
        });
    }

    // ------------------------------------------------------------------------------------------ fluent queries

    <M> List<M> all(QuerySpec<M> spec) {
        ModelType<M, ?> type = spec.type;
        String connection = runtime.router.readConnection(type);
        Condition filter = runtime.filters.of(spec, connection);
        List<M> models = runtime.router.read(type, runtime.database(connection),
                database -> database.query(type, select(database, spec, filter), Readers.all(type)));
        runtime.loader.load(models, spec.includes);
        return models;
    }

    /** The statement of a fluent query: the cached "all rows" shape, or one rendered now. */
    static Sql select(Database database, QuerySpec<?> spec, Condition filter) {
        ModelType<?, ?> type = spec.type;
        if (filter == null && spec.order.isEmpty() && spec.limit == null && spec.offset == null) {
            return Sql.of(database.shapes(type).selectAll);
        }
        DSLContext r = database.renderer();
        return Sql.of(r, database.dialect.limit(r.select(type.columns()).from(type.table())
                .where(filter == null ? DSL.noCondition() : filter).orderBy(spec.order), spec.limit, spec.offset));
    }

    <M> Optional<M> first(QuerySpec<M> spec) {
        ModelType<M, ?> type = spec.type;
        if (spec.limit != null && spec.limit == 0) {
            return Optional.empty();
        }
        String connection = runtime.router.readConnection(type);
        Condition filter = runtime.filters.of(spec, connection);
        M model = runtime.router.read(type, runtime.database(connection), database -> {
            DSLContext r = database.renderer();
            var select = r.select(type.columns()).from(type.table())
                    .where(filter == null ? DSL.noCondition() : filter)
                    .orderBy(spec.order.isEmpty() ? List.of(type.idField()) : spec.order);
            return database.query(type, Sql.of(r, database.dialect.limit(select, 1, spec.offset)), Readers.first(type));
        });
        if (model == null) {
            return Optional.empty();
        }
        runtime.loader.load(List.of(model), spec.includes);
        return Optional.of(model);
    }

    long count(QuerySpec<?> spec) {
        ModelType<?, ?> type = spec.type;
        String connection = runtime.router.readConnection(type);
        Condition filter = runtime.filters.of(spec, connection);
        long total = runtime.router.read(type, runtime.database(connection), database -> {
            if (filter == null) {
                return database.query(type, Sql.of(database.shapes(type).countAll).as(Operation.COUNT), Readers.count());
            }
            DSLContext r = database.renderer();
            return database.query(type, Sql.of(r, r.selectCount().from(type.table()).where(filter)).as(Operation.COUNT), Readers.count());
        });
        // Limit and offset shrink the count arithmetically, so no derived table is needed on any database.
        long afterOffset = Math.max(0, total - (spec.offset == null ? 0 : spec.offset));
        return spec.limit == null ? afterOffset : Math.min(afterOffset, spec.limit);
    }

    boolean exists(QuerySpec<?> spec) {
        ModelType<?, ?> type = spec.type;
        if (spec.limit != null && spec.limit == 0) {
            return false;
        }
        String connection = runtime.router.readConnection(type);
        Condition filter = runtime.filters.of(spec, connection);
        return runtime.router.read(type, runtime.database(connection), database -> {
            DSLContext r = database.renderer();
            var select = r.selectOne().from(type.table()).where(filter == null ? DSL.noCondition() : filter)
                    .orderBy(spec.order);
            return database.query(type, Sql.of(r, database.dialect.limit(select, 1, spec.offset)).as(Operation.EXISTS),
                    Readers.any());
        });
    }
}
