package dev.junction.codegen;

import dev.junction.internal.JunctionRuntime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * A {@code @HasMany} relation: a collection field. A null field is "not loaded"; an empty collection is "loaded,
 * nothing found".
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract non-sealed class ToMany<P, C> extends RelationType<P, C> {

    /**
     * Describes a to-many relation.
     *
     * @param name the relation field's name
     * @param owner the model that declares the field
     * @param target the model the field refers to
     * @param ownerColumn the owner's id column
     * @param targetColumn the target's foreign-key column
     * @param inverse the relation on the target that points back, resolved on first use; null when none
     */
    protected ToMany(String name, ModelType<P, ?> owner, ModelType<C, ?> target, Field<?> ownerColumn,
            Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        super(name, Kind.HAS_MANY, owner, target, ownerColumn, targetColumn, inverse);
    }

    /**
     * The field's current value.
     *
     * @param owner the owner
     * @return the collection, or null when not loaded
     */
    protected abstract Collection<C> get(P owner);

    /**
     * Stores the loaded targets in the field, converting to the field's collection type.
     *
     * @param owner the owner
     * @param targets the targets, in order
     */
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

    @Override
    public final void fillEmpty(P owner) {
        set(owner, new ArrayList<>(0));
    }

    /**
     * The lazy accessor: loads the field with one query on the target's read connection unless it is loaded,
     * and caches the result on the instance. An owner whose key is null gets an empty collection without a query.
     *
     * @param owner the owner
     */
    public final void ensureLoaded(P owner) {
        Objects.requireNonNull(owner, () -> "Cannot load " + this + " of a null owner");
        if (!isLoaded(owner)) {
            if (ownerKey(owner) == null) {
                fillEmpty(owner);
            } else {
                JunctionRuntime.current().loadOne(owner, this);
            }
        }
    }
}
