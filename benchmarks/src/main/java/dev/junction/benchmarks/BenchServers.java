package dev.junction.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;

/**
 * The database servers of {@code -p databases=servers}: by default PostgreSQL and MariaDB on this machine with the
 * users {@code postgres} and {@code root} and no password; environment variables change the URLs.
 */
final class BenchServers {

    static final String POSTGRESQL_URL = "JUNCTION_BENCH_POSTGRESQL_URL";
    static final String SECOND_POSTGRESQL_URL = "JUNCTION_BENCH_POSTGRESQL2_URL";
    static final String MYSQL_URL = "JUNCTION_BENCH_MYSQL_URL";

    private BenchServers() {}

    /** PostgreSQL, database {@code test}. */
    static BenchTarget postgresql() {
        return reachable(new BenchTarget(env(POSTGRESQL_URL, "jdbc:postgresql://127.0.0.1:5432/test"), "postgres",
                SQLDialect.POSTGRES));
    }

    /**
     * A second PostgreSQL database on the same server, {@code junction_bench_second}, created when it does not
     * exist yet.
     */
    static BenchTarget secondPostgresql() {
        String url = System.getenv(SECOND_POSTGRESQL_URL);
        if (url != null && !url.isBlank()) {
            return reachable(new BenchTarget(url, "postgres", SQLDialect.POSTGRES));
        }
        BenchTarget first = postgresql();
        String database = "junction_bench_second";
        String firstUrl = first.url();
        int slash = firstUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = firstUrl.indexOf('?', slash);
        String secondUrl = firstUrl.substring(0, slash + 1) + database + (query < 0 ? "" : firstUrl.substring(query));
        try (Connection connection = first.connectForLoading();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the second PostgreSQL database " + database + " ("
                    + e.getMessage() + "); create it or point " + SECOND_POSTGRESQL_URL + " at another one", e);
        }
        return reachable(new BenchTarget(secondUrl, "postgres", SQLDialect.POSTGRES));
    }

    /** MariaDB or MySQL through MySQL Connector/J, database {@code test}. */
    static BenchTarget mysql() {
        return reachable(new BenchTarget(env(MYSQL_URL, "jdbc:mysql://127.0.0.1:3306/test"), "root",
                SQLDialect.MARIADB));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static BenchTarget reachable(BenchTarget server) {
        DriverManager.setLoginTimeout(5);
        try {
            DriverManager.getConnection(server.url(), server.username(), "").close();
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("-p databases=servers needs PostgreSQL (user postgres, no password)"
                    + " and MariaDB/MySQL (user root, no password), each with a database 'test', but "
                    + server.url() + " is unreachable: " + e.getMessage() + ". Start them, point "
                    + POSTGRESQL_URL + ", " + SECOND_POSTGRESQL_URL + " and " + MYSQL_URL
                    + " at them, or run with -p databases=h2.", e);
        }
    }
}
