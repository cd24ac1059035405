package dev.junction.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;

/**
 * The Java types a model column may have, as the engine binds them. A {@link Dialect} binds each kind the way its
 * database stores it; {@link #OTHER} is a value of any other type, bound with {@code setObject}.
 */
enum ColumnKind {
    STRING, LONG, INT, SHORT, BOOLEAN, DOUBLE, FLOAT, DECIMAL, UUID, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME,
    INSTANT, BYTES, ENUM, OTHER;

    /** The kind of a column, from its Java type. */
    static ColumnKind of(Field<?> field) {
        return of(field.getType());
    }

    /** The kind of values of a Java type. */
    static ColumnKind of(Class<?> type) {
        if (type == String.class) {
            return STRING;
        } else if (type == Long.class) {
            return LONG;
        } else if (type == Integer.class) {
            return INT;
        } else if (type == Short.class) {
            return SHORT;
        } else if (type == Boolean.class) {
            return BOOLEAN;
        } else if (type == Double.class) {
            return DOUBLE;
        } else if (type == Float.class) {
            return FLOAT;
        } else if (type == BigDecimal.class) {
            return DECIMAL;
        } else if (type == UUID.class) {
            return UUID;
        } else if (type == LocalDate.class) {
            return LOCAL_DATE;
        } else if (type == LocalDateTime.class) {
            return LOCAL_DATE_TIME;
        } else if (type == OffsetDateTime.class) {
            return OFFSET_DATE_TIME;
        } else if (type == Instant.class) {
            return INSTANT;
        } else if (type == byte[].class) {
            return BYTES;
        } else if (type.isEnum()) {
            return ENUM;
        }
        return OTHER;
    }
}
