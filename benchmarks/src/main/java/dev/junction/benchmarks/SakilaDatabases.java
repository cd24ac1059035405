package dev.junction.benchmarks;

import dev.junction.benchmarks.sakila.SakilaData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Four tables of the Sakila data set spread over three databases, so that every level of films, inventory, rentals
 * and payments crosses databases: films and payments in one PostgreSQL database, the inventory in MariaDB, rentals
 * in a second PostgreSQL database (on {@code h2}, three in-memory H2 databases in the same places).
 *
 * <p>The inventory is on MariaDB because it is keyed by the 1 000 film ids, which fit one {@code IN} list there;
 * rentals and payments, keyed by 4 581 and 16 044 ids, are on PostgreSQL, which takes each key list as one array
 * parameter. So Junction loads the four levels in four statements. The rows are parsed from the data set's
 * {@code COPY} blocks ({@link SakilaData}) and inserted with JDBC batches into simple tables created here, with the
 * columns that the models map.
 */
public final class SakilaDatabases implements AutoCloseable {

    /** Every film of the data set. */
    public static final int ALL_FILMS = 1_000;

    private enum Kind { INT, TEXT, DECIMAL, TIMESTAMP }

    private record Column(String name, Kind kind) {}

    /** A table of the data set, the table it goes into, and its connection. */
    private record Spec(String source, String table, String connection, String foreignKey, List<Column> columns) {}

    private static final Spec FILM = new Spec("film", "bench_film", BenchConnections.SAKILA_FILMS, null, List.of(
            new Column("film_id", Kind.INT), new Column("title", Kind.TEXT), new Column("description", Kind.TEXT),
            new Column("release_year", Kind.INT), new Column("language_id", Kind.INT),
            new Column("rental_duration", Kind.INT), new Column("rental_rate", Kind.DECIMAL),
            new Column("length", Kind.INT), new Column("replacement_cost", Kind.DECIMAL),
            new Column("rating", Kind.TEXT), new Column("last_update", Kind.TIMESTAMP)));
    private static final Spec INVENTORY = new Spec("inventory", "bench_inventory", BenchConnections.SAKILA_INVENTORY,
            "film_id", List.of(new Column("inventory_id", Kind.INT), new Column("film_id", Kind.INT),
                    new Column("store_id", Kind.INT), new Column("last_update", Kind.TIMESTAMP)));
    private static final Spec RENTAL = new Spec("rental", "bench_rental", BenchConnections.SAKILA_RENTALS,
            "inventory_id", List.of(new Column("rental_id", Kind.INT), new Column("rental_date", Kind.TIMESTAMP),
                    new Column("inventory_id", Kind.INT), new Column("customer_id", Kind.INT),
                    new Column("return_date", Kind.TIMESTAMP), new Column("staff_id", Kind.INT),
                    new Column("last_update", Kind.TIMESTAMP)));
    private static final Spec PAYMENT = new Spec("payment", "bench_payment", BenchConnections.SAKILA_PAYMENTS,
            "rental_id", List.of(new Column("payment_id", Kind.INT), new Column("customer_id", Kind.INT),
                    new Column("staff_id", Kind.INT), new Column("rental_id", Kind.INT),
                    new Column("amount", Kind.DECIMAL), new Column("payment_date", Kind.TIMESTAMP)));
    private static final List<Spec> LEVELS = List.of(FILM, INVENTORY, RENTAL, PAYMENT);

    private final OpenConnections connections;
    private final Map<String, Integer> rowCounts;

    private SakilaDatabases(OpenConnections connections, Map<String, Integer> rowCounts) {
        this.connections = connections;
        this.rowCounts = rowCounts;
    }

    /**
     * Creates and fills the tables, configures Junction and opens the hand-written pools.
     *
     * @param databases {@code h2} or {@code servers}
     * @param films load the films with ids up to this (and only their inventory, rentals and payments);
     *     {@link #ALL_FILMS} for the whole data set
     */
    public static SakilaDatabases open(String databases, int films) {
        Map<String, BenchTarget> targets = new LinkedHashMap<>();
        switch (databases) {
            case "h2" -> {
                targets.put(BenchConnections.SAKILA_FILMS, BenchTarget.h2("sakila_first"));
                targets.put(BenchConnections.SAKILA_INVENTORY, BenchTarget.h2("sakila_inventory"));
                targets.put(BenchConnections.SAKILA_RENTALS, BenchTarget.h2("sakila_second"));
                targets.put(BenchConnections.SAKILA_PAYMENTS, BenchTarget.h2("sakila_first"));
            }
            case "servers" -> {
                BenchTarget first = BenchServers.postgresql();
                targets.put(BenchConnections.SAKILA_FILMS, first);
                targets.put(BenchConnections.SAKILA_INVENTORY, BenchServers.mysql());
                targets.put(BenchConnections.SAKILA_RENTALS, BenchServers.secondPostgresql());
                targets.put(BenchConnections.SAKILA_PAYMENTS, first);
            }
            default -> throw new IllegalArgumentException("Unknown databases '" + databases
                    + "'; use -p databases=h2 or -p databases=servers");
        }
        Map<String, Integer> rowCounts;
        try {
            rowCounts = createAndFill(targets, films);
        } catch (SQLException | RuntimeException e) {
            dropTables(targets);
            throw new IllegalStateException("Could not prepare the Sakila databases (" + databases + "): " + e, e);
        }
        try {
            return new SakilaDatabases(OpenConnections.open(targets), rowCounts);
        } catch (RuntimeException e) {
            dropTables(targets);
            throw e;
        }
    }

