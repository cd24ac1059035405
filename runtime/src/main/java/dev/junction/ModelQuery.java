package dev.junction;

import dev.junction.internal.Include;
import dev.junction.internal.ModelType;
import dev.junction.internal.QueryRunner;
import dev.junction.internal.RelationType;
import dev.junction.internal.WhereHas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * The fluent query over one model that every generated {@code XQuery} class extends: conditions, order, limit and
 * offset, then a terminal that runs it on the model's read connection.
 *
 * <pre>{@code
 * List<User> active = UserQueries.findAll()
 *         .where(UserTable.STATUS.eq(Status.ACTIVE))
 *         .orderBy(UserTable.USERNAME.asc())
 *         .limit(20)
 *         .all();
 * }</pre>
 *
 * <p>A query is a mutable builder: each method changes it and returns it. It is not thread-safe; build one per use.
 * Values in conditions are always bound, never spliced into the SQL text.
 *
 * @param <M> the model
 * @param <Q> the generated query class itself, so that chained calls keep its {@code withX} methods
 */
public abstract class ModelQuery<M, Q extends ModelQuery<M, Q>> {

    private final ModelType<M, ?> type;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<OrderField<?>> order = new ArrayList<>();
    private final List<Include<M, ?>> includes = new ArrayList<>();
    private final List<Include<M, ?>> whereHas = new ArrayList<>();
    private Integer limit;
    private Integer offset;

    /**
     * Starts a query that matches every row of the model.
     *
     * @param type the generated description of the model
     */
    protected ModelQuery(ModelType<M, ?> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** This query, typed as the generated subclass. */
    protected abstract Q self();

    /**
     * Adds conditions; a row must match all of them and every condition added before.
     *
     * @param conditions jOOQ conditions, usually on the fields of the generated {@code XTable}
     * @return this query
     */
    public Q where(Condition... conditions) {
        for (Condition condition : conditions) {
            this.conditions.add(Objects.requireNonNull(condition, "condition"));
        }
        return self();
    }

    /**
     * Adds sort keys, after any added before.
     *
     * @param fields for example {@code UserTable.USERNAME.asc()}
     * @return this query
     */
    public Q orderBy(OrderField<?>... fields) {
        for (OrderField<?> field : fields) {
            order.add(Objects.requireNonNull(field, "field"));
        }
        return self();
    }

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return this query
     */
    public Q limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, but was " + limit + " for " + type);
        }
        this.limit = limit;
        return self();
    }

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return this query
     */
    public Q offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, but was " + offset + " for " + type);
        }
        this.offset = offset;
        return self();
    }

    /**
     * Loads a relation eagerly with the models this query returns: one query per database for all of them. Called
     * by the generated {@code withX} methods.
     *
     * @param relation the relation
     * @param query the target query: its conditions and order apply, its limit and offset apply per owner, and
     *     its own includes load the next level
     * @param <C> the target model
     * @return this query
     */
    protected final <C> Q include(RelationType<M, C> relation, ModelQuery<C, ?> query) {
        checkOwner(relation);
        includes.add(new Include<>(relation, query));
        return self();
    }

    /**
     * Keeps only models that have a target matching {@code query}. Called by the generated {@code whereHasX}
     * methods.
     *
     * @param relation the relation
     * @param query the target query; only its conditions count
     * @param <C> the target model
     * @return this query
     */
    protected final <C> Q whereHas(RelationType<M, C> relation, ModelQuery<C, ?> query) {
        checkOwner(relation);
        whereHas.add(new Include<>(relation, Objects.requireNonNull(query, "query")));
        return self();
    }

    private void checkOwner(RelationType<M, ?> relation) {
        if (relation.owner() != type) {
            throw new IllegalArgumentException(relation + " is not a relation of " + type);
        }
    }

    /** Runs the query and returns every matching model, in the requested order. */
    public List<M> all() {
        return QueryRunner.all(this);
    }

    /** Runs the query for its first row (by id when no order was given). */
    public Optional<M> first() {
        return QueryRunner.first(this);
    }

    /** The number of matching rows, honouring limit and offset. */
    public long count() {
        return QueryRunner.count(this);
    }

    /** Whether any row matches. */
    public boolean exists() {
        return QueryRunner.exists(this);
    }

    /**
     * Streams the matching models with bounded memory: rows are fetched from a database cursor as the stream is
     * consumed. The stream holds a database connection until it is closed, so close it:
     * {@code try (Stream<User> users = UserQueries.findAll().stream()) { ... }}.
     *
     * <p>Relations requested with {@code withX} are loaded for each batch of {@value QueryRunner#STREAM_BATCH}
     * rows, one query per relation per database per batch. Those queries borrow their own pooled connections
     * while the cursor holds one, so a target on the same connection as this query needs a pool of two or more.
     */
    public Stream<M> stream() {
        return QueryRunner.stream(this);
    }

    /** The generated description of the model. Not API. */
    public final ModelType<M, ?> modelType() {
        return type;
    }

    /**
     * Every condition added, combined with AND ({@code true} when there is none). A {@code whereHas} across
     * databases is resolved here, which runs its first step's query. Not API.
     */
    public final Condition condition() {
        List<Condition> all = new ArrayList<>(conditions);
        for (Include<M, ?> has : whereHas) {
            all.add(resolve(has));
        }
        return all.isEmpty() ? DSL.noCondition() : DSL.and(all);
    }

    private static <M, C> Condition resolve(Include<M, C> has) {
        return WhereHas.resolve(has.relation(), has.query());
    }

    /** The relations to load eagerly with the results. Not API. */
    public final List<Include<M, ?>> includes() {
        return Collections.unmodifiableList(includes);
    }

    /** The sort keys added, in order. */
    public final List<OrderField<?>> order() {
        return Collections.unmodifiableList(order);
    }

    /** The limit, or {@code null}. */
    public final Integer limitValue() {
        return limit;
    }

    /** The offset, or {@code null}. */
    public final Integer offsetValue() {
        return offset;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type + ", where " + conditions + ", order " + order
                + ", limit " + limit + ", offset " + offset + "]";
    }
}
