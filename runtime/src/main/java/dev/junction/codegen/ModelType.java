package dev.junction.codegen;

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
    private final List<String> fields;
    private final int idIndex;
    private final Supplier<? extends List<? extends ToOne<M, ?>>> existenceChecks;

    /**
     * Describes a model.
     *
     * @param contract the {@link Contract#VERSION} the code was generated for
     * @param modelClass the model class
     * @param connection the write connection name
     * @param readConnection the read-replica connection name, or {@code null}
     * @param table the table
     * @param id the id column, which is one of {@code columns}
     * @param columns every mapped column, in the order of {@link #read} and {@link #values}; a primitive field's
     *     column has a data type that is not nullable
     * @param fields the Java field name of each column, in the same order
     * @param existenceChecks the relations whose targets writes must find ({@code @BelongsTo(checkExists = true)}),
     *     resolved on first write because the relation descriptions in {@code XRelations} refer back to this class;
     *     null when there are none
     * @throws IllegalStateException when the code was generated for another contract version
     */
    protected ModelType(int contract, Class<M> modelClass, String connection, String readConnection,
            Table<Record> table, Field<K> id, List<Field<?>> columns, List<String> fields,
            Supplier<? extends List<? extends ToOne<M, ?>>> existenceChecks) {
        if (contract != Contract.VERSION) {
            throw new IllegalStateException(Contract.mismatch(contract, String.valueOf(modelClass)));
        }
        this.modelClass = Objects.requireNonNull(modelClass, "modelClass");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.readConnection = readConnection;
        this.table = Objects.requireNonNull(table, "table");
        this.id = Objects.requireNonNull(id, "id");
        this.columns = List.copyOf(columns);
        this.fields = List.copyOf(fields);
        this.idIndex = this.columns.indexOf(id);
        this.existenceChecks = existenceChecks;
        if (this.fields.size() != this.columns.size()) {
            throw new IllegalArgumentException(modelClass + " has " + this.columns.size() + " columns but "
                    + this.fields.size() + " field names");
        }
        if (idIndex < 0) {
            throw new IllegalArgumentException("The id column " + id + " is not among the columns of " + modelClass);
        }
    }

    /**
     * Creates an instance from the current row of a result whose columns are in the order of {@link #columns()}.
     *
     * @param row the result, positioned on a row
     * @param columns reads each column as its field's type, the way this database stores it
     * @return the new instance
     * @throws SQLException when the driver fails to read a column
     */
    public abstract M read(ResultSet row, ColumnReader columns) throws SQLException;

    /**
     * The values of every column of {@code model}, in the order of {@link #columns()}; primitives are boxed.
     *
     * @param model the instance
     * @return a new array
     */
    public abstract Object[] values(M model);

    /**
     * The value of one column of {@code model}; primitives are boxed.
     *
     * @param model the instance
     * @param column the column's position in {@link #columns()}
     * @return the value
     */
    public abstract Object value(M model, int column);

    /**
     * The id of {@code model}.
     *
     * @param model the instance
     * @return the id, or {@code null} when it has none yet
     */
    public abstract K id(M model);

    /**
     * Sets the id of {@code model}, after the database generated it, or back to null after a failed insert.
     *
     * @param model the instance
     * @param value the id
     */
    public abstract void setId(M model, K value);

    /** The model class. */
    public final Class<M> modelClass() {
        return modelClass;
    }

    /** The model's fully qualified name, for messages. */
    public final String modelName() {
        return modelClass.getName();
    }

    /** The connection that receives writes (and reads, unless a read connection is set). */
    public final String connection() {
        return connection;
    }

    /** The read-replica connection, or {@code null}. */
    public final String readConnection() {
        return readConnection;
    }

    /** The table. */
    public final Table<Record> table() {
        return table;
    }

    /** The id column. */
    public final Field<K> idField() {
        return id;
    }

    /** Every mapped column, the id included, in the order of {@link #read} and {@link #values}. */
    public final List<Field<?>> columns() {
        return columns;
    }

    /**
     * The Java field name of a column, for messages.
     *
     * @param column the column's position in {@link #columns()}
     * @return the field name, such as {@code userId}
     */
    public final String fieldName(int column) {
        return fields.get(column);
    }

    /**
     * Whether a column's field is a primitive ({@code int}, {@code long}, ...), which cannot hold NULL: its column
     * must be NOT NULL.
     *
     * @param column the column's position in {@link #columns()}
     */
    public final boolean isPrimitive(int column) {
        return column != idIndex && !columns.get(column).getDataType().nullable();
    }

    /** The position of the id column in {@link #columns()}. */
    public final int idIndex() {
        return idIndex;
    }

    /**
     * The position of a column in {@link #columns()}.
     *
     * @param column one of this model's columns
     * @return its position
     * @throws IllegalArgumentException when it is not a column of this model
     */
    public final int columnIndex(Field<?> column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not a column of " + this);
        }
        return index;
    }

    /** The relations whose targets must exist before a write; empty for most models. */
    public final List<? extends ToOne<M, ?>> existenceChecks() {
        return existenceChecks == null ? List.of() : existenceChecks.get();
    }

    @Override
    public String toString() {
        return modelName() + " (table " + table.getName() + " on connection '" + connection + "')";
    }
}
