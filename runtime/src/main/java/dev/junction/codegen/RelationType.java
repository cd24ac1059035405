package dev.junction.codegen;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * What the runtime knows of one relation field: its owner and target models, the columns that join them, and how
 * to read and fill the field. The processor generates one subclass of {@link ToMany} or {@link ToOne} per relation
 * (in {@code XRelations}).
 *
 * <p>Keys: the owner's key ({@link #ownerKey}) is matched against the target's key ({@link #targetKey}). For
 * {@code HasMany} and {@code HasOne} the owner's key is its id and the target's key is the target's foreign-key
 * column; for {@code BelongsTo} the owner's key is its own foreign-key column and the target's key is the target's
 * id.
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract sealed class RelationType<P, C> permits ToMany, ToOne {

    /** The three kinds of relation. */
    public enum Kind {
        /** {@code @HasMany}: a collection of targets holding the owner's id. */
        HAS_MANY,
        /** {@code @BelongsTo}: the owner holds the target's id. */
        BELONGS_TO,
        /** {@code @HasOne}: one target holding the owner's id. */
        HAS_ONE
    }

    private final String name;
    private final Kind kind;
    private final ModelType<P, ?> owner;
    private final ModelType<C, ?> target;
    private final Field<?> ownerColumn;
    private final Field<?> targetColumn;
    private final Supplier<? extends RelationType<C, P>> inverse;
    private final int ownerIndex;
    private final int targetIndex;

    RelationType(String name, Kind kind, ModelType<P, ?> owner, ModelType<C, ?> target,
            Field<?> ownerColumn, Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.target = Objects.requireNonNull(target, "target");
        this.ownerColumn = Objects.requireNonNull(ownerColumn, "ownerColumn");
        this.targetColumn = Objects.requireNonNull(targetColumn, "targetColumn");
        this.inverse = inverse;
        this.ownerIndex = owner.columnIndex(ownerColumn);
        this.targetIndex = target.columnIndex(targetColumn);
    }

    /**
     * The owner's key value: its id, or for BelongsTo its foreign key.
     *
     * @param owner an instance of the owner model
     * @return the key; null means "refers to nothing"
     */
    public final Object ownerKey(P owner) {
        return this.owner.value(owner, ownerIndex);
    }

    /**
     * The target's key value: its foreign key, or for BelongsTo its id.
     *
     * @param target an instance of the target model
     * @return the key
     */
    public final Object targetKey(C target) {
        return this.target.value(target, targetIndex);
    }

    /**
     * Whether the field on {@code owner} holds a loaded value (an empty one included) that is still true: for a
     * to-one relation, one whose key matches the owner's current key.
     *
     * @param owner an instance of the owner model
     * @return whether a load would only repeat what the field holds
     */
    public abstract boolean isLoaded(P owner);

    /**
     * Fills the field of {@code owner} with the targets found for it, in order, and sets their back reference
     * when the inverse holds one model.
     *
     * @param owner the owner
     * @param targets the targets found, possibly empty; the field may keep this list
     */
    public abstract void fill(P owner, List<C> targets);

    /**
     * Fills the fields of owners that refer to nothing (a null key) or found nothing, without a query.
     *
     * @param owner the owner
     */
    public abstract void fillEmpty(P owner);

    /** The relation field's name. */
    public final String name() {
        return name;
    }

    /** The kind. */
    public final Kind kind() {
        return kind;
    }

    /** The model that declares the relation. */
    public final ModelType<P, ?> owner() {
        return owner;
    }

    /** The model the relation refers to. */
    public final ModelType<C, ?> target() {
        return target;
    }

    /** The owner's key column. */
    public final Field<?> ownerColumn() {
        return ownerColumn;
    }

    /** The target's key column. */
    public final Field<?> targetColumn() {
        return targetColumn;
    }

    /** The position of the target's key column among the target's columns. */
    public final int targetColumnIndex() {
        return targetIndex;
    }

    /** The relation on the target that points back, or null. */
    public final RelationType<C, P> inverse() {
        return inverse == null ? null : inverse.get();
    }

    /**
     * Sets the back reference of each target to {@code owner} when the inverse holds one model (BelongsTo or
     * HasOne); a collection inverse is left alone, since one load shows only part of it.
     */
    final void fillInverse(P owner, List<C> targets) {
        if (inverse != null && inverse.get() instanceof ToOne<C, P> one) {
            for (int i = 0, n = targets.size(); i < n; i++) {
                one.assign(targets.get(i), owner);
            }
        }
    }

    /** {@link #fillInverse} for one target. */
    final void fillInverse(P owner, C target) {
        if (inverse != null && inverse.get() instanceof ToOne<C, P> one) {
            one.assign(target, owner);
        }
    }

    @Override
    public String toString() {
        return owner.modelClass().getSimpleName() + "." + name + " (" + kind + " " + target.modelClass().getSimpleName()
                + " on connection '" + target.connection() + "')";
    }
}
