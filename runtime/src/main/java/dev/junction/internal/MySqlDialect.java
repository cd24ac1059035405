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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * MySQL through MySQL Connector/J (or MariaDB Connector/J for {@code jdbc:mariadb:} URLs): key lists as {@code IN} chunks (and, for a {@code whereHas} with more keys than
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

    /** Connection property that makes MariaDB Connector/J return every id of a multi-row insert, not the first. */
    static final String ALL_GENERATED_IDS = "returnMultiValuesGeneratedIds";

    private final boolean mariaDbDriver;

    MySqlDialect() {
        this("mysql", SQLDialect.MYSQL, "jdbc:mysql:", false);
    }

    /**
     * For MariaDB, which shares MySQL's behaviour, and for either kind through MariaDB Connector/J.
     *
     * @param mariaDbDriver whether connections go through MariaDB Connector/J rather than MySQL Connector/J
     */
    MySqlDialect(String key, SQLDialect sqlDialect, String urlPrefix, boolean mariaDbDriver) {
        super(key, sqlDialect, urlPrefix, 3306);
        this.mariaDbDriver = mariaDbDriver;
    }

    @Override
    String url(String host, int port, String database) {
        return preferredDriver().urlPrefix() + "//" + host + ":" + port + "/" + database;
    }

    @Override
    List<JdbcDriver> drivers() {
        return List.of(JdbcDriver.MYSQL);
    }

    @Override
    Dialect through(JdbcDriver driver) {
        boolean mariaDb = driver.equals(JdbcDriver.MARIADB);
        return mariaDb == mariaDbDriver ? this : variant(mariaDb);
    }

    /** This kind through the other driver. */
    MySqlDialect variant(boolean mariaDbDriver) {
        return new MySqlDialect(key(), sqlDialect(), urlPrefix(), mariaDbDriver);
    }

    @Override
    Map<String, String> driverProperties() {
        return mariaDbDriver ? Map.of(ALL_GENERATED_IDS, "true") : Map.of();
    }

    @Override
    String missingIdsAdvice() {
        return mariaDbDriver ? "; MariaDB Connector/J returns only the first id of a multi-row insert unless its"
                + " connections have the property " + ALL_GENERATED_IDS + "=true, which Junction sets on the pools it"
                + " creates: set it on this connection's DataSource" : "";
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
        // MySQL Connector/J streams row by row only with this special fetch size; MariaDB Connector/J refuses it and
        // streams with any positive one, fetching that many rows at a time.
        return mariaDbDriver ? super.streamFetchSize() : Integer.MIN_VALUE;
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

    @Override
    String columnType(ColumnKind kind, boolean key) {
        return switch (kind) {
            // A TEXT column cannot be indexed without a prefix length, so keys are bounded.
            case STRING -> key ? "varchar(255)" : "text";
            case DOUBLE -> "double";
            // MySQL's REAL is a DOUBLE unless the REAL_AS_FLOAT mode is set.
            case FLOAT -> "float";
            case DECIMAL -> "decimal(38,10)";
            case BYTES -> "longblob";
            case UUID -> "char(36)";
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> "datetime(6)";
            default -> super.columnType(kind, key);
        };
    }

    @Override
    String generatedIdDefinition(ColumnKind kind, String type) {
        return switch (kind) {
            case LONG, INT, SHORT -> type + " not null auto_increment";
            default -> null;
        };
    }

    @Override
    boolean holds(ColumnKind kind, TableColumn column) {
        return switch (kind) {
            // Stored as text (MariaDB's own UUID type takes text too).
            case UUID -> super.holds(kind, column) || isText(column.jdbcType()) && column.size() >= 36;
            // Stored as the UTC date-time.
            case OFFSET_DATE_TIME, INSTANT -> column.jdbcType() == Types.TIMESTAMP;
            default -> super.holds(kind, column);
        };
    }

    @Override
    String flywayModule() {
        return "org.flywaydb:flyway-mysql";
    }
}
