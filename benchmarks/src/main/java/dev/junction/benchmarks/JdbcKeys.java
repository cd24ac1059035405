package dev.junction.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The hand-written JDBC way to select the rows whose column is in a list of keys, with the statements Junction sends:
 * on PostgreSQL one statement with the keys as one array parameter ({@code column = any(?)}), elsewhere {@code IN}
 * lists of at most {@value #MAX_IN} keys (one statement for up to a thousand parents).
 */
public final class JdbcKeys {

    /** The most keys in one {@code IN} list. */
    public static final int MAX_IN = 1_000;

    /** Reads one row of a result, positioned on it. */
    @FunctionalInterface
    public interface RowReader {
        /** Reads the current row. */
        void read(ResultSet row) throws SQLException;
    }

    private JdbcKeys() {}

    /**
     * Runs {@code select where column in keys order by orderBy} and passes every row to the reader.
     *
     * @param select the {@code select ... from table} part
     * @param arrayType the SQL type of the keys, for PostgreSQL's array ({@code bigint}, {@code integer})
     */
    public static void select(Connection connection, BenchTarget target, String select, String column,
            String arrayType, String orderBy, Collection<?> keys, RowReader reader) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        if (target.postgres()) {
            String sql = select + " where " + column + " = any(?) order by " + orderBy;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf(arrayType, keys.toArray()));
                readAll(statement, reader);
            }
            return;
        }
        List<?> all = keys instanceof List<?> list ? list : new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += MAX_IN) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + MAX_IN));
            String sql = select + " where " + column + " in (" + placeholders(chunk.size()) + ") order by " + orderBy;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object key : chunk) {
                    statement.setObject(index++, key);
                }
                readAll(statement, reader);
            }
        }
    }

    private static void readAll(PreparedStatement statement, RowReader reader) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    /** {@code ?, ?, ?} with {@code count} marks. */
    public static String placeholders(int count) {
        StringBuilder marks = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.toString();
    }
}
