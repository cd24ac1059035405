package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The condition a {@link QuerySpec} filters with: its conditions and its {@code whereHas} filters, resolved on the
 * calling thread so that its open transactions and primary scope apply. A {@code whereHas} whose owner and target are
 * read from the same connection (and different tables) is an {@code EXISTS} subquery; otherwise it takes two steps:
 * the distinct keys of the matching targets from the target's database, now, then a condition on the owner's key for
 * any number of keys ({@link Keys#condition}).
 */
final class Filters {

    private final JunctionRuntime runtime;

    Filters(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * The spec's filter, or null when it has none.
     *
     * @param spec the query
     * @param connection the connection its rows are read from
     */
    Condition of(QuerySpec<?> spec, String connection) {
        if (!spec.filters()) {
            return null;
        }
        List<Condition> all = new ArrayList<>(spec.conditions);
        for (QuerySpec.Has<?, ?> has : spec.whereHas) {
            all.add(resolve(has, connection));
        }
        return DSL.and(all);
    }

    private <P, C> Condition resolve(QuerySpec.Has<P, C> has, String ownerConnection) {
        RelationType<P, C> relation = has.relation();
        QuerySpec<C> query = has.query();
        if (query.limit != null || query.offset != null || !query.includes.isEmpty()) {
            throw new JunctionException("whereHas on " + relation + " takes conditions only; limit, offset and with"
                    + " have no meaning there", null, null, relation.owner().modelClass(), null);
        }
        ModelType<C, ?> target = relation.target();
        String targetConnection = runtime.router.readConnection(target);
        Condition targetCondition = of(query, targetConnection);
        Condition matching = targetCondition == null ? DSL.noCondition() : targetCondition;
        if (ownerConnection.equals(targetConnection) && !relation.owner().table().equals(target.table())) {
            return DSL.exists(DSL.selectOne().from(target.table())
                    .where(equal(relation.targetColumn(), relation.ownerColumn()))
                    .and(matching));
        }
        Field<?> key = relation.targetColumn();
        ColumnKind kind = ColumnKind.of(key);
        List<Object> keys = runtime.router.read(target, database -> database.query(target,
                Sql.of(database.renderer(), database.renderer().selectDistinct(key).from(target.table())
                        .where(matching).and(key.isNotNull())).as(Operation.FILTER),
                (rows, columns) -> {
                    List<Object> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(Values.read(rows, 1, kind, columns));
                    }
                    return found;
                }));
        return Keys.condition(runtime.database(ownerConnection).dialect, relation.ownerColumn(), keys);
    }

    @SuppressWarnings("unchecked") // both columns hold the same key type; the processor checks it
    private static Condition equal(Field<?> left, Field<?> right) {
        return ((Field<Object>) left).eq((Field<Object>) right);
    }
}
