package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.ModelEvent;
import dev.junction.RecordNotFoundException;
import dev.junction.codegen.ModelType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The writes behind every generated {@code XQueries} class: on the model's primary connection, after the
 * cross-database write policy and the {@code checkExists} lookups, with cached statement shapes bound by the dialect.
 * A write is all or nothing: one that takes several statements runs in a transaction of its own, an
 * {@code insertAll} inside this thread's open transaction runs in a savepoint of it, and an insert that fails clears
 * the ids it generated. A single-row write is one statement, atomic by itself; on PostgreSQL its failure aborts the
 * caller's transaction, as any failed statement does there (a nested transaction, which is a savepoint, keeps the
 * outer one usable).
 */
final class Writes {

    private final JunctionRuntime runtime;

    Writes(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    <M> M insert(ModelType<M, ?> type, M model) {
        Objects.requireNonNull(model, () -> "Cannot insert a null " + type.modelName());
        List<M> one = List.of(model);
        runtime.integrity.check(type, one);
        insertChecked(type, one, false);
        runtime.events.written(type, ModelEvent.Kind.INSERT, one, type.connection());
        return model;
    }

    <M> void insertAll(ModelType<M, ?> type, Collection<? extends M> models) {
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            return;
        }
        for (M model : models) {
            Objects.requireNonNull(model, () -> "Cannot insert a null " + type.modelName());
        }
        runtime.integrity.check(type, models);
        insertChecked(type, models, true);
        runtime.events.written(type, ModelEvent.Kind.INSERT, models, type.connection());
    }

    /**
     * Inserts models in multi-row statements (rows with an id first, then rows whose id the database generates),
     * reading generated ids back in the same statements.
     *
     * @param savepoint whether a single statement inside the caller's transaction also runs in a savepoint (for an
     *     {@code insertAll}: a failed multi-row insert then leaves none of its rows, where H2 keeps the rows before
     *     the failing one, and the transaction usable, where PostgreSQL would abort it)
     */
    private <M> void insertChecked(ModelType<M, ?> type, Collection<? extends M> models, boolean savepoint) {
        List<M> generated = new ArrayList<>();
        List<M> explicit = new ArrayList<>();
        for (M model : models) {
            (type.id(model) == null ? generated : explicit).add(model);
        }
        Database database = runtime.router.write(type);
        ModelShapes shapes = database.shapes(type);
        int explicitStatements = statements(explicit.size(), shapes.rowsPerInsert(false));
        int generatedStatements = statements(generated.size(), shapes.rowsPerInsert(true));
        try {
            if (explicitStatements + generatedStatements == 1
                    && !(savepoint && runtime.transactions.isOpen(database.name()))
                    && !(generated.size() > 1 && database.mayMissGeneratedIds())) {
                insertGroups(database, shapes, explicit, generated);
            } else {
                runtime.transactions.atomically(database, () -> {
                    insertGroups(database, shapes, explicit, generated);
                    return null;
                });
            }
        } catch (RuntimeException | Error e) {
            for (M model : generated) {
                type.setId(model, null);
            }
            throw e;
        }
    }

    private static int statements(int rows, int perStatement) {
        return (rows + perStatement - 1) / perStatement;
    }

    private static <M> void insertGroups(Database database, ModelShapes shapes, List<M> explicit, List<M> generated) {
        try (Lease lease = database.lease()) {
            insertRows(lease, shapes, explicit, false);
            insertRows(lease, shapes, generated, true);
        }
    }

    @SuppressWarnings("unchecked") // the shapes are those of the models' own type
    private static <M> void insertRows(Lease lease, ModelShapes shapes, List<M> models, boolean generate) {
        if (models.isEmpty()) {
            return;
        }
        ModelType<M, ?> type = (ModelType<M, ?>) shapes.type;
        Database database = lease.database;
        int skip = generate ? type.idIndex() : -1;
        int columns = shapes.kinds.length - (generate ? 1 : 0);
        int perStatement = shapes.rowsPerInsert(generate);
        for (int from = 0; from < models.size(); from += perStatement) {
            List<M> chunk = models.subList(from, Math.min(models.size(), from + perStatement));
            Object[] values = new Object[chunk.size() * columns];
            ColumnKind[] kinds = new ColumnKind[values.length];
            int at = 0;
            for (M model : chunk) {
                Object[] row = type.values(model);
                for (int c = 0; c < row.length; c++) {
                    if (c != skip) {
                        values[at] = row[c];
                        kinds[at++] = shapes.kinds[c];
                    }
                }
            }
            Sql sql = Sql.of(shapes.insert(chunk.size(), generate), values, kinds);
            if (generate) {
                database.insertReturningIds(lease, type, sql, chunk);
            } else {
                database.update(lease, type, sql);
            }
        }
    }

