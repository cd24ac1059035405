package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * H2, embedded: a {@code database} setting names an in-memory database that lives until the JVM exits, with
 * lower-case identifiers like PostgreSQL and MySQL. Key lists as {@code IN} chunks, and for a {@code whereHas} with
 * more keys than one chunk, one array parameter ({@code = any(?)}, which H2 answers from an index); a relation load
 * whose foreign key is indexed joins a key table of one array parameter per chunk instead of an {@code IN} list
 * (H2 answers an {@code IN} list of a thousand parameters about seven times slower than that join); generated ids
 * through JDBC.
 */
final class H2Dialect extends Dialect {

    /** H2's names of array element types; a constant, like every static field of the dialects. */
    private static final Map<ColumnKind, String> ARRAY_TYPES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ColumnKind.LONG, "BIGINT", ColumnKind.INT, "INTEGER", ColumnKind.SHORT, "SMALLINT",
            ColumnKind.STRING, "CHARACTER VARYING", ColumnKind.UUID, "UUID", ColumnKind.DECIMAL, "NUMERIC",
            ColumnKind.LOCAL_DATE, "DATE", ColumnKind.BOOLEAN, "BOOLEAN")));

    /** Connection broken, I/O failure, database closed, database used during JVM shutdown. */
    private static final Set<String> LOST_CONNECTION = Set.of("90067", "90028", "90098", "90121");

    private static final ColumnReader READER = new ColumnReader() {};

    /** Keys per array parameter; H2 arrays hold at most 65 536 elements. */
    private static final int MAX_ARRAY = 50_000;

    H2Dialect() {
        super("h2", SQLDialect.H2, "jdbc:h2:", 0);
    }

    @Override
    List<JdbcDriver> drivers() {
        return List.of(JdbcDriver.H2);
    }

    @Override
    String url(String host, int port, String database) {
        // Lower-case identifiers, like PostgreSQL and MySQL, so the same quoted lower-case names work everywhere.
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    }

    @Override
    int maxBindValues() {
        return 65_535;
    }

    @Override
    <K> Condition manyKeys(Field<K> column, Collection<K> keys) {
        String type = ARRAY_TYPES.get(ColumnKind.of(column));
        if (type == null) {
            return Keys.orOfInLists(this, column, keys);
        }
        // An H2 array holds at most 65 536 elements: more keys take several array parameters.
        List<Object> all = new ArrayList<>(keys);
        List<Condition> arrays = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_ARRAY) {
            @SuppressWarnings("unchecked") // a slice of the same keys
            List<K> slice = (List<K>) all.subList(from, Math.min(all.size(), from + MAX_ARRAY));
            arrays.add(Keys.anyOfArray(column, slice, type));
        }
        return DSL.or(arrays);
    }

    @Override
    Optional<String> keyTableType(ColumnKind kind) {
        return switch (kind) {
            case LONG, INT, SHORT, STRING, UUID -> Optional.of(ARRAY_TYPES.get(kind));
            default -> Optional.empty();
        };
    }

    @Override
    boolean returnsGeneratedIds() {
        return false;
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
        // H2's NUMERIC without a scale has scale 0; DECFLOAT keeps every decimal exactly.
        return kind == ColumnKind.DECIMAL ? "decfloat" : super.columnType(kind, key);
    }

    @Override
    String generatedIdDefinition(ColumnKind kind, String type) {
        return kind == ColumnKind.UUID ? type + " default random_uuid()" : super.generatedIdDefinition(kind, type);
    }
}
