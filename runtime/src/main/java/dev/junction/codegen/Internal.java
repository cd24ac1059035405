package dev.junction.codegen;

import dev.junction.ModelQuery;
import dev.junction.internal.JunctionRuntime;
import dev.junction.internal.QuerySpec;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The entry points that generated {@code XQueries} and {@code XLoader} classes call, like jOOQ's
 * {@code org.jooq.impl.Internal}: one static method per generated operation, each running on the configured
 * runtime. Not for applications; call the generated classes instead.
 */
public final class Internal {

    private Internal() {}

    /**
     * {@code XQueries.findById}: the model with that id, on its read connection; a null id finds nothing and runs no
     * query.
     *
     * @param type the model
     * @param id the id, or null
     * @param <M> the model class
     * @param <K> the id type
     * @return the model, if a row has that id
     */
    public static <M, K> Optional<M> findById(ModelType<M, K> type, K id) {
        return JunctionRuntime.current().findById(type, id);
    }

    /**
     * {@code XQueries.findByIds}: the models with those ids, in no particular order; missing ids are skipped.
     *
     * @param type the model
     * @param ids the ids
     * @param <M> the model class
     * @param <K> the id type
     * @return the models found
     */
    public static <M, K> List<M> findByIds(ModelType<M, K> type, Collection<? extends K> ids) {
        return JunctionRuntime.current().findByIds(type, ids);
    }

    /**
     * {@code XQueries.findByF}: the first model (by id) whose column equals {@code value}, {@code IS NULL} for null.
     *
     * @param type the model
     * @param column one of its columns
     * @param value the value
     * @param <M> the model class
     * @param <T> the column type
     * @return the first match
     */
    public static <M, T> Optional<M> findBy(ModelType<M, ?> type, Field<T> column, T value) {
        return JunctionRuntime.current().findBy(type, column, value);
    }

    /**
     * {@code XQueries.findAllByF}: every model whose column equals {@code value}, {@code IS NULL} for null.
     *
     * @param type the model
     * @param column one of its columns
     * @param value the value
     * @param <M> the model class
     * @param <T> the column type
     * @return the matches, by id
     */
    public static <M, T> List<M> findAllBy(ModelType<M, ?> type, Field<T> column, T value) {
        return JunctionRuntime.current().findAllBy(type, column, value);
    }

    /**
     * {@code XQueries.count}: the number of rows matching every condition.
     *
     * @param type the model
     * @param conditions the conditions; none counts every row
     * @return the count
     */
    public static long count(ModelType<?, ?> type, Condition... conditions) {
        return JunctionRuntime.current().count(type, conditions);
    }

    /**
     * {@code XQueries.insert}.
     *
     * @param type the model
     * @param model the instance; its generated id is set
     * @param <M> the model class
     * @return {@code model}
     */
    public static <M> M insert(ModelType<M, ?> type, M model) {
        return JunctionRuntime.current().insert(type, model);
    }

    /**
     * {@code XQueries.insertAll}: all or nothing.
     *
     * @param type the model
     * @param models the instances; their generated ids are set
     * @param <M> the model class
     */
    public static <M> void insertAll(ModelType<M, ?> type, Collection<? extends M> models) {
        JunctionRuntime.current().insertAll(type, models);
    }

    /**
     * {@code XQueries.update}.
     *
     * @param type the model
     * @param model the instance
     * @param <M> the model class
     * @return {@code model}
     */
    public static <M> M update(ModelType<M, ?> type, M model) {
        return JunctionRuntime.current().update(type, model);
    }

    /**
     * {@code XQueries.save}.
     *
     * @param type the model
     * @param model the instance
     * @param <M> the model class
     * @return {@code model}
     */
    public static <M> M save(ModelType<M, ?> type, M model) {
        return JunctionRuntime.current().save(type, model);
    }

    /**
     * {@code XQueries.delete}.
     *
     * @param type the model
     * @param model the instance
     * @param <M> the model class
     * @return whether a row was deleted
     */
    public static <M> boolean delete(ModelType<M, ?> type, M model) {
        return JunctionRuntime.current().delete(type, model);
    }

    /**
     * {@code XQueries.deleteById}.
     *
     * @param type the model
     * @param id the id
     * @param <K> the id type
     * @return whether a row was deleted
     */
    public static <K> boolean deleteById(ModelType<?, K> type, K id) {
        return JunctionRuntime.current().deleteById(type, id);
    }

    /**
     * {@code XLoader.loadX}: loads one relation of models already held, replacing what it held.
     *
     * @param owners the models
     * @param relation the relation
     * @param query the customized target query, or null for every target
     * @param <P> the owner model
     * @param <C> the target model
     */
    public static <P, C> void load(Collection<P> owners, RelationType<P, C> relation, ModelQuery<C, ?> query) {
        JunctionRuntime.current().load(owners, relation, query == null ? null : QuerySpec.of(query));
    }
}
