package dev.junction.internal;

import java.sql.Types;
import java.util.Locale;

/**
 * A column of a table as the database's JDBC metadata describes it.
 *
 * @param name the column name, exactly as stored
 * @param typeName the database's name of its type, such as {@code int8} or {@code varchar}
 * @param jdbcType its {@link java.sql.Types} code
 * @param size its length or precision (0 when the database gives none)
 * @param scale its number of fractional digits (0 when none)
 * @param nullable whether it may hold NULL
 * @param generated whether the database produces a value when an insert leaves it out (identity, auto-increment or
 *     a default)
 */
record TableColumn(String name, String typeName, int jdbcType, int size, int scale, boolean nullable,
        boolean generated) {

    /** The type as a schema would declare it, for messages: {@code varchar(100)}, {@code numeric(20,4)}, {@code int8}. */
    String describe() {
        String type = typeName.toLowerCase(Locale.ROOT);
        if (type.contains("(")) {
            return type;
        }
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY ->
                    size > 0 && size < 1_000_000 ? type + "(" + size + ")" : type;
            case Types.NUMERIC, Types.DECIMAL -> size > 0 && size < 1000 ? type + "(" + size + "," + scale + ")" : type;
            default -> type;
        };
    }
}
