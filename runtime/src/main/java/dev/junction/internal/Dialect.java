package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectLimitStep;

/**
 * Everything that differs between the database kinds Junction supports, in one object per kind, asked by the rest
 * of the engine: how key lists are sent and how many bind values a statement may carry, how generated keys come
 * back, how a cursor streams, how each column type is bound and read, how limit and offset are rendered, and which
 * failures mean that a connection broke. Adding a database kind is one subclass here, listed in {@link #ALL}, plus
 * its binding of the contract test suites.
 */
abstract class Dialect {

    /** Every supported kind, in the order their {@code driver} keys are listed in messages. */
    static final List<Dialect> ALL = List.of(new PostgresDialect(), new MySqlDialect(), new MariaDbDialect(),
            new H2Dialect());

    private final String key;
    private final SQLDialect sqlDialect;
    private final String urlPrefix;
    private final int defaultPort;

    /**
     * Describes a kind.
     *
     * @param key the value of the {@code driver} setting that selects it, such as {@code postgresql}
     * @param sqlDialect the jOOQ dialect that renders its SQL
     * @param urlPrefix the prefix of its JDBC URLs, by which a {@code url} setting without {@code driver} is
     *     recognised
     * @param defaultPort the TCP port used when the settings give none; 0 for an embedded database
     */
    Dialect(String key, SQLDialect sqlDialect, String urlPrefix, int defaultPort) {
        this.key = key;
        this.sqlDialect = sqlDialect;
        this.urlPrefix = urlPrefix;
        this.defaultPort = defaultPort;
    }

    /** The value of the {@code driver} setting that selects this kind, such as {@code postgresql}. */
    final String key() {
        return key;
    }

    /** The jOOQ dialect that renders this kind's SQL. */
    final SQLDialect sqlDialect() {
        return sqlDialect;
    }

    /** The prefix of JDBC URLs for this kind, by which a {@code url} setting without {@code driver} is recognised. */
    final String urlPrefix() {
        return urlPrefix;
    }

    /** The TCP port used when the settings give none; 0 for an embedded database. */
    final int defaultPort() {
        return defaultPort;
    }

    /**
     * The JDBC URL for the {@code host}, {@code port} and {@code database} settings.
     *
     * @param host the host, never empty
     * @param port the port
     * @param database the database name, never empty
     */
    abstract String url(String host, int port, String database);

    // ------------------------------------------------------------------------------------------------ drivers

    /**
     * The JDBC drivers that connect to this kind, in order of preference: {@link #url} builds a URL for the first
     * one the application has.
     */
    abstract List<JdbcDriver> drivers();

    /** The first of {@link #drivers()} that the application has, else the first of them. */
    final JdbcDriver preferredDriver() {
        return drivers().stream().filter(JdbcDriver::isPresent).findFirst().orElse(drivers().get(0));
    }

    /**
     * This kind as spoken to through {@code driver}, where a driver's behaviour differs (MariaDB Connector/J streams
     * and returns generated keys unlike MySQL Connector/J); {@code this} where nothing differs.
     */
    Dialect through(JdbcDriver driver) {
        return this;
    }

    /** Connection properties that the pools Junction creates pass to the driver; none by default. */
    Map<String, String> driverProperties() {
        return Map.of();
    }

    /**
     * What to do when a multi-row insert returned fewer generated ids than rows, for the failure's message; empty
     * when the driver always returns them all.
     */
    String missingIdsAdvice() {
        return "";
    }

    // ------------------------------------------------------------------------------------------------ key lists

    /** The most keys one {@code IN} list holds; longer lists are sent in several statements. */
    int maxInListKeys() {
        return 1000;
    }

    /** The most bind values one statement carries (multi-row inserts stay under it). */
    abstract int maxBindValues();

    /**
     * The database's name for an array of keys of this kind, when key lists of this kind go as one array parameter
     * ({@code column = any(?)}); empty when they go as {@code IN} lists.
     */
    Optional<String> keyArrayType(ColumnKind kind) {
        return Optional.empty();
    }

    /**
     * The database's name for the element type of a key table, when a relation load of keys of this kind joins its
     * target with the chunk's keys as a table of one array parameter rather than matching them with an {@code IN}
     * list (H2, whose {@code IN} lists of many parameters are slow); empty when it uses {@code IN} lists or arrays.
     * A load joins only when the target's foreign-key column is indexed (see {@link RelationShapes}).
     */
    Optional<String> keyTableType(ColumnKind kind) {
        return Optional.empty();
    }

