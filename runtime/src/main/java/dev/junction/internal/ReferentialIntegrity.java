package dev.junction.internal;

import dev.junction.ReferentialIntegrityException;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.ToOne;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The existence checks of {@code @BelongsTo(checkExists = true)}: before a write, every non-null foreign key of the
 * rows to write is looked up on the target's primary connection (a replica may lag behind), in one query per
 * relation (key lists chunked as for eager loading). No database can enforce a foreign key into another database,
 * so Junction does.
 */
final class ReferentialIntegrity {

    private static final int SHOWN_KEYS = 5;

    private final JunctionRuntime runtime;

    ReferentialIntegrity(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    /** Throws before anything is written when a row refers to a target that does not exist. */
    <M> void check(ModelType<M, ?> type, Collection<? extends M> models) {
        for (ToOne<M, ?> relation : type.existenceChecks()) {
            check(type, relation, models);
        }
    }

    private <M, T> void check(ModelType<M, ?> type, ToOne<M, T> relation, Collection<? extends M> models) {
        Set<Object> keys = new LinkedHashSet<>();
        for (M model : models) {
            Object key = relation.ownerKey(model);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        ModelType<T, ?> target = relation.target();
        Database database = runtime.database(target.connection());
        ModelShapes shapes = database.shapes(target);
        int column = relation.targetColumnIndex();
        ColumnKind kind = shapes.kinds[column];
        Set<Object> found = new HashSet<>();
        for (List<Object> chunk : Keys.chunks(database.dialect, kind, new ArrayList<>(keys))) {
            String text = shapes.keysFound(column, Finders.size(database, kind, chunk));
            Sql sql = Finders.keysSql(database, text, kind, chunk).as(Operation.EXISTS);
            found.addAll(database.query(target, sql, (rows, columns) -> {
                List<Object> present = new ArrayList<>();
                while (rows.next()) {
                    present.add(Values.read(rows, 1, kind, columns));
                }
                return present;
            }));
        }
        keys.removeAll(found);
        if (!keys.isEmpty()) {
            String shown = keys.stream().limit(SHOWN_KEYS).map(String::valueOf).collect(Collectors.joining(", "))
                    + (keys.size() > SHOWN_KEYS ? " and " + (keys.size() - SHOWN_KEYS) + " more" : "");
            throw new ReferentialIntegrityException("Cannot write " + type.modelName() + " on connection '"
                    + type.connection() + "': " + relation.ownerColumn().getName() + " " + shown + " refers to no "
                    + target.modelName() + " on connection '" + target.connection() + "' (@BelongsTo "
                    + type.modelClass().getSimpleName() + "." + relation.name() + " has checkExists = true);"
                    + " nothing was written", null, type.connection(), type.modelClass(), null);
        }
    }
}
