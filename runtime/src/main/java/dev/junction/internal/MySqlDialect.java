package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * MySQL through MySQL Connector/J: key lists as {@code IN} chunks (and, for a {@code whereHas} with more keys than
 * one chunk, one JSON parameter expanded by {@code json_table}), generated ids through JDBC, row-by-row streaming.
 * UUIDs are stored as text, and {@code OffsetDateTime} and {@code Instant} as the UTC date-time in a
 * {@code DATETIME(6)} column. Date-times are sent as text with six fractional digits: Connector/J drops fractional
 * seconds from temporal parameters when it takes a MariaDB server (which announces itself as "5.5.5-10.x") for a
 * MySQL older than 5.6.4.
 */
class MySqlDialect extends Dialect {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private static final ColumnReader READER = new ColumnReader() {
        @Override
        public UUID uuid(ResultSet rs, int column) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : UUID.fromString(text);
        }

        @Override
        public OffsetDateTime offsetDateTime(ResultSet rs, int column) throws SQLException {
            LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
    };

    MySqlDialect() {
        this("mysql", SQLDialect.MYSQL, "jdbc:mysql:");
    }

    /** For MariaDB, which shares MySQL's behaviour. */
    MySqlDialect(String key, SQLDialect sqlDialect, String urlPrefix) {
        super(key, sqlDialect, urlPrefix, 3306);
    }

    @Override
    String url(String host, int port, String database) {
        return "jdbc:mysql://" + host + ":" + port + "/" + database;
    }

    @Override
    int maxBindValues() {
        return 65_535;
    }

    @Override
    <K> Condition manyKeys(Field<K> column, Collection<K> keys) {
        ColumnKind kind = ColumnKind.of(column);
        boolean integral = kind == ColumnKind.LONG || kind == ColumnKind.INT || kind == ColumnKind.SHORT;
        String type = integral ? "bigint" : "varchar(1024)";
        return DSL.condition("{0} in (select junction_keys.k from json_table({1}, '$[*]' columns (k " + type
                + " path '$')) as junction_keys)", column, DSL.val(jsonArray(keys, !integral)));
    }

    @Override
    boolean returnsGeneratedIds() {
        return false;
    }

    @Override
    int streamFetchSize() {
        // Connector/J streams row by row only with this special fetch size.
        return Integer.MIN_VALUE;
    }

    @Override
    ColumnReader reader() {
        return READER;
    }

    @Override
    int nullType(ColumnKind kind) {
        return switch (kind) {
            case UUID -> Types.VARCHAR;
            case OFFSET_DATE_TIME, INSTANT -> Types.TIMESTAMP;
            default -> super.nullType(kind);
        };
    }

    @Override
    void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setString(index, value.toString());
    }

    @Override
    void bindLocalDateTime(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        statement.setString(index, DATE_TIME.format(value));
    }

    @Override
    void bindOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
        statement.setString(index, DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
    }
}