    /**
     * One condition matching {@code column} against any number of keys, for a {@code whereHas} across databases:
     * the keys then come from another database and cannot be split over several statements of this one.
     *
     * @param column the owner's key column
     * @param keys the distinct, non-null keys; more than {@link #maxInListKeys()} of them
     */
    abstract <K> Condition manyKeys(Field<K> column, Collection<K> keys);

    // ----------------------------------------------------------------------------------------- generated keys

    /**
     * Whether an insert reads generated ids from its own result ({@code insert ... returning id}); otherwise they
     * come back through JDBC's {@code getGeneratedKeys}.
     */
    abstract boolean returnsGeneratedIds();

    // ------------------------------------------------------------------------------------------------ cursors

    /** The fetch size that makes the driver stream a result with bounded memory. */
    int streamFetchSize() {
        return 500;
    }

    /** Whether the driver streams a result only inside a transaction (PostgreSQL's server-side cursors). */
    boolean streamsInTransaction() {
        return false;
    }

    // ------------------------------------------------------------------------------------------------ values

    /** Reads column values the way this kind stores them. */
    abstract ColumnReader reader();

    /**
     * Binds one value of a column of the given kind.
     *
     * @throws SQLException when the driver refuses it
     */
    void bind(PreparedStatement statement, int index, Object value, ColumnKind kind) throws SQLException {
        if (value == null) {
            statement.setNull(index, nullType(kind));
            return;
        }
        switch (kind) {
            case STRING -> statement.setString(index, (String) value);
            case LONG -> statement.setLong(index, (Long) value);
            case INT -> statement.setInt(index, (Integer) value);
            case SHORT -> statement.setShort(index, (Short) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case FLOAT -> statement.setFloat(index, (Float) value);
            case DECIMAL -> statement.setBigDecimal(index, (java.math.BigDecimal) value);
            case BYTES -> statement.setBytes(index, (byte[]) value);
            case ENUM -> statement.setString(index, ((Enum<?>) value).name());
            case UUID -> bindUuid(statement, index, (java.util.UUID) value);
            case LOCAL_DATE_TIME -> bindLocalDateTime(statement, index, (LocalDateTime) value);
            case OFFSET_DATE_TIME -> bindOffsetDateTime(statement, index, (OffsetDateTime) value);
            case INSTANT -> bindOffsetDateTime(statement, index, ((Instant) value).atOffset(ZoneOffset.UTC));
            case LOCAL_DATE, OTHER -> statement.setObject(index, value);
        }
    }

    /** The JDBC type a null of this kind is bound as. */
    int nullType(ColumnKind kind) {
        return switch (kind) {
            case STRING, ENUM -> Types.VARCHAR;
            case LONG -> Types.BIGINT;
            case INT -> Types.INTEGER;
            case SHORT -> Types.SMALLINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DOUBLE -> Types.DOUBLE;
            case FLOAT -> Types.REAL;
            case DECIMAL -> Types.NUMERIC;
            case BYTES -> Types.VARBINARY;
            case UUID, OTHER -> Types.OTHER;
            case LOCAL_DATE -> Types.DATE;
            case LOCAL_DATE_TIME -> Types.TIMESTAMP;
            case OFFSET_DATE_TIME, INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }

    void bindUuid(PreparedStatement statement, int index, java.util.UUID value) throws SQLException {
        statement.setObject(index, value);
    }

    void bindLocalDateTime(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        statement.setObject(index, value);
    }

    void bindOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
        statement.setObject(index, value);
    }

    // ----------------------------------------------------------------------------------------------- rendering

    /**
     * Adds limit and offset to a select; either may be null.
     *
     * @param select the select, ordered
     * @param limit the most rows, or null
     * @param offset the rows to skip, or null
     */
    <R extends Record> Select<R> limit(SelectLimitStep<R> select, Integer limit, Integer offset) {
        if (limit != null && offset != null) {
            return select.limit(limit).offset(offset);
        } else if (limit != null) {
            return select.limit(limit);
        } else if (offset != null) {
            return select.offset(offset);
        }
        return select;
    }

    // ------------------------------------------------------------------------------------------------ schemas

    /**
     * The column type {@code createTables} declares for a column of this kind, as standard SQL writes it (what
     * PostgreSQL and H2 take); null for {@link ColumnKind#OTHER}, which has none.
     *
     * @param kind the column's kind
     * @param key whether the column is a primary or foreign key (some databases index only bounded text)
     */
    String columnType(ColumnKind kind, boolean key) {
        return switch (kind) {
            case STRING -> key ? "varchar(255)" : "varchar";
            case ENUM -> "varchar(255)";
            case LONG -> "bigint";
            case INT -> "integer";
            case SHORT -> "smallint";
            case BOOLEAN -> "boolean";
            case DOUBLE -> "double precision";
            case FLOAT -> "real";
            case DECIMAL -> "numeric(38,10)";
            case BYTES -> "varbinary";
            case UUID -> "uuid";
            case LOCAL_DATE -> "date";
            case LOCAL_DATE_TIME -> "timestamp";
            case OFFSET_DATE_TIME, INSTANT -> "timestamp with time zone";
            case OTHER -> null;
        };
    }

    /**
     * The definition of an id column whose values the database generates: an identity column of {@code type}, or
     * {@code type} with a default that generates it; null when this kind cannot generate values of that kind.
     */
    String generatedIdDefinition(ColumnKind kind, String type) {
        return switch (kind) {
            case LONG, INT, SHORT -> type + " generated by default as identity";
            default -> null;
        };
    }

    /**
     * The Maven coordinates of Flyway's support for this kind, which key {@code migrations} needs besides
     * {@code flyway-core}; null when Flyway's core supports it (H2).
     */
    String flywayModule() {
        return null;
    }

    /**
     * Whether a column of the database can hold the values of a field of this kind, by the JDBC type and the type
     * name that the driver reports. The rules every kind shares are here; a kind that stores a type differently
     * (MySQL's UUIDs as text) widens them.
     *
     * @param kind the field's kind
     * @param column the column as the database describes it
     */
    boolean holds(ColumnKind kind, TableColumn column) {
        int type = column.jdbcType();
        String name = column.typeName().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case STRING, ENUM -> isText(type);
            case LONG -> type == Types.BIGINT || isWholeDecimal(column, 19);
            case INT -> type == Types.INTEGER || type == Types.BIGINT || isWholeDecimal(column, 10);
            case SHORT -> type == Types.SMALLINT || type == Types.INTEGER || type == Types.BIGINT
                    || isWholeDecimal(column, 5);
            case BOOLEAN -> type == Types.BOOLEAN || type == Types.BIT || type == Types.TINYINT;
            case DOUBLE -> type == Types.DOUBLE || type == Types.FLOAT;
            case FLOAT -> type == Types.REAL || type == Types.FLOAT || type == Types.DOUBLE;
            case DECIMAL -> type == Types.NUMERIC || type == Types.DECIMAL;
            case BYTES -> type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                    || type == Types.BLOB;
            case UUID -> name.equals("uuid");
            case LOCAL_DATE -> type == Types.DATE || type == Types.TIMESTAMP;
            case LOCAL_DATE_TIME -> type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
            case OFFSET_DATE_TIME, INSTANT -> type == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz")
                    || name.contains("with time zone");
            case OTHER -> true;
        };
    }

