package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.RecordNotFoundException;
import dev.junction.TransactionOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.impl.DSL;

/** The finders and writes behind every generated {@code XQueries} class, written once for all models. */
public final class Repository {

    /** Bind values per statement we stay under: PostgreSQL allows 65 535, MySQL and MariaDB 65 535. */
    private static final int MAX_BINDS = 30_000;
    /** Rows per multi-row INSERT. */
    private static final int MAX_ROWS = 1_000;

    private Repository() {}

    /** The model with that id, on the read connection; a null id finds nothing and runs no query. */
    public static <M, K> Optional<M> findById(ModelType<M, K> type, K id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(Routing.read(type, database -> ResultSets.first(database.dslOrTransaction()
                .select(type.columns()).from(type.table()).where(type.idField().eq(id)), type)));
    }

    /** The models with those ids, in no particular order; missing ids are skipped. */
    public static <M, K> List<M> findByIds(ModelType<M, K> type, Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        return Routing.read(type, database -> {
            List<M> found = new ArrayList<>();
            for (Condition chunk : Keys.in(database.driver(), type.idField(), ids)) {
                found.addAll(ResultSets.all(database.dslOrTransaction()
                        .select(type.columns()).from(type.table()).where(chunk), type));
            }
            return found;
        });
    }

    /** The number of rows matching every condition. */
    public static long count(ModelType<?, ?> type, Condition... conditions) {
        Condition all = DSL.and(conditions);
        return Routing.read(type, database -> database.dslOrTransaction().fetchCount(type.table(), all));
    }

    /** A condition that matches {@code value}, or {@code IS NULL} when it is null. */
    public static <T> Condition matches(Field<T> column, T value) {
        return value == null ? column.isNull() : column.eq(value);
    }

    /**
     * Inserts one model. When its id is null, the database generates it and it is read back into the model in the
     * same statement.
     */
    public static <M, K> M insert(ModelType<M, K> type, M model) {
        Objects.requireNonNull(model, () -> "Cannot insert a null " + type.modelName());
        insertAll(type, List.of(model));
        return model;
    }

