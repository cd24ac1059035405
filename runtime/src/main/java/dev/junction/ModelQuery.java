package dev.junction;

import dev.junction.codegen.ModelType;
import dev.junction.codegen.RelationType;
import dev.junction.internal.JunctionRuntime;
import dev.junction.internal.QuerySpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.OrderField;

/**
 * The fluent query over one model that every generated {@code XQuery} class extends: conditions, order, limit and
 * offset, relations to load with the results, then a terminal that runs it on the model's read connection.
 *
 * <pre>{@code
 * List<User> active = UserQueries.findAll()
 *         .where(UserTable.STATUS.eq(Status.ACTIVE))
 *         .orderBy(UserTable.USERNAME.asc())
 *         .limit(20)
 *         .withPosts(p -> p.orderBy(PostTable.ID.desc()).limit(3))
 *         .all();
 * }</pre>
 *
 * <p>A query is a mutable builder: each method changes it and returns it. It is not thread-safe; build one per use.
 * Values in conditions are always bound, never spliced into the SQL text.
 *
 * <p><b>Relations requested twice.</b> Calling the same {@code withX} more than once on one query loads that
 * relation once: the steps merge. The later call's condition, order, limit and offset replace the earlier call's (a
 * later call without a customizer has none, so it loads every target), and the nested loads of every call are kept,
 * merged by the same rule level by level. The merged load keeps the place of the first call.
 *
 * @param <M> the model
 * @param <Q> the generated query class itself, so that chained calls keep its {@code withX} methods
 */
public abstract class ModelQuery<M, Q extends ModelQuery<M, Q>> {

    static {
        QuerySpec.grantAccess(query -> query.spec);
    }

    private final QuerySpec<M> spec;

    /**
     * Starts a query that matches every row of the model.
     *
     * @param type the generated description of the model
     */
    protected ModelQuery(ModelType<M, ?> type) {
        this.spec = new QuerySpec<>(type);
    }

    /**
     * This query, typed as the generated subclass.
     *
     * @return {@code this}
     */
    protected abstract Q self();

    /**
     * Adds conditions; a row must match all of them and every condition added before.
     *
     * @param conditions jOOQ conditions, usually on the fields of the generated {@code XTable}
     * @return this query
     */
    public Q where(Condition... conditions) {
        spec.where(conditions);
        return self();
    }

    /**
     * Adds sort keys, after any added before.
     *
     * @param fields for example {@code UserTable.USERNAME.asc()}
     * @return this query
     */
    public Q orderBy(OrderField<?>... fields) {
        spec.orderBy(fields);
        return self();
    }

    /**
     * Returns at most {@code limit} rows; in a {@code withX} customizer, at most {@code limit} per owner.
     *
     * @param limit zero or more
     * @return this query
     */
    public Q limit(int limit) {
        spec.limit(limit);
        return self();
    }

    /**
     * Skips the first {@code offset} rows; in a {@code withX} customizer, the first {@code offset} of each owner.
     *
     * @param offset zero or more
     * @return this query
     */
    public Q offset(int offset) {
        spec.offset(offset);
        return self();
    }

    /**
     * Loads a relation eagerly with the models this query returns: one query per database for all of them. Called
     * by the generated {@code withX} methods. A relation included twice is loaded once (see the class comment).
     *
     * @param relation the relation
     * @param query the target query: its conditions and order apply, its limit and offset apply per owner, and
     *     its own includes load the next level; null for every target
     * @param <C> the target model
     * @return this query
     */
    protected final <C> Q include(RelationType<M, C> relation, ModelQuery<C, ?> query) {
        spec.include(relation, query == null ? null : query.spec);
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
        spec.whereHas(relation, query.spec);
        return self();
    }

    /**
     * Runs the query and returns every matching model, in the requested order, with the requested relations loaded.
     *
     * @return the models
     */
    public List<M> all() {
        return JunctionRuntime.current().all(spec);
    }

    /**
     * Runs the query for its first row (by id when no order was given).
     *
     * @return the first model, if any matches
     */
    public Optional<M> first() {
        return JunctionRuntime.current().first(spec);
    }

    /**
     * The number of matching rows, honouring limit and offset.
     *
     * @return the count
     */
    public long count() {
        return JunctionRuntime.current().count(spec);
    }

    /**
     * Whether any row matches (honouring offset: whether a row exists past it).
     *
     * @return true when one does
     */
    public boolean exists() {
        return JunctionRuntime.current().exists(spec);
    }

    /**
     * Streams the matching models with bounded memory: rows are fetched from a database cursor as the stream is
     * consumed. The stream holds a database connection until it is closed, so close it:
     * {@code try (Stream<User> users = UserQueries.findAll().stream()) { ... }}. A connection that breaks while the
     * stream is read gives {@link DatabaseUnavailableException}, and the connection is evicted from its pool.
     *
     * <p>Relations requested with {@code withX} are loaded for each batch of 500 rows, one query per relation per
     * database per batch. Those queries borrow their own pooled connections while the cursor holds one, so a target
     * on the same connection as this query needs a pool of two or more (inside a transaction on that connection they
     * use the transaction's).
     *
     * @return the stream; close it
     */
    public Stream<M> stream() {
        return JunctionRuntime.current().stream(spec);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + spec;
    }
}
