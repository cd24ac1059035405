package dev.junction.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A freshly created database with a unique name ({@code junction_it_<random>}) on the server of its kind, or a
 * unique in-memory H2 database. Gives the settings for {@code ConnectionManager.configure}, runs SQL on it with
 * plain JDBC (outside Junction, so no query listener sees it) and drops it on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final DatabaseServer server;
    private final String name;

    private TestDatabase(DatabaseKind kind, DatabaseServer server, String name) {
        this.kind = kind;
        this.server = server;
        this.name = name;
    }

    /** Creates an empty database of that kind. */
    public static TestDatabase create(DatabaseKind kind) {
        String name = "junction_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == DatabaseKind.H2) {
            return new TestDatabase(kind, null, name);
        }
        DatabaseServer server = DatabaseServers.of(kind);
        String create = kind == DatabaseKind.MARIADB
                ? "create database " + name + " character set utf8mb4 collate utf8mb4_bin"
                : "create database " + name + " encoding 'UTF8'";
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(""), server.username(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute(create);
        } catch (SQLException e) {
            throw new AssertionError("Could not create database " + name + " on the " + server + ": " + e, e);
        }
        return new TestDatabase(kind, server, name);
    }

    /** The kind of database. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** The server it lives on; fails for H2, which has none. */
    public DatabaseServer server() {
        if (server == null) {
            throw new IllegalStateException("H2 has no server");
        }
        return server;
    }

    /**
     * The settings of a connection to this database, ready for {@code ConnectionManager.configure}. MariaDB is
     * reached through MySQL Connector/J (a {@code jdbc:mysql:} URL, since {@code driver=mariadb} alone would prefer
     * MariaDB Connector/J, which this module also has).
     */
    public Map<String, Object> settings() {
        return settings(false);
    }

    /**
     * The settings of a connection to this database.
     *
     * @param mariaDbConnector for MariaDB: connect through MariaDB Connector/J ({@code jdbc:mariadb:}) rather than
     *     MySQL Connector/J
     */
    public Map<String, Object> settings(boolean mariaDbConnector) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("driver", kind.driver());
        if (kind == DatabaseKind.MARIADB) {
            settings.put("url", jdbcUrl(mariaDbConnector));
            settings.put("username", server.username());
            settings.put("password", server.password());
            return settings;
        }
        if (server != null) {
            settings.put("host", server.host());
            settings.put("port", server.port());
            settings.put("username", server.username());
            settings.put("password", server.password());
        }
        settings.put("database", name);
        return settings;
    }

    /** Runs each statement in turn, outside Junction. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError("SQL failed on " + this + ": " + e, e);
        }
    }

    /**
     * The JDBC URL of this database, without credentials.
     *
     * @param mariaDbConnector for MariaDB: a {@code jdbc:mariadb:} URL (MariaDB Connector/J) rather than
     *     {@code jdbc:mysql:} (MySQL Connector/J)
     */
    public String jdbcUrl(boolean mariaDbConnector) {
        if (kind == DatabaseKind.H2) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        }
        String url = server.jdbcUrl(name);
        return mariaDbConnector ? url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:") : url;
    }

    /** Opens a plain JDBC connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        if (kind == DatabaseKind.H2) {
            // The same URL Junction builds, so both see one in-memory database.
            return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        }
        return DriverManager.getConnection(server.jdbcUrl(name), server.username(), server.password());
    }

    /** Drops the database. Junction's pools on it should be shut down first. */
    @Override
    public void close() {
        if (kind == DatabaseKind.H2) {
            execute("shutdown");
            return;
        }
        String drop = kind == DatabaseKind.POSTGRESQL
                ? "drop database if exists " + name + " with (force)"
                : "drop database if exists " + name;
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(""), server.username(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute(drop);
        } catch (SQLException e) {
            throw new AssertionError("Could not drop database " + name + " on the " + server + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return kind + " database " + name + (server == null ? " (in memory)" : " on the " + server);
    }
}
