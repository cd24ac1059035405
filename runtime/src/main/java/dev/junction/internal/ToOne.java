package dev.junction.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * A {@code @BelongsTo} or {@code @HasOne} relation: a field holding one model. A non-null field is loaded; a null
 * field is loaded only when this relation remembers that nothing was found for that instance (kept weakly, by
 * identity, so it never keeps an instance alive).
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract class ToOne<P, C> extends RelationType<P, C> {

    private final IdentityMarks absent = new IdentityMarks();

    /** See {@link RelationType#RelationType}. */
    protected ToOne(String name, Kind kind, ModelType<P, ?> owner, ModelType<C, ?> target, Field<?> ownerColumn,
            Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        super(name, kind, owner, target, ownerColumn, targetColumn, inverse);
    }

    /** The field's current value. */
    protected abstract C get(P owner);

    /** Stores a value in the field. */
    protected abstract void set(P owner, C target);

    @Override
    public final boolean isLoaded(P owner) {
        return get(owner) != null || absent.contains(owner);
    }

    @Override
    public final void fill(P owner, List<C> targets) {
        C first = targets.isEmpty() ? null : targets.get(0);
        assign(owner, first);
        if (first != null) {
            fillInverse(owner, List.of(first));
        }
    }

    /** Sets the field, remembering a null as "loaded, nothing found". */
    final void assign(P owner, C target) {
        set(owner, target);
        if (target == null) {
            absent.add(owner);
        } else {
            absent.remove(owner);
        }
    }

    /**
     * The lazy accessor: loads the field with one query on the target's read connection unless it is loaded, and
     * caches the result, an empty one included. A null foreign key finds nothing without a query.
     */
    public final Optional<C> load(P owner) {
        if (!isLoaded(owner)) {
            EagerLoader.loadOne(owner, this);
        }
        return Optional.ofNullable(get(owner));
    }
}
