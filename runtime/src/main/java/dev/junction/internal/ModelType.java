package dev.junction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * What the runtime knows of one model: where it lives, its columns, and how to move values between rows and
 * instances. The processor generates one subclass per model (in {@code XTable}) that maps by position, without
 * reflection.
 *
 * @param <M> the model class
 * @param <K> the type of its id
 */
public abstract class ModelType<M, K> {

    private final Class<M> modelClass;
    private final String connection;
    private final String readConnection;
    private final Table<Record> table;
    private final Field<K> id;
    private final List<Field<?>> columns;
    private final int idIndex;
    private final Supplier<? extends List<? extends ToOne<M, ?>>> existenceChecks;

    /**
     * Describes a model.
     *
     * @param modelClass the model class
     * @param connection the write connection name
     * @param readConnection the read-replica connection name, or {@code null}
     * @param table the table
     * @param id the id column, which is one of {@code columns}
     * @param columns every mapped column, in the order of {@link #read} and {@link #values}
     */
    protected ModelType(Class<M> modelClass, String connection, String readConnection, Table<Record> table,
            Field<K> id, List<Field<?>> columns) {
        this(modelClass, connection, readConnection, table, id, columns, null);
    }

    /**
     * Describes a model with {@code @BelongsTo(checkExists = true)} relations.
     *
     * @param existenceChecks the relations whose targets writes must find, resolved on first write (the relation
     *     descriptions live in {@code XRelations}, which refers back to this class)
     */
    protected ModelType(Class<M> modelClass, String connection, String readConnection, Table<Record> table,
            Field<K> id, List<Field<?>> columns, Supplier<? extends List<? extends ToOne<M, ?>>> existenceChecks) {
        this.modelClass = Objects.requireNonNull(modelClass, "modelClass");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.readConnection = readConnection;
        this.table = Objects.requireNonNull(table, "table");
        this.id = Objects.requireNonNull(id, "id");
        this.columns = List.copyOf(columns);
        this.idIndex = this.columns.indexOf(id);
        this.existenceChecks = existenceChecks;
        if (idIndex < 0) {
            throw new IllegalArgumentException("The id column " + id + " is not among the columns of " + modelClass);
        }
    }

    /**
     * Creates an instance from the current row of a result whose columns are in the order of {@link #columns()}.
     *
     * @param row the result, positioned on a row
     * @param columns reads each column as its field's type, the way this database stores it
     * @throws SQLException when the driver fails to read a column
     */
    public abstract M read(ResultSet row, ColumnReader columns) throws SQLException;

    /** The values of every column of {@code model}, in the order of {@link #columns()}. */
    public abstract Object[] values(M model);

    /** The value of one column of {@code model}, by its position in {@link #columns()}; primitives are boxed. */
    public abstract Object value(M model, int column);

    /** The id of {@code model}, or {@code null} when it has none yet. */
    public abstract K id(M model);

    /** Sets the id of {@code model}, after the database generated it. */
    public abstract void setId(M model, K value);

    /** The model class. */
    public Class<M> modelClass() {
        return modelClass;
    }

    /** The model's fully qualified name, for messages. */
    public String modelName() {
        return modelClass.getName();
    }

    /** The connection that receives writes (and reads, unless a read connection is set). */
    public String connection() {
        return connection;
    }

    /** The read-replica connection, or {@code null}. */
    public String readConnection() {
        return readConnection;
    }

    /** The table. */
    public Table<Record> table() {
        return table;
    }

    /** The id column. */
    public Field<K> idField() {
        return id;
    }

    /** Every mapped column, the id included. */
    public List<Field<?>> columns() {
        return columns;
    }

    int idIndex() {
        return idIndex;
    }

    /** The relations whose targets must exist before a write; empty for most models. */
    List<? extends ToOne<M, ?>> existenceChecks() {
        return existenceChecks == null ? List.of() : existenceChecks.get();
    }

    @Override
    public String toString() {
        return modelName() + " (table " + table.getName() + " on connection '" + connection + "')";
    }
}
