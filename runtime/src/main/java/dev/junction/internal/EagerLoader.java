package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import dev.junction.codegen.ToOne;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Loads relations for a list of owners: one query per relation per level per database (key lists chunked within
 * the dialect's limits), whatever the number of owners.
 *
 * <p>The calling thread drives the levels and makes every decision that depends on it: which database each load
 * reads from (its transactions and primary scope apply), and the conditions of the loads, whose {@code whereHas}
 * filters it resolves itself. Then the loads of one level run grouped by database: a group whose database has a
 * transaction open on the calling thread runs on the calling thread, through that transaction; the calling thread
 * also takes one more group itself; every other group runs on its own database's {@link LoaderLane}. So loads on
 * different databases run concurrently, a load never waits behind another database's work or for a connection the
 * caller's transaction holds, and every statement borrows a pooled connection only for its own duration (a load
 * never holds two connections of one pool at once, and completes with pool size 1).
 *
 * <p>When loading the results of a query, a to-one load without a condition of its own skips the owners whose field
 * already holds the right target (the one {@code inverseOf} set a level above), and goes on to the next level with
 * those targets: an explicit nested load of an inverse runs no query and keeps its instances.
 */
final class EagerLoader {

    private static final ColumnKind[] RANK_KINDS = {ColumnKind.INT, ColumnKind.INT};

    private final JunctionRuntime runtime;

