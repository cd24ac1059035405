package dev.junction;

import java.util.Objects;

/**
 * A write of a model that committed: what {@link ModelListener}s receive, after the write's transaction commits (or
 * right after the statement, outside a transaction), never for a write that rolled back.
 *
 * @param <M> the model class
 */
public final class ModelEvent<M> {

    /** What the write did. */
    public enum Kind {
        /** The row was inserted ({@code insert}, {@code insertAll}, or {@code save} of a new row). */
        INSERT,
        /** The row was updated ({@code update}, or {@code save} of an existing row). */
        UPDATE,
        /** The row was deleted ({@code delete} or {@code deleteById}). */
        DELETE
    }

    private final Kind kind;
    private final M model;
    private final Object id;
    private final String connection;

    /**
     * Describes a committed write.
     *
     * @param kind what the write did
     * @param model the instance written, or null for a {@code deleteById}
     * @param id the id of the row
     * @param connection the connection the row lives on
     */
    public ModelEvent(Kind kind, M model, Object id, String connection) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.model = model;
        this.id = id;
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** What the write did. */
    public Kind kind() {
        return kind;
    }

    /**
     * The instance that was written, as it was when the write ran (later changes to it show); null for a
     * {@code deleteById}, which had no instance.
     */
    public M model() {
        return model;
    }

    /** The id of the row written (generated ids included). */
    public Object id() {
        return id;
    }

    /** The connection the row lives on. */
    public String connection() {
        return connection;
    }

    @Override
    public String toString() {
        return "ModelEvent[" + kind + " " + (model == null ? "id " + id : model) + " on '" + connection + "']";
    }
}
