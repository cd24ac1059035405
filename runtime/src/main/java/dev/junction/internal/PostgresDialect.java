package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * PostgreSQL through the PostgreSQL JDBC driver: key lists as one typed array parameter ({@code = any(?)}, which the
 * planner hashes), generated ids from {@code insert ... returning}, cursors that stream only inside a transaction.
 */
final class PostgresDialect extends Dialect {

    private static final Map<ColumnKind, String> ARRAY_TYPES = new EnumMap<>(Map.of(
            ColumnKind.LONG, "int8", ColumnKind.INT, "int4", ColumnKind.SHORT, "int2", ColumnKind.STRING, "text",
            ColumnKind.UUID, "uuid", ColumnKind.DECIMAL, "numeric", ColumnKind.LOCAL_DATE, "date",
            ColumnKind.BOOLEAN, "bool"));

    /** Server shutting down, crashed, or not accepting connections yet. */
    private static final Set<String> LOST_CONNECTION = Set.of("57P01", "57P02", "57P03");

    private static final ColumnReader READER = new ColumnReader() {};

    PostgresDialect() {
        super("postgresql", SQLDialect.POSTGRES, "jdbc:postgresql:", 5432);
    }

    @Override
    String url(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    List<JdbcDriver> drivers() {
        return List.of(JdbcDriver.POSTGRESQL);
    }

    @Override
    int maxBindValues() {
        // The protocol counts parameters in 16 bits; the driver accepts up to 32 767.
        return 32_767;
    }

    @Override
    Optional<String> keyArrayType(ColumnKind kind) {
        return Optional.ofNullable(ARRAY_TYPES.get(kind));
    }

    @Override
    <K> Condition manyKeys(Field<K> column, Collection<K> keys) {
        String type = ARRAY_TYPES.get(ColumnKind.of(column));
        return type == null ? Keys.orOfInLists(this, column, keys) : Keys.anyOfArray(column, keys, type);
    }

    @Override
    boolean returnsGeneratedIds() {
        return true;
    }

    @Override
    boolean streamsInTransaction() {
        return true;
    }

    @Override
    ColumnReader reader() {
        return READER;
    }

    @Override
    boolean isBrokenConnectionState(String sqlState) {
        return LOST_CONNECTION.contains(sqlState);
    }

    @Override
    String columnType(ColumnKind kind, boolean key) {
        return switch (kind) {
            case STRING -> "text";
            case DECIMAL -> "numeric";
            case BYTES -> "bytea";
            case OFFSET_DATE_TIME, INSTANT -> "timestamptz";
            default -> super.columnType(kind, key);
        };
    }

    @Override
    String generatedIdDefinition(ColumnKind kind, String type) {
        return kind == ColumnKind.UUID ? type + " default gen_random_uuid()" : super.generatedIdDefinition(kind, type);
    }

    @Override
    String flywayModule() {
        return "org.flywaydb:flyway-database-postgresql";
    }
}