    <M> M update(ModelType<M, ?> type, M model) {
        Object id = requireId(type, model, "update");
        runtime.integrity.check(type, List.of(model));
        if (updateRow(type, model, id) == 0) {
            throw new RecordNotFoundException("Cannot update " + type.modelName() + " with id " + id
                    + " on connection '" + type.connection() + "': no such row in table " + type.table().getName(),
                    null, type.connection(), type.modelClass(), null);
        }
        runtime.events.written(type, ModelEvent.Kind.UPDATE, List.of(model), type.connection());
        return model;
    }

    /** Inserts the model when its id is null; otherwise updates it, or inserts it when no row has that id. */
    <M> M save(ModelType<M, ?> type, M model) {
        Objects.requireNonNull(model, () -> "Cannot save a null " + type.modelName());
        runtime.integrity.check(type, List.of(model));
        Object id = type.id(model);
        ModelEvent.Kind kind = ModelEvent.Kind.UPDATE;
        if (id == null || updateRow(type, model, id) == 0) {
            insertChecked(type, List.of(model), false);
            kind = ModelEvent.Kind.INSERT;
        }
        runtime.events.written(type, kind, List.of(model), type.connection());
        return model;
    }

    private <M> int updateRow(ModelType<M, ?> type, M model, Object id) {
        Database database = runtime.router.write(type);
        ModelShapes shapes = database.shapes(type);
        if (shapes.updateById == null) {
            // Nothing to change but the id: the row either exists or not.
            return database.query(type, Sql.of(shapes.existsById, id, shapes.idKind).as(Operation.EXISTS),
                    Readers.any()) ? 1 : 0;
        }
        Object[] row = type.values(model);
        Object[] values = new Object[row.length];
        ColumnKind[] kinds = new ColumnKind[row.length];
        int at = 0;
        for (int c = 0; c < row.length; c++) {
            if (c != type.idIndex()) {
                values[at] = row[c];
                kinds[at++] = shapes.kinds[c];
            }
        }
        values[at] = id;
        kinds[at] = shapes.idKind;
        return database.update(type, Sql.of(shapes.updateById, values, kinds));
    }

    <M> boolean delete(ModelType<M, ?> type, M model) {
        boolean deleted = deleteRow(type, requireId(type, model, "delete"));
        if (deleted) {
            runtime.events.written(type, ModelEvent.Kind.DELETE, List.of(model), type.connection());
        }
        return deleted;
    }

    <K> boolean deleteById(ModelType<?, K> type, Object id) {
        boolean deleted = deleteRow(type, id);
        if (deleted) {
            runtime.events.deletedById(type, id, type.connection());
        }
        return deleted;
    }

    private boolean deleteRow(ModelType<?, ?> type, Object id) {
        if (id == null) {
            throw new JunctionException("Cannot delete " + type.modelName() + " on connection '" + type.connection()
                    + "': the id is null", null, type.connection(), type.modelClass(), null);
        }
        Database database = runtime.router.write(type);
        ModelShapes shapes = database.shapes(type);
        return database.update(type, Sql.of(shapes.deleteById, id, shapes.idKind)) > 0;
    }

    private static <M> Object requireId(ModelType<M, ?> type, M model, String action) {
        Objects.requireNonNull(model, () -> "Cannot " + action + " a null " + type.modelName());
        Object id = type.id(model);
        if (id == null) {
            throw new JunctionException("Cannot " + action + " " + type.modelName() + " on connection '"
                    + type.connection() + "': its id is null, so it was never inserted; use insert or save", null,
                    type.connection(), type.modelClass(), null);
        }
        return id;
    }
}