    static boolean isText(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> true;
            default -> false;
        };
    }

    /** A {@code numeric(p, 0)} that holds every whole number of {@code digits} digits. */
    private static boolean isWholeDecimal(TableColumn column, int digits) {
        return (column.jdbcType() == Types.NUMERIC || column.jdbcType() == Types.DECIMAL)
                && column.scale() == 0 && column.size() >= digits;
    }

    // ------------------------------------------------------------------------------------------------ failures

    /**
     * Whether a failure means the connection itself broke (SQLState class {@code 08}, what the driver reports for a
     * lost connection, or an I/O failure underneath, which MySQL Connector/J reports with the general SQLState
     * {@code S1000} when a connection is reset while it reads a result), so it must be evicted from its pool rather
     * than reused.
     */
    final boolean isBrokenConnection(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || isBrokenConnectionState(state))) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && isBrokenConnection(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLStates outside class 08 with which this kind reports a lost connection. */
    boolean isBrokenConnectionState(String sqlState) {
        return false;
    }

    // ------------------------------------------------------------------------------------------------ lookup

    static Optional<Dialect> forKey(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.key().equals(lower)).findFirst();
    }

    static Optional<Dialect> forUrl(String url) {
        return ALL.stream().filter(d -> url.startsWith(d.urlPrefix())).findFirst();
    }

    static String knownKeys() {
        return ALL.stream().map(Dialect::key).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return key();
    }

    /** Joins keys as a JSON array, for the databases that take many keys as one JSON parameter. */
    static String jsonArray(Collection<?> keys, boolean quoted) {
        if (!quoted) {
            return keys.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }
        return keys.stream().map(k -> '"' + String.valueOf(k).replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]"));
    }
}
