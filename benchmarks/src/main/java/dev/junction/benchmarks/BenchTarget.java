package dev.junction.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jooq.SQLDialect;

/**
 * Where one connection name points: a JDBC URL, its user (no password: the benchmarks' servers use trust
 * authentication) and its jOOQ dialect.
 *
 * @param url the JDBC URL
 * @param username the user
 * @param dialect H2, POSTGRES or MARIADB (MariaDB or MySQL through MySQL Connector/J)
 */
public record BenchTarget(String url, String username, SQLDialect dialect) {

    /** An in-memory H2 database that lives as long as the JVM. */
    static BenchTarget h2(String database) {
        return new BenchTarget("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE", "sa",
                SQLDialect.H2);
    }

    /** True on PostgreSQL, where a key list goes as one array parameter. */
    public boolean postgres() {
        return dialect == SQLDialect.POSTGRES;
    }

    /** True on MariaDB or MySQL. */
    public boolean mysql() {
        return dialect == SQLDialect.MARIADB;
    }

    /** The value of Junction's {@code driver} key for this target. */
    String junctionDriver() {
        return postgres() ? "postgresql" : mysql() ? "mariadb" : "h2";
    }

    /**
     * A connection for creating and filling tables, outside the pools that are measured: batches are rewritten
     * into multi-row statements, which makes filling a server table several times faster.
     */
    Connection connectForLoading() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", "");
        if (postgres()) {
            properties.setProperty("reWriteBatchedInserts", "true");
        } else if (mysql()) {
            properties.setProperty("rewriteBatchedStatements", "true");
        }
        return DriverManager.getConnection(url, properties);
    }
}
