package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads single values (keys, generated ids) by their column kind. */
final class Values {

    private Values() {}

    /**
     * Reads a column of the current row as a value of that kind; enums and other kinds come back as the driver
     * reads them.
     */
    static Object read(ResultSet rows, int column, ColumnKind kind, ColumnReader reader) throws SQLException {
        return switch (kind) {
            case STRING, ENUM -> reader.string(rows, column);
            case LONG -> reader.longObject(rows, column);
            case INT -> reader.intObject(rows, column);
            case SHORT -> reader.shortObject(rows, column);
            case BOOLEAN -> reader.booleanObject(rows, column);
            case DOUBLE -> reader.doubleObject(rows, column);
            case FLOAT -> reader.floatObject(rows, column);
            case DECIMAL -> reader.decimal(rows, column);
            case UUID -> reader.uuid(rows, column);
            case LOCAL_DATE -> reader.localDate(rows, column);
            case LOCAL_DATE_TIME -> reader.localDateTime(rows, column);
            case OFFSET_DATE_TIME -> reader.offsetDateTime(rows, column);
            case INSTANT -> reader.instant(rows, column);
            case BYTES -> reader.bytes(rows, column);
            case OTHER -> rows.getObject(column);
        };
    }
}
