package dev.junction.internal;

import dev.junction.ModelQuery;
import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.OrderField;

/**
 * What a {@link ModelQuery} asks for: conditions, order, limit and offset, the relations to load with the results
 * (each with the query that shapes its targets), and the {@code whereHas} filters. {@code ModelQuery} keeps one
 * privately and hands it to the runtime's terminals; generated loaders reach it through {@link #of}. Not API.
 *
 * <p>A relation included twice merges into one load (see {@link #include}).
 *
 * @param <M> the model
 */
public final class QuerySpec<M> {

    private static volatile Function<ModelQuery<?, ?>, QuerySpec<?>> access;

    final ModelType<M, ?> type;
    final List<Condition> conditions = new ArrayList<>(1);
    final List<OrderField<?>> order = new ArrayList<>(1);
    Integer limit;
    Integer offset;
    /** The relations to load, in the order of their first request, each with its target query (null: all). */
    final Map<RelationType<M, ?>, QuerySpec<?>> includes = new LinkedHashMap<>(2);
    final List<Has<M, ?>> whereHas = new ArrayList<>(0);

    /** A {@code whereHas} filter: owners that have a target matching {@code query}. */
    record Has<P, C>(RelationType<P, C> relation, QuerySpec<C> query) {}

    /**
     * A query over every row of the model.
     *
     * @param type the model
     */
    public QuerySpec(ModelType<M, ?> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Called once, by {@link ModelQuery}'s class initialiser, to let generated loaders reach a query's spec without
     * {@code ModelQuery} exposing it (the JDK's "shared secrets" idiom).
     *
     * @param accessor reads the spec of a query
     */
    public static void grantAccess(Function<ModelQuery<?, ?>, QuerySpec<?>> accessor) {
        if (access == null) {
            access = accessor;
        }
    }

    /**
     * The spec of a query.
     *
     * @param query the query
     * @param <M> the model
     * @return its spec
     */
    @SuppressWarnings("unchecked") // a ModelQuery<M, ?> holds a QuerySpec<M>
    public static <M> QuerySpec<M> of(ModelQuery<M, ?> query) {
        return (QuerySpec<M>) access.apply(query);
    }

    /**
     * Adds conditions.
     *
     * @param added the conditions
     */
    public void where(Condition... added) {
        for (Condition condition : added) {
            conditions.add(Objects.requireNonNull(condition, "condition"));
        }
    }

    /**
     * Adds sort keys.
     *
     * @param fields the sort keys
     */
    public void orderBy(OrderField<?>... fields) {
        for (OrderField<?> field : fields) {
            order.add(Objects.requireNonNull(field, "field"));
        }
    }

    /**
     * Sets the limit.
     *
     * @param rows zero or more
     */
    public void limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must not be negative, but was " + rows + " for " + type);
        }
        limit = rows;
    }

    /**
     * Sets the offset.
     *
     * @param rows zero or more
     */
    public void offset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must not be negative, but was " + rows + " for " + type);
        }
        offset = rows;
    }

    /**
     * Loads a relation with the results. When it was included before, the two merge into one load: {@code query}'s
     * condition, order, limit and offset replace the earlier ones (none when null), the nested loads of both are
     * kept, merged by the same rule, and the load keeps the place of the first request.
     *
     * @param relation a relation of this model
     * @param query the target query, or null for every target
     * @param <C> the target model
     */
    public <C> void include(RelationType<M, C> relation, QuerySpec<C> query) {
        checkOwner(relation);
        if (query != null && query.type != relation.target()) {
            throw new IllegalArgumentException("The query for " + relation + " is over " + query.type);
        }
        @SuppressWarnings("unchecked") // stored under its own relation
        QuerySpec<C> earlier = (QuerySpec<C>) includes.get(relation);
        includes.put(relation, earlier == null ? query : merge(relation.target(), earlier, query));
    }

    /** The later query's filters with the nested loads of both, the earlier's first; null only when both are. */
    private static <C> QuerySpec<C> merge(ModelType<C, ?> target, QuerySpec<C> earlier, QuerySpec<C> later) {
        if (earlier == null) {
            return later;
        }
        QuerySpec<C> merged = later != null ? later : new QuerySpec<>(target);
        Map<RelationType<C, ?>, QuerySpec<?>> laterIncludes = new LinkedHashMap<>(merged.includes);
        merged.includes.clear();
        merged.includes.putAll(earlier.includes);
        laterIncludes.forEach((relation, query) -> mergeInto(merged, relation, query));
        return merged;
    }

    private static <C, T> void mergeInto(QuerySpec<C> spec, RelationType<C, T> relation, QuerySpec<?> later) {
        @SuppressWarnings("unchecked") // stored under its own relation
        QuerySpec<T> typed = (QuerySpec<T>) later;
        spec.include(relation, typed);
    }

    /**
     * Keeps only models that have a target matching {@code query}; only its conditions (and its own
     * {@code whereHas} filters) count.
     *
     * @param relation a relation of this model
     * @param query the target query
     * @param <C> the target model
     */
    public <C> void whereHas(RelationType<M, C> relation, QuerySpec<C> query) {
        checkOwner(relation);
        Objects.requireNonNull(query, "query");
        whereHas.add(new Has<>(relation, query));
    }

    private void checkOwner(RelationType<M, ?> relation) {
        if (relation.owner() != type) {
            throw new IllegalArgumentException(relation + " is not a relation of " + type);
        }
    }

    /** Whether rows are filtered: conditions or {@code whereHas}. */
    boolean filters() {
        return !conditions.isEmpty() || !whereHas.isEmpty();
    }

    @Override
    public String toString() {
        return "[" + type + ", where " + conditions + (whereHas.isEmpty() ? "" : ", whereHas " + whereHas.size())
                + ", order " + order + ", limit " + limit + ", offset " + offset
                + (includes.isEmpty() ? "" : ", with " + includes.keySet()) + "]";
    }
}