    /**
     * Inserts models in multi-row INSERT statements of at most {@value #MAX_ROWS} rows (fewer for wide tables),
     * reading the generated ids back in the same statements. All or nothing: when it takes several statements and no
     * transaction is open on the model's connection, they run in one; on failure the ids it generated are cleared
     * again.
     */
    public static <M, K> void insertAll(ModelType<M, K> type, Collection<? extends M> models) {
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            return;
        }
        for (M model : models) {
            Objects.requireNonNull(model, () -> "Cannot insert a null " + type.modelName());
        }
        ReferentialIntegrity.check(type, models);
        insertChecked(type, models);
    }

    /** {@link #insertAll}, once the models were checked for nulls and for their parents. */
    private static <M, K> void insertChecked(ModelType<M, K> type, Collection<? extends M> models) {
        List<M> generated = new ArrayList<>();
        List<M> explicit = new ArrayList<>();
        for (M model : models) {
            (type.id(model) == null ? generated : explicit).add(model);
        }
        int rowsPerStatement = rowsPerStatement(type.columns().size());
        boolean severalStatements = !explicit.isEmpty() && !generated.isEmpty()
                || explicit.size() > rowsPerStatement || generated.size() > rowsPerStatement;
        try {
            if (severalStatements && !Transactions.isActive(type.connection())) {
                Transactions.beforeWrite(type.connection(), type.modelName());
                Transactions.run(type.connection(), TransactionOptions.defaults(), () -> {
                    insertGroups(type, explicit, generated);
                    return null;
                });
            } else {
                insertGroups(type, explicit, generated);
            }
        } catch (RuntimeException | Error e) {
            generated.forEach(model -> type.setId(model, null));
            throw e;
        }
    }

    private static <M, K> void insertGroups(ModelType<M, K> type, List<M> explicit, List<M> generated) {
        DSLContext dsl = Routing.write(type);
        insertRows(dsl, type, explicit, false);
        insertRows(returningKeys(dsl), type, generated, true);
    }

    private static int rowsPerStatement(int columns) {
        return Math.max(1, Math.min(MAX_ROWS, MAX_BINDS / Math.max(1, columns)));
    }

    private static <M, K> void insertRows(DSLContext dsl, ModelType<M, K> type, List<M> models, boolean generateId) {
        if (models.isEmpty()) {
            return;
        }
        List<Field<?>> fields = new ArrayList<>(type.columns());
        if (generateId) {
            fields.remove(type.idIndex());
        }
        int rowsPerStatement = rowsPerStatement(fields.size());
        for (int from = 0; from < models.size(); from += rowsPerStatement) {
            List<M> chunk = models.subList(from, Math.min(models.size(), from + rowsPerStatement));
            InsertValuesStepN<Record> insert = dsl.insertInto(type.table(), fields);
            for (M model : chunk) {
                insert = insert.values(rowValues(type, model, generateId));
            }
            if (generateId) {
                Result<Record1<K>> ids = insert.returningResult(type.idField()).fetch();
                if (ids.size() != chunk.size()) {
                    throw new JunctionException("Inserted " + chunk.size() + " rows of " + type + " but the database"
                            + " returned " + ids.size() + " generated ids");
                }
                for (int i = 0; i < chunk.size(); i++) {
                    type.setId(chunk.get(i), ids.get(i).value1());
                }
            } else {
                insert.execute();
            }
        }
    }

    /**
     * MySQL Connector/J cannot run MariaDB's {@code INSERT ... RETURNING} (it refuses DML in executeQuery), so on
     * MariaDB generated keys are read the MySQL way, through JDBC's generated keys.
     */
    private static DSLContext returningKeys(DSLContext dsl) {
        if (dsl.dialect() == org.jooq.SQLDialect.MARIADB) {
            return DSL.using(dsl.configuration().derive(org.jooq.SQLDialect.MYSQL));
        }
        return dsl;
    }

    private static <M> List<Object> rowValues(ModelType<M, ?> type, M model, boolean skipId) {
        Object[] values = type.values(model);
        List<Object> row = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (!skipId || i != type.idIndex()) {
                row.add(values[i]);
            }
        }
        return row;
    }

    /**
     * Updates every column of the row with the model's id.
     *
     * @throws RecordNotFoundException when no row has that id
     */
    public static <M, K> M update(ModelType<M, K> type, M model) {
        K id = requireId(type, model, "update");
        ReferentialIntegrity.check(type, List.of(model));
        if (updateRow(type, model, id) == 0) {
            throw new RecordNotFoundException("Cannot update " + type.modelName() + " with id " + id
                    + " on connection '" + type.connection() + "': no such row in table " + type.table().getName());
        }
        return model;
    }

    /** Inserts the model when its id is null; otherwise updates it, or inserts it when no row has that id. */
    public static <M, K> M save(ModelType<M, K> type, M model) {
        Objects.requireNonNull(model, () -> "Cannot save a null " + type.modelName());
        ReferentialIntegrity.check(type, List.of(model));
        K id = type.id(model);
        if (id == null || updateRow(type, model, id) == 0) {
            insertChecked(type, List.of(model));
        }
        return model;
    }

    private static <M, K> int updateRow(ModelType<M, K> type, M model, K id) {
        Object[] values = type.values(model);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (i != type.idIndex()) {
                changes.put(type.columns().get(i), values[i]);
            }
        }
        DSLContext dsl = Routing.write(type);
        if (changes.isEmpty()) {
            return dsl.fetchExists(dsl.selectOne().from(type.table()).where(type.idField().eq(id))) ? 1 : 0;
        }
        return dsl.update(type.table()).set(changes).where(type.idField().eq(id)).execute();
    }

    /** Deletes the model's row; true when a row was deleted. */
    public static <M, K> boolean delete(ModelType<M, K> type, M model) {
        return deleteById(type, requireId(type, model, "delete"));
    }

    /** Deletes the row with that id; true when a row was deleted. */
    public static <M, K> boolean deleteById(ModelType<M, K> type, K id) {
        if (id == null) {
            throw new JunctionException("Cannot delete " + type.modelName() + " on connection '" + type.connection()
                    + "': the id is null");
        }
        return Routing.write(type).deleteFrom(type.table()).where(type.idField().eq(id)).execute() > 0;
    }

    private static <M, K> K requireId(ModelType<M, K> type, M model, String action) {
        Objects.requireNonNull(model, () -> "Cannot " + action + " a null " + type.modelName());
        K id = type.id(model);
        if (id == null) {
            throw new JunctionException("Cannot " + action + " " + type.modelName() + " on connection '"
                    + type.connection() + "': its id is null, so it was never inserted; use insert or save");
        }
        return id;
    }
}
