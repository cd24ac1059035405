package dev.junction.codegen;

import dev.junction.internal.JunctionRuntime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * A {@code @BelongsTo} or {@code @HasOne} relation: a field holding one model. The field is a cache of what the
 * foreign key refers to, and the foreign key is the truth: a value is current only while its key matches the
 * owner's (after {@code post.userId} changes, {@code PostRelations.user(post)} loads the new user). A null field
 * counts as loaded only when this relation remembers that nothing was found for that instance under its current key
 * (kept weakly, by identity, so it never keeps an instance alive).
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract non-sealed class ToOne<P, C> extends RelationType<P, C> {

    private final IdentityMarks absent = new IdentityMarks();

    /**
     * Describes a to-one relation.
     *
     * @param name the relation field's name
     * @param kind {@link Kind#BELONGS_TO} or {@link Kind#HAS_ONE}
     * @param owner the model that declares the field
     * @param target the model the field refers to
     * @param ownerColumn the owner's column holding its key (its foreign key for BelongsTo, its id for HasOne)
     * @param targetColumn the target's column holding the matching key (its id for BelongsTo, its foreign key for
     *     HasOne)
     * @param inverse the relation on the target that points back, resolved on first use; null when none
     */
    protected ToOne(String name, Kind kind, ModelType<P, ?> owner, ModelType<C, ?> target, Field<?> ownerColumn,
            Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        super(name, kind, owner, target, ownerColumn, targetColumn, inverse);
        if (kind == Kind.HAS_MANY) {
            throw new IllegalArgumentException("A to-one relation cannot be " + kind);
        }
    }

    /**
     * The field's current value.
     *
     * @param owner the owner
     * @return the target, or null
     */
    protected abstract C get(P owner);

    /**
     * Stores a value in the field.
     *
     * @param owner the owner
     * @param target the target, or null
     */
    protected abstract void set(P owner, C target);

    @Override
    public final boolean isLoaded(P owner) {
        Object key = ownerKey(owner);
        C current = get(owner);
        if (current != null) {
            return key != null && Objects.equals(targetKey(current), key);
        }
        return key == null || absent.containsWith(owner, key);
    }

    @Override
    public final void fill(P owner, List<C> targets) {
        C first = targets.isEmpty() ? null : targets.get(0);
        assign(owner, first);
        if (first != null) {
            fillInverse(owner, first);
        }
    }

    @Override
    public final void fillEmpty(P owner) {
        assign(owner, null);
    }

    /**
     * The field's value when it is loaded and current, without a query.
     *
     * @param owner the owner
     * @return the target, or null when there is none or it is not loaded
     */
    public final C loaded(P owner) {
        return get(owner);
    }

    /** Sets the field, remembering a null as "loaded, nothing found" under the owner's current key. */
    final void assign(P owner, C target) {
        set(owner, target);
        if (target == null) {
            Object key = ownerKey(owner);
            if (key == null) {
                absent.remove(owner);
            } else {
                absent.put(owner, key);
            }
        } else {
            absent.remove(owner);
        }
    }

    /**
     * The lazy accessor: unless the field is loaded and current, loads it with one query on the target's read
     * connection and caches the result, an empty one included. A null foreign key finds nothing without a query.
     *
     * @param owner the owner
     * @return the target, if there is one
     */
    public final Optional<C> load(P owner) {
        Objects.requireNonNull(owner, () -> "Cannot load " + this + " of a null owner");
        if (!isLoaded(owner)) {
            if (ownerKey(owner) == null) {
                assign(owner, null);
            } else {
                JunctionRuntime.current().loadOne(owner, this);
            }
        }
        return Optional.ofNullable(get(owner));
    }
}
