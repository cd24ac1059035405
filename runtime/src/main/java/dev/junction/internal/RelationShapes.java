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
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * The statements that load one relation's targets from one database for a chunk of keys, each rendered once per
 * chunk size (or once with one array parameter) when the load has no condition or order of its own: the targets in
 * id order, or, for a limit per owner (and for {@code HasOne}), ranked per owner with a window function and cut
 * between two bound ranks.
 */
final class RelationShapes {

    private static final String RANK = "junction_rank";
    private static final String KEYS = "junction_keys";
    private static final String KEY = "junction_key";
    /** The size that stands for a key table in {@link #plain} and {@link #ranked}. */
    static final int KEY_TABLE = -1;

    private final Database database;
    private final RelationType<?, ?> relation;
    private final ConcurrentHashMap<Integer, String> plain = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> ranked = new ConcurrentHashMap<>();
    /** The element type of the key table this relation's loads join, or "" for none; null until asked. */
    private volatile String keyTableType;

    RelationShapes(Database database, RelationType<?, ?> relation) {
        this.database = database;
        this.relation = relation;
    }

    /**
     * The element type of the key table that loads of this relation join (see {@link Dialect#keyTableType}), or
     * null when they match keys otherwise: only when the dialect has one for the key's kind and the target's
     * foreign-key column is the first column of an index, read once from the database's metadata (without an index,
     * the join would scan the table once per key). Call it before leasing the connection of the load.
     */
    String keyTableType() {
        String type = keyTableType;
        if (type == null) {
            type = database.dialect.keyTableType(ColumnKind.of(relation.targetColumn()))
                    .filter(t -> LiveSchema.isIndexed(database, relation.target().table().getName(),
                            relation.targetColumn().getName()))
                    .orElse("");
            keyTableType = type;
        }
        return type.isEmpty() ? null : type;
    }

    /** The key table of one array parameter, {@code table("junction_key" TYPE = ?) "junction_keys"}. */
    static Table<Record> keyTable(String type, Field<?> array) {
        return DSL.table("table({0} {1} = {2})", DSL.name(KEY), DSL.keyword(type), array).as(KEYS);
    }

    /** The targets of a chunk of {@code size} keys (0: one array parameter; {@link #KEY_TABLE}: a key table). */
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
        Field<Integer> marker = ModelShapes.placeholder(DSL.field(DSL.name(RANK), Integer.class));
        Condition keys = size == KEY_TABLE ? null
                : ModelShapes.keysPlaceholder(database.dialect, relation.targetColumn(), size);
        Table<Record> keyTable = size == KEY_TABLE
                ? keyTable(keyTableType(), DSL.val(null, KeyArrayBinding.TYPE)) : null;
        return r.render(select(r, relation, keys, keyTable, null, List.of(), rank ? marker : null,
                rank ? marker : null));
    }

    /**
     * The select that loads targets: those matching {@code keys} (or joined with {@code keyTable}) and
     * {@code condition}, in {@code order} (by id when empty); with rank bounds, ranked per owner and cut to ranks
     * after {@code after} and up to {@code upTo} (either may be null).
     *
     * @param keys the condition on the target's foreign key, or null with a key table
     * @param keyTable the key table to join, or null
     */
    static <C> Select<Record> select(DSLContext r, RelationType<?, C> relation, Condition keys, Table<Record> keyTable,
            Condition condition, List<? extends OrderField<?>> order, Field<Integer> after, Field<Integer> upTo) {
        ModelType<C, ?> target = relation.target();
        List<? extends OrderField<?>> sort = order.isEmpty() ? List.of(target.idField()) : order;
        Condition where = keys == null ? (condition == null ? DSL.noCondition() : condition)
                : condition == null ? keys : keys.and(condition);
        TableLike<?> from = keyTable == null ? target.table() : keyTable.join(target.table())
                .on(DSL.condition("{0} = {1}", relation.targetColumn(), DSL.field(DSL.name(KEYS, KEY))));
        if (after == null && upTo == null) {
            return r.select(target.columns()).from(from).where(where).orderBy(sort);
        }
        Table<Record> rankedTargets = r.select(target.columns())
                .select(DSL.rowNumber().over(DSL.partitionBy(relation.targetColumn()).orderBy(sort)).as(RANK))
                .from(from)
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