    /** How many rows each table got: {@code bench_film}, {@code bench_inventory}, ... */
    public Map<String, Integer> rowCounts() {
        return rowCounts;
    }

    /** Where a connection name points. */
    public BenchTarget target(String connection) {
        return connections.target(connection);
    }

    /** The hand-written alternatives' pool of a connection name. */
    public DataSource dataSource(String connection) {
        return connections.dataSource(connection);
    }

    /** The hand-written alternatives' jOOQ context of a connection name. */
    public DSLContext jooq(String connection) {
        return connections.jooq(connection);
    }

    private static Map<String, Integer> createAndFill(Map<String, BenchTarget> targets, int films)
            throws SQLException {
        Map<String, SakilaData.Table> data =
                SakilaData.read(LEVELS.stream().map(Spec::source).collect(Collectors.toSet()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> parentKeys = null;
        for (Spec spec : LEVELS) {
            SakilaData.Table table = data.get(spec.source());
            List<String[]> rows = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            String key = spec.columns().get(0).name();
            for (String[] row : table.rows()) {
                boolean wanted = spec.foreignKey() == null
                        ? Integer.parseInt(table.value(row, key)) <= films
                        : parentKeys.contains(table.value(row, spec.foreignKey()));
                if (wanted) {
                    rows.add(row);
                    keys.add(table.value(row, key));
                }
            }
            BenchTarget target = targets.get(spec.connection());
            try (Connection connection = target.connectForLoading()) {
                create(connection, target, spec);
                fill(connection, spec, table, rows);
                BenchDatabases.settle(target, connection, spec.table());
            }
            counts.put(spec.table(), rows.size());
            parentKeys = keys;
        }
        return Map.copyOf(counts);
    }

    private static void create(Connection connection, BenchTarget target, Spec spec) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (Column column : spec.columns()) {
            String type = switch (column.kind()) {
                case INT -> "integer";
                case TEXT -> "varchar(1000)";
                case DECIMAL -> "numeric(5, 2)";
                case TIMESTAMP -> target.mysql() ? "datetime" : "timestamp";
            };
            columns.add(column.name() + " " + type + (columns.isEmpty() ? " primary key" : ""));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + spec.table());
            statement.execute("create table " + spec.table() + " (" + String.join(", ", columns) + ")");
            if (spec.foreignKey() != null) {
                statement.execute("create index " + spec.table() + "_parent on " + spec.table() + " ("
                        + spec.foreignKey() + ")");
            }
        }
    }

    private static void fill(Connection connection, Spec spec, SakilaData.Table table, List<String[]> rows)
            throws SQLException {
        String names = spec.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String sql = "insert into " + spec.table() + " (" + names + ") values ("
                + JdbcKeys.placeholders(spec.columns().size()) + ")";
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String[] row : rows) {
                int index = 1;
                for (Column column : spec.columns()) {
                    bind(insert, index++, column.kind(), table.value(row, column.name()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement insert, int index, Kind kind, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, switch (kind) {
                case INT -> Types.INTEGER;
                case TEXT -> Types.VARCHAR;
                case DECIMAL -> Types.DECIMAL;
                case TIMESTAMP -> Types.TIMESTAMP;
            });
            return;
        }
        switch (kind) {
            case INT -> insert.setInt(index, Integer.parseInt(value));
            case TEXT -> insert.setString(index, value);
            case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value));
            case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(value.replace(' ', 'T')));
        }
    }

    /** Shuts Junction down, closes the pools and drops the tables on servers. */
    @Override
    public void close() {
        connections.close();
        Map<String, BenchTarget> targets = new LinkedHashMap<>();
        for (Spec spec : LEVELS) {
            targets.put(spec.connection(), target(spec.connection()));
        }
        dropTables(targets);
    }

    private static void dropTables(Map<String, BenchTarget> targets) {
        for (Spec spec : LEVELS) {
            BenchTarget target = targets.get(spec.connection());
            if (target.dialect() == SQLDialect.H2) {
                continue;
            }
            try (Connection connection = target.connectForLoading();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists " + spec.table());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop " + spec.table() + ": " + e.getMessage(), e);
            }
        }
    }
}
