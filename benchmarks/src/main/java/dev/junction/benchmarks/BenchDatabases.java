package dev.junction.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The three databases of the benchmarks, filled with the same deterministic data, and the two ways in: Junction,
 * configured on them, and a HikariCP pool plus a jOOQ context per database for the hand-written alternatives.
 *
 * <p>{@code h2}: three in-memory H2 databases. {@code servers}: authors and reviews on PostgreSQL, books on
 * MariaDB/MySQL (through MySQL Connector/J), each in database {@code test}; the URLs can be changed with the
 * environment variables {@value #POSTGRESQL_URL} and {@value #MYSQL_URL}. The tables are created at start and
 * dropped at the end.
 */
final class BenchDatabases implements AutoCloseable {

    /** The number of authors. */
    static final int AUTHORS = 1_000;
    /** Books per author; also reviews per author. */
    static final int CHILDREN_PER_AUTHOR = 10;

    static final String POSTGRESQL_URL = "JUNCTION_BENCH_POSTGRESQL_URL";
    static final String MYSQL_URL = "JUNCTION_BENCH_MYSQL_URL";

    private static final LocalDate FIRST_DATE = LocalDate.of(1950, 1, 1);

    /** Where one connection name points. */
    private record Target(String url, String username, SQLDialect dialect) {}

    private final Map<String, Target> targets;
    private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();
    private final Map<String, DSLContext> jooq = new LinkedHashMap<>();

    private BenchDatabases(Map<String, Target> targets) {
        this.targets = targets;
    }

    /**
     * Creates and fills the tables, configures Junction and opens the hand-written pools.
     *
     * @param databases {@code h2} or {@code servers}
     */
    static BenchDatabases open(String databases) {
        Map<String, Target> targets = new LinkedHashMap<>();
        switch (databases) {
            case "h2" -> {
                for (String name : List.of(BenchConnections.PARENTS, BenchConnections.CHILDREN,
                        BenchConnections.REVIEWS)) {
                    targets.put(name, new Target("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                            "sa", SQLDialect.H2));
                }
            }
            case "servers" -> {
                Target postgresql = new Target(env(POSTGRESQL_URL, "jdbc:postgresql://127.0.0.1:5432/test"),
                        "postgres", SQLDialect.POSTGRES);
                Target mysql = new Target(env(MYSQL_URL, "jdbc:mysql://127.0.0.1:3306/test"),
                        "root", SQLDialect.MARIADB);
                targets.put(BenchConnections.PARENTS, postgresql);
                targets.put(BenchConnections.CHILDREN, mysql);
                targets.put(BenchConnections.REVIEWS, postgresql);
                checkReachable(postgresql, mysql);
            }
            default -> throw new IllegalArgumentException("Unknown databases '" + databases
                    + "'; use -p databases=h2 (in-memory, the default) or -p databases=servers");
        }
        BenchDatabases opened = new BenchDatabases(targets);
        try {
            opened.createAndFill();
            opened.configureJunction();
            opened.openPools();
            return opened;
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException("Could not prepare the benchmark databases (" + databases + "): " + e, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void checkReachable(Target... servers) {
        DriverManager.setLoginTimeout(5);
        for (Target server : servers) {
            try {
                DriverManager.getConnection(server.url(), server.username(), "").close();
            } catch (SQLException e) {
                throw new IllegalStateException("-p databases=servers needs PostgreSQL (user postgres, no password)"
                        + " and MariaDB/MySQL (user root, no password), each with a database 'test', but "
                        + server.url() + " is unreachable: " + e.getMessage() + ". Start them, point "
                        + POSTGRESQL_URL + " and " + MYSQL_URL + " at them, or run with -p databases=h2.", e);
            }
        }
    }

    /** The hand-written alternatives' pool of a connection name. */
    DataSource dataSource(String connection) {
        return pools.get(connection);
    }

    /** The hand-written alternatives' jOOQ context of a connection name. */
    DSLContext jooq(String connection) {
        return jooq.get(connection);
    }

    private void createAndFill() throws SQLException {
        try (Connection parents = connect(BenchConnections.PARENTS);
                Connection children = connect(BenchConnections.CHILDREN);
                Connection reviews = connect(BenchConnections.REVIEWS)) {
            execute(parents, "drop table if exists bench_authors",
                    "create table bench_authors (id bigint primary key, name varchar(100) not null,"
                            + " email varchar(200) not null)");
            execute(children, "drop table if exists bench_books",
                    "create table bench_books (id bigint primary key, author_id bigint not null,"
                            + " title varchar(200) not null, pages int not null, published date not null)",
                    "create index bench_books_author on bench_books (author_id)");
            execute(reviews, "drop table if exists bench_reviews",
                    "create table bench_reviews (id bigint primary key, author_id bigint not null,"
                            + " rating int not null, body varchar(500) not null)",
                    "create index bench_reviews_author on bench_reviews (author_id)");
            fillAuthors(parents);
            fillBooks(children);
            fillReviews(reviews);
        }
    }

    private Connection connect(String name) throws SQLException {
        Target target = targets.get(name);
        return DriverManager.getConnection(target.url(), target.username(), "");
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void fillAuthors(Connection connection) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into bench_authors (id, name, email) values (?, ?, ?)")) {
            for (long id = 1; id <= AUTHORS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "Author " + id);
                insert.setString(3, "author" + id + "@example.com");
                insert.addBatch();
            }
            runBatch(connection, insert);
        }
    }

    /** Book {@code k} belongs to author {@code (k - 1) % AUTHORS + 1}, so an author's books are spread out. */
    private static void fillBooks(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into bench_books (id, author_id, title, pages, published) values (?, ?, ?, ?, ?)")) {
            for (long id = 1; id <= (long) AUTHORS * CHILDREN_PER_AUTHOR; id++) {
                insert.setLong(1, id);
                insert.setLong(2, (id - 1) % AUTHORS + 1);
                insert.setString(3, "Book " + id + ": a title of a typical length");
                insert.setInt(4, 80 + (int) (id * 37 % 900));
                insert.setObject(5, FIRST_DATE.plusDays(id * 97 % 25_000));
                insert.addBatch();
            }
            runBatch(connection, insert);
        }
    }

    /** Review {@code k} belongs to author {@code 7k % AUTHORS + 1}: also ten per author, in another order. */
    private static void fillReviews(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into bench_reviews (id, author_id, rating, body) values (?, ?, ?, ?)")) {
            for (long id = 1; id <= (long) AUTHORS * CHILDREN_PER_AUTHOR; id++) {
                insert.setLong(1, id);
                insert.setLong(2, id * 7 % AUTHORS + 1);
                insert.setInt(3, 1 + (int) (id % 5));
                insert.setString(4, "Review " + id + ": a sentence or two about the author's work, as reviews go.");
                insert.addBatch();
            }
            runBatch(connection, insert);
        }
    }

    private static void runBatch(Connection connection, PreparedStatement insert) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        insert.executeBatch();
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }

    private void configureJunction() {
        Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
        targets.forEach((name, target) -> connections.put(name, Map.of(
                "url", target.url(), "username", target.username(), "password", "",
                "driver", target.dialect() == SQLDialect.H2 ? "h2"
                        : target.dialect() == SQLDialect.POSTGRES ? "postgresql" : "mariadb")));
        ConnectionManager.configure(connections);
    }

    /**
     * Pools with HikariCP's defaults, like Junction's, and jOOQ contexts with jOOQ's defaults: its execute logging
     * is on but logs at DEBUG, which the benchmarks' SLF4J binding drops (Junction turns it off instead).
     */
    private void openPools() {
        targets.forEach((name, target) -> {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(target.url());
            config.setUsername(target.username());
            config.setPassword("");
            config.setPoolName("handwritten-" + name);
            HikariDataSource pool = new HikariDataSource(config);
            pools.put(name, pool);
            jooq.put(name, DSL.using(pool, target.dialect()));
        });
    }

    /** Shuts Junction down, closes the pools and drops the tables on servers (in-memory H2 goes with the JVM). */
    @Override
    public void close() {
        ConnectionManager.shutdown();
        pools.values().forEach(HikariDataSource::close);
        if (targets.get(BenchConnections.PARENTS).dialect() == SQLDialect.H2) {
            return;
        }
        try (Connection parents = connect(BenchConnections.PARENTS);
                Connection children = connect(BenchConnections.CHILDREN);
                Connection reviews = connect(BenchConnections.REVIEWS)) {
            execute(parents, "drop table if exists bench_authors");
            execute(children, "drop table if exists bench_books");
            execute(reviews, "drop table if exists bench_reviews");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the benchmark tables: " + e.getMessage(), e);
        }
    }
}
