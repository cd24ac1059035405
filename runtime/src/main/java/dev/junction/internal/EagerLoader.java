package dev.junction.internal;

import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.ModelQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Loads relations for a list of owners: one query per relation per level per database (key lists chunked within
 * bind limits), whatever the number of owners.
 *
 * <p>The calling thread drives the levels. At each level the relations are grouped by the connection their
 * targets are read from; groups on different connections run concurrently on a small shared pool of daemon
 * threads, and the statements of one group run one after another. Every statement borrows a pooled connection
 * only for its own duration, so a load never holds two connections of one pool at once and completes with pool
 * size 1. A group whose connection has a transaction open on the calling thread runs on the calling thread,
 * through that transaction.
 */
public final class EagerLoader {

    private static final String RANK = "junction_rank";
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), new LoaderThreads());

    private EagerLoader() {}

    /** One relation to load for a list of owners, with its target condition resolved on the calling thread. */
    private record Step<P, C>(List<P> owners, Include<P, C> include, Condition condition) {

        static <P, C> Step<P, C> of(List<P> owners, Include<P, C> include) {
            ModelQuery<C, ?> query = include.query();
            return new Step<>(owners, include, query == null ? DSL.noCondition() : query.condition());
        }

        ModelType<C, ?> target() {
            return include.relation().target();
        }
    }

    /** Loads each include into {@code owners}, and the includes nested in their queries, level by level. */
    public static <P> void load(List<P> owners, List<? extends Include<P, ?>> includes) {
        if (owners.isEmpty() || includes.isEmpty()) {
            return;
        }
        List<Step<?, ?>> level = new ArrayList<>();
        for (Include<P, ?> include : includes) {
            level.add(Step.of(owners, include));
        }
        while (!level.isEmpty()) {
            level = runLevel(level);
        }
    }

    /** Loads one relation into {@code owners}, replacing what they held: the generated {@code XLoader} methods. */
    public static <P, C> void load(Collection<P> owners, RelationType<P, C> relation, ModelQuery<C, ?> query) {
        load(new ArrayList<>(owners), List.of(new Include<>(relation, query)));
    }

    /** The lazy accessors: loads one relation of one owner on the calling thread. */
    static <P, C> void loadOne(P owner, RelationType<P, C> relation) {
        load(List.of(owner), List.of(new Include<>(relation, null)));
    }

    private static List<Step<?, ?>> runLevel(List<Step<?, ?>> level) {
        Map<String, List<Step<?, ?>>> byConnection = new LinkedHashMap<>();
        for (Step<?, ?> step : level) {
            byConnection.computeIfAbsent(Routing.readConnectionName(step.target()), c -> new ArrayList<>()).add(step);
        }
        List<Map.Entry<String, List<Step<?, ?>>>> here = new ArrayList<>();
        List<Map.Entry<String, List<Step<?, ?>>>> elsewhere = new ArrayList<>();
        for (Map.Entry<String, List<Step<?, ?>>> group : byConnection.entrySet()) {
            (Transactions.isActive(group.getKey()) ? here : elsewhere).add(group);
        }
        if (here.isEmpty() && !elsewhere.isEmpty()) {
            // With nothing else to do, the calling thread takes one group itself rather than just waiting.
            here.add(elsewhere.remove(elsewhere.size() - 1));
        }
        List<Future<List<Step<?, ?>>>> background = new ArrayList<>();
        for (Map.Entry<String, List<Step<?, ?>>> group : elsewhere) {
            Database database = Databases.get(group.getKey());
            List<Step<?, ?>> steps = group.getValue();
            background.add(EXECUTOR.submit(() -> runGroup(database, database.dsl(), steps)));
        }
        List<Step<?, ?>> next = new ArrayList<>();
        RuntimeException failure = null;
        for (Map.Entry<String, List<Step<?, ?>>> group : here) {
            Database database = Databases.get(group.getKey());
            try {
                next.addAll(runGroup(database, database.dslOrTransaction(), group.getValue()));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        for (Future<List<Step<?, ?>>> future : background) {
            try {
                next.addAll(future.get());
            } catch (ExecutionException e) {
                failure = failure != null ? failure : unwrap(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new JunctionException("Interrupted while loading relations", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return next;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new JunctionException("Loading relations failed: " + cause, cause);
    }

    private static List<Step<?, ?>> runGroup(Database database, DSLContext dsl, List<Step<?, ?>> steps) {
        List<Step<?, ?>> next = new ArrayList<>();
        for (Step<?, ?> step : steps) {
            next.addAll(run(database, dsl, step));
        }
        return next;
    }

    private static <P, C> List<Step<?, ?>> run(Database database, DSLContext dsl, Step<P, C> step) {
        RelationType<P, C> relation = step.include().relation();
        Map<Object, List<P>> ownersByKey = new LinkedHashMap<>();
        for (P owner : step.owners()) {
            Object key = relation.ownerKey(owner);
            if (key == null) {
                relation.fill(owner, List.of());
            } else {
                ownersByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(owner);
            }
        }
        List<C> targets;
        try {
            targets = fetchAll(database, dsl, step, ownersByKey.keySet());
        } catch (DatabaseUnavailableException e) {
            Database primary = Routing.fallback(step.target(), database.name(), e);
            targets = fetchAll(primary, primary.dsl(), step, ownersByKey.keySet());
        }
        Map<Object, List<C>> targetsByKey = new HashMap<>();
        for (C target : targets) {
            targetsByKey.computeIfAbsent(relation.targetKey(target), k -> new ArrayList<>()).add(target);
        }
        for (Map.Entry<Object, List<P>> entry : ownersByKey.entrySet()) {
            List<C> found = targetsByKey.getOrDefault(entry.getKey(), List.of());
            for (P owner : entry.getValue()) {
                relation.fill(owner, new ArrayList<>(found));
            }
        }
        ModelQuery<C, ?> query = step.include().query();
        List<Step<?, ?>> next = new ArrayList<>();
        if (query != null && !targets.isEmpty()) {
            for (Include<C, ?> nested : query.includes()) {
                next.add(Step.of(targets, nested));
            }
        }
        return next;
    }

    private static <P, C> List<C> fetchAll(Database database, DSLContext dsl, Step<P, C> step, Collection<?> keys) {
        List<C> targets = new ArrayList<>();
        for (Condition chunk : Keys.in(database.driver(), step.include().relation().targetColumn(), keys)) {
            targets.addAll(fetch(dsl, step, chunk));
        }
        return targets;
    }

    private static <P, C> List<C> fetch(DSLContext dsl, Step<P, C> step, Condition keys) {
        RelationType<P, C> relation = step.include().relation();
        ModelType<C, ?> target = relation.target();
        ModelQuery<C, ?> query = step.include().query();
        List<OrderField<?>> order = query == null || query.order().isEmpty()
                ? List.of(target.idField()) : query.order();
        Integer limit = query == null ? null : query.limitValue();
        Integer offset = query == null ? null : query.offsetValue();
        if (relation.kind() == RelationType.Kind.HAS_ONE && limit == null) {
            limit = 1;
        }
        Condition condition = keys.and(step.condition());
        if (relation.kind() == RelationType.Kind.BELONGS_TO || limit == null && offset == null) {
            return ResultSets.all(dsl.select(target.columns()).from(target.table()).where(condition).orderBy(order),
                    target);
        }
        // A limit per owner: rank each owner's targets with a window function, then keep the first ranks.
        Table<Record> ranked = dsl.select(target.columns())
                .select(DSL.rowNumber().over(DSL.partitionBy(relation.targetColumn()).orderBy(order)).as(RANK))
                .from(target.table())
                .where(condition)
                .asTable("junction_ranked");
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> column : target.columns()) {
            columns.add(ranked.field(column.getName()));
        }
        Field<Integer> rank = ranked.field(RANK, Integer.class);
        int first = offset == null ? 0 : offset;
        Condition window = rank.gt(first);
        if (limit != null) {
            window = window.and(rank.le(first + limit));
        }
        return ResultSets.all(dsl.select(columns).from(ranked).where(window).orderBy(rank), target);
    }

    private static final class LoaderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "junction-loader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
