package dev.junction.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of one connection's current schema (PostgreSQL and H2) or database (MySQL and MariaDB), read in one
 * metadata call: what {@code validateSchema}, {@code createTables} and the schema snapshot compare models with.
 * Names are kept exactly as the database stores them, because Junction quotes every identifier.
 */
final class LiveSchema {

    private final String product;
    private final Map<String, Map<String, TableColumn>> tables;

    private LiveSchema(String product, Map<String, Map<String, TableColumn>> tables) {
        this.product = product;
        this.tables = tables;
    }

    /**
     * Reads the tables of a database, on this thread's transaction's connection there if any, else a pooled one.
     *
     * @throws dev.junction.DatabaseUnavailableException when the connection breaks
     */
    static LiveSchema read(Database database) {
        try (Lease lease = database.lease()) {
            try {
                return read(lease.connection);
            } catch (SQLException e) {
                throw lease.failed("reading the schema of connection '" + database.name() + "'", e);
            }
        }
    }

    static LiveSchema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Map<String, TableColumn>> tables = new TreeMap<>();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME");
                String defaultValue = columns.getString("COLUMN_DEF");
                boolean generated = "YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))
                        || defaultValue != null && !defaultValue.equalsIgnoreCase("null");
                TableColumn column = new TableColumn(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"),
                        columns.getInt("DATA_TYPE"), columns.getInt("COLUMN_SIZE"), columns.getInt("DECIMAL_DIGITS"),
                        columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, generated);
                tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column.name(), column);
            }
        }
        return new LiveSchema(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), tables);
    }

    /** The database product and version, such as {@code PostgreSQL 15.20}. */
    String product() {
        return product;
    }

    /**
     * Whether a column is the first column of an index of its table, read from the database's metadata; false when
     * the metadata cannot tell.
     *
     * @throws dev.junction.DatabaseUnavailableException when no connection can be had
     */
    static boolean isIndexed(Database database, String table, String column) {
        try (Lease lease = database.lease()) {
            Connection connection = lease.connection;
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(),
                    connection.getSchema(), table, false, true)) {
                while (indexes.next()) {
                    if (indexes.getInt("ORDINAL_POSITION") == 1 && column.equals(indexes.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
                return false;
            } catch (SQLException e) {
                return false;
            }
        }
    }

    /** The names of every table, sorted. */
    Collection<String> tableNames() {
        return tables.keySet();
    }

    /** The columns of a table by exact name, in their order in the table; empty when there is no such table. */
    Optional<Map<String, TableColumn>> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * The closest name to {@code wanted} among {@code names}, as {@code "; did you mean 'x'?"}: the same name in
     * another letter case first, else one at most two edits away; empty when there is none.
     */
    static String suggestion(String wanted, Collection<String> names) {
        for (String name : names) {
            if (name.equalsIgnoreCase(wanted)) {
                return "; did you mean '" + name + "'? (Junction quotes names, so letter case matters)";
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> Text.distance(lower, n.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt((String n) -> Text.distance(lower, n.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .map(n -> "; did you mean '" + n + "'?")
                .orElse("");
    }
}
