package dev.junction.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * A {@code @HasMany} relation: a collection field. A null field is "not loaded"; an empty collection is "loaded,
 * nothing found".
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract class ToMany<P, C> extends RelationType<P, C> {

    /** See {@link RelationType#RelationType}. */
    protected ToMany(String name, ModelType<P, ?> owner, ModelType<C, ?> target, Field<?> ownerColumn,
            Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        super(name, Kind.HAS_MANY, owner, target, ownerColumn, targetColumn, inverse);
    }

    /** The field's current value, null when not loaded. */
    protected abstract Collection<C> get(P owner);

    /** Stores the loaded targets in the field, converting to the field's collection type. */
    protected abstract void set(P owner, List<C> targets);

    @Override
    public final boolean isLoaded(P owner) {
        return get(owner) != null;
    }

    @Override
    public final void fill(P owner, List<C> targets) {
        set(owner, targets);
        fillInverse(owner, targets);
    }

    /**
     * The lazy accessor: loads the field with one query on the target's read connection unless it is loaded,
     * and caches the result on the instance. An owner whose key is null gets an empty collection without a query.
     */
    public final void ensureLoaded(P owner) {
        if (!isLoaded(owner)) {
            EagerLoader.loadOne(owner, this);
        }
    }
}
