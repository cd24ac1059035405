package dev.junction.internal;

import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The statements that load one relation's targets from one database for a chunk of keys, each rendered once per
 * chunk size (or once with one array parameter) when the load has no condition or order of its own: the targets in
 * id order, or, for a limit per owner (and for {@code HasOne}), ranked per owner with a window function and cut
 * between two bound ranks.
 */
final class RelationShapes {

    private static final String RANK = "junction_rank";

    private final Database database;
    private final RelationType<?, ?> relation;
    private final ConcurrentHashMap<Integer, String> plain = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> ranked = new ConcurrentHashMap<>();

    RelationShapes(Database database, RelationType<?, ?> relation) {
        this.database = database;
        this.relation = relation;
    }

    /** The targets of a chunk of {@code size} keys (0: one array parameter), in id order. */
    String plain(int size) {
        return plain.computeIfAbsent(size, s -> render(s, false));
    }

    /**
     * The targets of a chunk of keys ranked per owner in id order, keeping ranks after the first bound value and up
     * to the second ({@code rank > ? and rank <= ?}).
     */
    String ranked(int size) {
        return ranked.computeIfAbsent(size, s -> render(s, true));
    }

    private String render(int size, boolean rank) {
        DSLContext r = database.renderer();
        Condition keys = ModelShapes.keysPlaceholder(database.dialect, relation.targetColumn(), size);
        Field<Integer> marker = ModelShapes.placeholder(DSL.field(DSL.name(RANK), Integer.class));
        return r.render(select(r, relation, keys, null, List.of(), rank ? marker : null, rank ? marker : null));
    }

    /**
     * The select that loads targets: those matching {@code keys} and {@code condition}, in {@code order} (by id when
     * empty); with rank bounds, ranked per owner and cut to ranks after {@code after} and up to {@code upTo}
     * (either may be null).
     */
    static <C> Select<Record> select(DSLContext r, RelationType<?, C> relation, Condition keys, Condition condition,
            List<? extends OrderField<?>> order, Field<Integer> after, Field<Integer> upTo) {
        ModelType<C, ?> target = relation.target();
        List<? extends OrderField<?>> sort = order.isEmpty() ? List.of(target.idField()) : order;
        Condition where = condition == null ? keys : keys.and(condition);
        if (after == null && upTo == null) {
            return r.select(target.columns()).from(target.table()).where(where).orderBy(sort);
        }
        Table<Record> rankedTargets = r.select(target.columns())
                .select(DSL.rowNumber().over(DSL.partitionBy(relation.targetColumn()).orderBy(sort)).as(RANK))
                .from(target.table())
                .where(where)
                .asTable("junction_ranked");
        List<Field<?>> columns = new ArrayList<>(target.columns().size());
        for (Field<?> column : target.columns()) {
            columns.add(rankedTargets.field(column.getName()));
        }
        Field<Integer> rank = rankedTargets.field(RANK, Integer.class);
        Condition window = after == null ? DSL.noCondition() : rank.gt(after);
        if (upTo != null) {
            window = window.and(rank.le(upTo));
        }
        return r.select(columns).from(rankedTargets).where(window).orderBy(rank);
    }
}