    EagerLoader(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * One relation to load for a list of owners.
     *
     * @param replace whether the load replaces what the fields hold ({@code XLoader}, lazy accessors) rather than
     *     loading query results, whose to-one fields already set may be kept
     * @param fresh whether the owners were all just read by this load, so that their fields hold nothing yet except
     *     what {@code inverseOf} set through {@code parent}
     * @param parent the relation whose targets the owners are, or null at the first level
     */
    private record Step<P, C>(List<P> owners, RelationType<P, C> relation, QuerySpec<C> spec, boolean replace,
            boolean fresh, RelationType<?, ?> parent) {}

    /** Loads a query's includes into its results, level by level. */
    <P> void load(List<P> owners, Map<RelationType<P, ?>, QuerySpec<?>> includes) {
        if (owners.isEmpty() || includes.isEmpty()) {
            return;
        }
        List<Step<?, ?>> level = new ArrayList<>(includes.size());
        includes.forEach((relation, spec) -> level.add(step(owners, relation, spec, true, null)));
        run(level);
    }

    /** Loads one relation into models already held, replacing what it held: the generated {@code XLoader}. */
    <P, C> void load(Collection<P> owners, RelationType<P, C> relation, QuerySpec<C> spec) {
        List<P> list = new ArrayList<>(owners);
        if (!list.isEmpty()) {
            run(List.of(new Step<>(list, relation, spec, true, false, null)));
        }
    }

    /** The lazy accessors: loads one relation of one owner, on the calling thread. */
    <P, C> void loadOne(P owner, RelationType<P, C> relation) {
        run(List.of(new Step<>(List.of(owner), relation, null, true, false, null)));
    }

    /** A step of a query's load (not replacing), over owners read by this load or kept from an earlier level. */
    @SuppressWarnings("unchecked") // stored under its own relation
    private static <P, C> Step<P, C> step(List<P> owners, RelationType<P, C> relation, QuerySpec<?> spec,
            boolean fresh, RelationType<?, ?> parent) {
        return new Step<>(owners, relation, (QuerySpec<C>) spec, false, fresh, parent);
    }

    private void run(List<Step<?, ?>> level) {
        while (!level.isEmpty()) {
            level = runLevel(level);
        }
    }

    private List<Step<?, ?>> runLevel(List<Step<?, ?>> level) {
        List<Load<?, ?>> loads = new ArrayList<>(level.size());
        Map<Database, List<Load<?, ?>>> byDatabase = new LinkedHashMap<>();
        for (Step<?, ?> step : level) {
            Load<?, ?> load = plan(step);
            loads.add(load);
            if (load.database != null) {
                byDatabase.computeIfAbsent(load.database, d -> new ArrayList<>(1)).add(load);
            }
        }
        List<List<Load<?, ?>>> here = new ArrayList<>();
        List<List<Load<?, ?>>> elsewhere = new ArrayList<>();
        byDatabase.forEach((database, group) ->
                (runtime.transactions.isOpen(database.name()) ? here : elsewhere).add(group));
        if (!elsewhere.isEmpty()) {
            // The calling thread takes one group itself rather than only waiting.
            here.add(elsewhere.remove(elsewhere.size() - 1));
        }
        List<Future<?>> background = new ArrayList<>(elsewhere.size());
        for (List<Load<?, ?>> group : elsewhere) {
            background.add(group.get(0).database.lane().submit(() -> {
                runGroup(group);
                return null;
            }));
        }
        RuntimeException failure = null;
        for (List<Load<?, ?>> group : here) {
            try {
                runGroup(group);
            } catch (RuntimeException e) {
                failure = first(failure, e);
            }
        }
        for (Future<?> future : background) {
            failure = await(future, failure);
        }
        if (failure != null) {
            throw failure;
        }
        List<Step<?, ?>> next = new ArrayList<>();
        for (Load<?, ?> load : loads) {
            load.nextSteps(next);
        }
        return next;
    }

    private static RuntimeException await(Future<?> future, RuntimeException failure) {
        try {
            future.get();
            return failure;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            return first(failure, cause instanceof RuntimeException runtime ? runtime
                    : new JunctionException("Loading relations failed: " + cause, cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return first(failure, new JunctionException("Interrupted while loading relations", e));
        }
    }

    private static RuntimeException first(RuntimeException earlier, RuntimeException later) {
        if (earlier == null) {
            return later;
        }
        earlier.addSuppressed(later);
        return earlier;
    }

    private static void runGroup(List<Load<?, ?>> group) {
        for (Load<?, ?> load : group) {
            load.execute();
        }
    }

    /** Plans a step on the calling thread: the owners to load, the targets already there, the database, the filter. */
    private <P, C> Load<P, C> plan(Step<P, C> step) {
        RelationType<P, C> relation = step.relation();
        QuerySpec<C> spec = step.spec();
        List<P> toLoad = step.owners();
        List<C> kept = List.of();
        boolean mayBeSet = !step.fresh() || step.parent() != null && step.parent().inverse() == relation;
        if (!step.replace() && mayBeSet && relation instanceof ToOne<P, C> one && (spec == null || !spec.filters())) {
            toLoad = new ArrayList<>();
            kept = new ArrayList<>();
            IdentityHashMap<C, Boolean> seen = new IdentityHashMap<>();
            for (P owner : step.owners()) {
                if (one.isLoaded(owner)) {
                    C target = one.loaded(owner);
                    if (target != null && seen.put(target, Boolean.TRUE) == null) {
                        kept.add(target);
                    }
                } else {
                    toLoad.add(owner);
                }
            }
        }
        if (toLoad.isEmpty()) {
            return new Load<>(step, toLoad, kept, null, null);
        }
        ModelType<C, ?> target = relation.target();
        String connection = runtime.router.readConnection(target);
        Condition condition = spec == null ? null : runtime.filters.of(spec, connection);
        return new Load<>(step, toLoad, kept, runtime.database(connection), condition);
    }

    /** One planned load: executed on whichever thread runs its database's group. */
    private final class Load<P, C> {

        private final Step<P, C> step;
        private final List<P> toLoad;
        private final List<C> kept;
        private final Database database;
        private final Condition condition;
        private List<C> loaded = List.of();

        Load(Step<P, C> step, List<P> toLoad, List<C> kept, Database database, Condition condition) {
            this.step = step;
            this.toLoad = toLoad;
            this.kept = kept;
            this.database = database;
            this.condition = condition;
        }

        void execute() {
            RelationType<P, C> relation = step.relation();
            // In the owners' order, so that key lists (and the SQL log) follow it.
            Map<Object, Slot<P, C>> slots = new LinkedHashMap<>(toLoad.size() * 4 / 3 + 1);
            for (P owner : toLoad) {
                Object key = relation.ownerKey(owner);
                if (key == null) {
                    relation.fillEmpty(owner);
                } else {
                    Slot<P, C> slot = slots.get(key);
                    if (slot == null) {
                        slots.put(key, new Slot<>(owner));
                    } else {
                        slot.add(owner);
                    }
                }
            }
            if (slots.isEmpty()) {
                return;
            }
            List<Object> keys = new ArrayList<>(slots.keySet());
            boolean many = relation.kind() == RelationType.Kind.HAS_MANY;
            // The targets are kept in one list only when a next level needs them all.
            boolean keep = step.spec() != null && !step.spec().includes.isEmpty();
            try {
                fetch(database, keys, slots, many, keep);
            } catch (DatabaseUnavailableException e) {
                Database primary = runtime.router.fallback(relation.target(), database, e);
                slots.values().forEach(Slot::clearTargets);
                fetch(primary, keys, slots, many, keep);
            }
            for (Slot<P, C> slot : slots.values()) {
                slot.fill(relation, many);
            }
        }

        /** Reads the targets of every chunk of keys straight into the slots of their owners. */
        private void fetch(Database database, List<Object> keys, Map<Object, Slot<P, C>> slots, boolean many,
                boolean keep) {
            RelationType<P, C> relation = step.relation();
            ModelType<C, ?> target = relation.target();
            ColumnKind kind = ColumnKind.of(relation.targetColumn());
            List<C> all = keep ? new ArrayList<>() : List.of();
            for (List<Object> chunk : Keys.chunks(database.dialect, kind, keys)) {
                database.query(target, sql(database, kind, chunk), (rows, columns) -> {
                    int count = 0;
                    while (rows.next()) {
                        C found = target.read(rows, columns);
                        Slot<P, C> slot = slots.get(relation.targetKey(found));
                        if (slot != null) {
                            slot.add(found, many);
                        }
                        if (keep) {
                            all.add(found);
                        }
                        count++;
                    }
                    return count;
                });
            }
            loaded = all;
        }

        /** The statement for one chunk of keys: a cached shape, or one built now for a condition or an order. */
        private Sql sql(Database database, ColumnKind kind, List<Object> chunk) {
            RelationType<P, C> relation = step.relation();
            QuerySpec<C> spec = step.spec();
            boolean ranked = relation.kind() == RelationType.Kind.HAS_ONE || relation.kind() == RelationType.Kind.HAS_MANY
                    && spec != null && (spec.limit != null || spec.offset != null);
            int after = spec == null || spec.offset == null ? 0 : spec.offset;
            Integer limit = spec == null ? null : spec.limit;
            if (limit == null && relation.kind() == RelationType.Kind.HAS_ONE) {
                limit = 1;
            }
            int upTo = limit == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, (long) after + limit);
            String arrayType = database.dialect.keyArrayType(kind).orElse(null);
            RelationShapes shapes = database.shapes(relation);
            String tableType = arrayType == null ? shapes.keyTableType() : null;
            boolean custom = condition != null || spec != null && !spec.order.isEmpty();
            if (!custom) {
                int size = arrayType != null ? 0 : tableType != null ? RelationShapes.KEY_TABLE
                        : Keys.padded(chunk.size());
                Object[] keys = arrayType != null || tableType != null
                        ? new Object[] {new KeyArray(arrayType != null ? arrayType : tableType, chunk.toArray())}
                        : Keys.pad(chunk).toArray();
                ColumnKind[] kinds = new ColumnKind[keys.length];
                Arrays.fill(kinds, kind);
                if (!ranked) {
                    return Sql.of(shapes.plain(size), keys, kinds).as(Operation.LOAD);
                }
                Object[] values = Arrays.copyOf(keys, keys.length + 2);
                values[keys.length] = after;
                values[keys.length + 1] = upTo;
                ColumnKind[] allKinds = Arrays.copyOf(kinds, kinds.length + 2);
                System.arraycopy(RANK_KINDS, 0, allKinds, kinds.length, 2);
                return Sql.of(shapes.ranked(size), values, allKinds).as(Operation.LOAD);
            }
            @SuppressWarnings("unchecked") // keys of the target column's own type
            Field<Object> column = (Field<Object>) relation.targetColumn();
            Condition keys = arrayType != null ? Keys.anyOfArray(column, chunk, arrayType)
                    : tableType != null ? null : column.in(Keys.pad(chunk));
            Table<Record> keyTable = tableType == null ? null : RelationShapes.keyTable(tableType,
                    DSL.val(new KeyArray(tableType, chunk.toArray()), KeyArrayBinding.TYPE));
            DSLContext renderer = database.renderer();
            return Sql.of(renderer, RelationShapes.select(renderer, relation, keys, keyTable, condition,
                    spec == null ? List.of() : spec.order, ranked ? DSL.val(after) : null,
                    ranked && upTo != Integer.MAX_VALUE ? DSL.val(upTo) : null)).as(Operation.LOAD);
        }

        /** Adds the steps of the next level: this load's nested includes over every target it has. */
        void nextSteps(List<Step<?, ?>> next) {
            QuerySpec<C> spec = step.spec();
            if (spec == null || spec.includes.isEmpty()) {
                return;
            }
            List<C> targets;
            if (kept.isEmpty()) {
                targets = loaded;
            } else if (loaded.isEmpty()) {
                targets = kept;
            } else {
                targets = new ArrayList<>(kept);
                targets.addAll(loaded);
            }
            if (targets.isEmpty()) {
                return;
            }
            for (Map.Entry<RelationType<C, ?>, QuerySpec<?>> nested : spec.includes.entrySet()) {
                next.add(step(targets, nested.getKey(), nested.getValue(), kept.isEmpty(), step.relation()));
            }
        }
    }

    /**
     * The owners of one key (usually one; several for a BelongsTo of many to one target, or a list passed to a loader
     * twice) and the targets found for them.
     */
    private static final class Slot<P, C> {
        private final P owner;
        private List<P> more;
        private List<C> targets;

        Slot(P owner) {
            this.owner = owner;
        }

        void add(P another) {
            if (more == null) {
                more = new ArrayList<>(2);
            }
            more.add(another);
        }

        void clearTargets() {
            targets = null;
        }

        /** Adds a target found for this key; a to-one relation keeps only the first. */
        void add(C target, boolean many) {
            if (targets == null) {
                targets = new ArrayList<>(many ? 8 : 1);
                targets.add(target);
            } else if (many) {
                targets.add(target);
            }
        }

        /** Fills every owner's field: each owner of a to-many relation gets its own list. */
        void fill(RelationType<P, C> relation, boolean many) {
            fillOne(relation, owner, targets);
            if (more != null) {
                for (P another : more) {
                    fillOne(relation, another, targets == null || !many ? targets : new ArrayList<>(targets));
                }
            }
        }

        private static <P, C> void fillOne(RelationType<P, C> relation, P owner, List<C> found) {
            if (found == null) {
                relation.fillEmpty(owner);
            } else {
                relation.fill(owner, found);
            }
        }
    }
}
