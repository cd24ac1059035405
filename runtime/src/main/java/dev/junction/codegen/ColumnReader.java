package dev.junction.codegen;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads one column of the current row of a {@link ResultSet} as the Java type of a model field, the way the
 * database at hand stores it. Generated {@code XTable} mappings call it by position; it is what lets them map a row
 * straight from the driver's result set. Each database kind's dialect in the runtime provides one; the types whose
 * storage differs between databases ({@code UUID}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant})
 * are the ones a dialect overrides.
 */
public abstract class ColumnReader {

    /** For the runtime's dialects. */
    protected ColumnReader() {}

    /** A {@code String}. */
    public final String string(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    // The driver reads SQL NULL as zero (or false); only then does wasNull() need asking, which saves a driver call
    // per nullable column of nearly every row.

    /** A {@code Long}, or null. */
    public final Long longObject(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return value == 0 && rs.wasNull() ? null : value;
    }

    /** A {@code long}; null is 0. */
    public final long longValue(ResultSet rs, int column) throws SQLException {
        return rs.getLong(column);
    }

    /** An {@code Integer}, or null. */
    public final Integer intObject(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return value == 0 && rs.wasNull() ? null : value;
    }

    /** An {@code int}; null is 0. */
    public final int intValue(ResultSet rs, int column) throws SQLException {
        return rs.getInt(column);
    }

    /** A {@code Short}, or null. */
    public final Short shortObject(ResultSet rs, int column) throws SQLException {
        short value = rs.getShort(column);
        return value == 0 && rs.wasNull() ? null : value;
    }

    /** A {@code short}; null is 0. */
    public final short shortValue(ResultSet rs, int column) throws SQLException {
        return rs.getShort(column);
    }

    /** A {@code Boolean}, or null. */
    public final Boolean booleanObject(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return !value && rs.wasNull() ? null : value;
    }

    /** A {@code boolean}; null is false. */
    public final boolean booleanValue(ResultSet rs, int column) throws SQLException {
        return rs.getBoolean(column);
    }

    /** A {@code Double}, or null. */
    public final Double doubleObject(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return value == 0 && rs.wasNull() ? null : value;
    }

    /** A {@code double}; null is 0. */
    public final double doubleValue(ResultSet rs, int column) throws SQLException {
        return rs.getDouble(column);
    }

    /** A {@code Float}, or null. */
    public final Float floatObject(ResultSet rs, int column) throws SQLException {
        float value = rs.getFloat(column);
        return value == 0 && rs.wasNull() ? null : value;
    }

    /** A {@code float}; null is 0. */
    public final float floatValue(ResultSet rs, int column) throws SQLException {
        return rs.getFloat(column);
    }

    /** A {@code BigDecimal}. */
    public final BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    /** A {@code UUID}, by default through the driver's own UUID support. */
    public UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** A {@code LocalDate}. */
    public final LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A {@code LocalDateTime}. */
    public LocalDateTime localDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /** An {@code OffsetDateTime}, by default a {@code timestamp with time zone} read through JDBC 4.2. */
    public OffsetDateTime offsetDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    /** An {@code Instant}. */
    public final Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = offsetDateTime(rs, column);
        return value == null ? null : value.toInstant();
    }

    /** A {@code byte[]}. */
    public final byte[] bytes(ResultSet rs, int column) throws SQLException {
        return rs.getBytes(column);
    }

    /** An enum constant, stored by name. */
    public final <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
