package dev.junction.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * What the runtime knows of one relation field: its owner and target models, the columns that join them, and how
 * to read and fill the field. The processor generates one subclass per relation (in {@code XRelations}).
 *
 * <p>Keys: the owner's key ({@link #ownerKey}) is matched against the target's key ({@link #targetKey}). For
 * {@code HasMany} and {@code HasOne} the owner's key is its id and the target's key is the target's foreign-key
 * column; for {@code BelongsTo} the owner's key is its own foreign-key column and the target's key is the target's
 * id.
 *
 * @param <P> the owner model
 * @param <C> the target model
 */
public abstract class RelationType<P, C> {

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

    /**
     * Describes a relation.
     *
     * @param name the relation field's name
     * @param kind its kind
     * @param owner the model that declares the field
     * @param target the model the field refers to
     * @param ownerColumn the owner's column holding its key (its id, or for BelongsTo its foreign key)
     * @param targetColumn the target's column holding the matching key (its foreign key, or for BelongsTo its id)
     * @param inverse the relation on the target that points back, resolved on first use; null when none
     */
    protected RelationType(String name, Kind kind, ModelType<P, ?> owner, ModelType<C, ?> target,
            Field<?> ownerColumn, Field<?> targetColumn, Supplier<? extends RelationType<C, P>> inverse) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.target = Objects.requireNonNull(target, "target");
        this.ownerColumn = Objects.requireNonNull(ownerColumn, "ownerColumn");
        this.targetColumn = Objects.requireNonNull(targetColumn, "targetColumn");
        this.inverse = inverse;
        this.ownerIndex = indexOf(owner, ownerColumn);
        this.targetIndex = indexOf(target, targetColumn);
    }

    private int indexOf(ModelType<?, ?> model, Field<?> column) {
        int index = model.columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("Relation " + name + ": " + column + " is not a column of " + model);
        }
        return index;
    }

    /** The owner's key value: its id, or for BelongsTo its foreign key; null means "refers to nothing". */
    public final Object ownerKey(P owner) {
        return this.owner.value(owner, ownerIndex);
    }

    /** The target's key value: its foreign key, or for BelongsTo its id. */
    public final Object targetKey(C target) {
        return this.target.value(target, targetIndex);
    }

    /** Whether the field on {@code owner} already holds a loaded value (an empty one included). */
    public abstract boolean isLoaded(P owner);

    /**
     * Fills the field of {@code owner} with the targets found for it, in order.
     *
     * @param owner the owner
     * @param targets the targets found, possibly empty
     */
    public abstract void fill(P owner, java.util.List<C> targets);

    /** The relation field's name. */
    public String name() {
        return name;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** The model that declares the relation. */
    public ModelType<P, ?> owner() {
        return owner;
    }

    /** The model the relation refers to. */
    public ModelType<C, ?> target() {
        return target;
    }

    /** The owner's key column. */
    public Field<?> ownerColumn() {
        return ownerColumn;
    }

    /** The target's key column. */
    public Field<?> targetColumn() {
        return targetColumn;
    }

    /** The relation on the target that points back, or null. */
    public RelationType<C, P> inverse() {
        return inverse == null ? null : inverse.get();
    }

    /**
     * Sets the back reference of each target to {@code owner} when the inverse holds one model (BelongsTo or
     * HasOne); a collection inverse is left alone, since one load shows only part of it.
     */
    void fillInverse(P owner, java.util.List<C> targets) {
        RelationType<C, P> back = inverse();
        if (back instanceof ToOne<C, P> one) {
            for (C t : targets) {
                one.assign(t, owner);
            }
        }
    }

    @Override
    public String toString() {
        return owner.modelClass().getSimpleName() + "." + name + " (" + kind + " " + target.modelClass().getSimpleName()
                + " on connection '" + target.connection() + "')";
    }
}
