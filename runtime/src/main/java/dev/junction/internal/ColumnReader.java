package dev.junction.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.SQLDialect;

/**
 * Reads one column of the current row of a {@link ResultSet} as the Java type of a model field, the way the
 * database at hand stores it. Generated {@code XTable} mappings call it by position; it is what lets them map a row
 * without building a jOOQ record first. On MySQL and MariaDB, UUIDs are text and {@code OffsetDateTime} and
 * {@code Instant} are UTC date-times (see {@link TimestampBinding}).
 */
public final class ColumnReader {

    private static final ColumnReader STANDARD = new ColumnReader(false);
    private static final ColumnReader MYSQL_FAMILY = new ColumnReader(true);

    private final boolean mysqlFamily;

    private ColumnReader(boolean mysqlFamily) {
        this.mysqlFamily = mysqlFamily;
    }

    /** The reader for a dialect. */
    public static ColumnReader of(SQLDialect dialect) {
        return TimestampBinding.utcDateTime(dialect) ? MYSQL_FAMILY : STANDARD;
    }

    /** A {@code String}. */
    public String string(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    /** A {@code Long}, or null. */
    public Long longObject(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code long}; null is 0. */
    public long longValue(ResultSet rs, int column) throws SQLException {
        return rs.getLong(column);
    }

    /** An {@code Integer}, or null. */
    public Integer intObject(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** An {@code int}; null is 0. */
    public int intValue(ResultSet rs, int column) throws SQLException {
        return rs.getInt(column);
    }

    /** A {@code Short}, or null. */
    public Short shortObject(ResultSet rs, int column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code short}; null is 0. */
    public short shortValue(ResultSet rs, int column) throws SQLException {
        return rs.getShort(column);
    }

    /** A {@code Boolean}, or null. */
    public Boolean booleanObject(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code boolean}; null is false. */
    public boolean booleanValue(ResultSet rs, int column) throws SQLException {
        return rs.getBoolean(column);
    }

    /** A {@code Double}, or null. */
    public Double doubleObject(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code double}; null is 0. */
    public double doubleValue(ResultSet rs, int column) throws SQLException {
        return rs.getDouble(column);
    }

    /** A {@code Float}, or null. */
    public Float floatObject(ResultSet rs, int column) throws SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code float}; null is 0. */
    public float floatValue(ResultSet rs, int column) throws SQLException {
        return rs.getFloat(column);
    }

    /** A {@code BigDecimal}. */
    public BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    /** A {@code UUID}: native on PostgreSQL and H2, text on MySQL and MariaDB. */
    public UUID uuid(ResultSet rs, int column) throws SQLException {
        if (mysqlFamily) {
            String text = rs.getString(column);
            return text == null ? null : UUID.fromString(text);
        }
        return rs.getObject(column, UUID.class);
    }

    /** A {@code LocalDate}. */
    public LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A {@code LocalDateTime}. */
    public LocalDateTime localDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /** An {@code OffsetDateTime}; on MySQL and MariaDB the stored UTC date-time, with offset UTC. */
    public OffsetDateTime offsetDateTime(ResultSet rs, int column) throws SQLException {
        if (mysqlFamily) {
            LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
        return rs.getObject(column, OffsetDateTime.class);
    }

    /** An {@code Instant}. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = offsetDateTime(rs, column);
        return value == null ? null : value.toInstant();
    }

    /** A {@code byte[]}. */
    public byte[] bytes(ResultSet rs, int column) throws SQLException {
        return rs.getBytes(column);
    }

    /** An enum constant, stored by name. */
    public <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
