package dev.junction.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database with plain JDBC on a direct connection: no Junction, no pool, no proxy. */
public final class DirectJdbc {

    private DirectJdbc() {}

    /** The number of rows in {@code table}. */
    public static long count(TestDatabase database, String table) {
        return Long.parseLong(strings(database, "select count(*) from " + table).get(0));
    }

    /** The first column of every row {@code sql} returns, as text (null for NULL). */
    public static List<String> strings(TestDatabase database, String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("Query failed on " + database + ": " + sql + ": " + e, e);
        }
    }
}
