package dev.junction.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A login of its own, with a password, that may read and write every table of one test database: for tests that
 * need Junction to send a real password. The name is unique ({@code junction_it_<random>}); {@link #close()} drops
 * the login from the server. On H2 the user lives in the database itself and goes with it; on PostgreSQL, close
 * the database first, since a role cannot be dropped while a database still grants it privileges.
 */
public final class DatabaseAccount implements AutoCloseable {

    private final TestDatabase database;
    private final String user;

    private DatabaseAccount(TestDatabase database, String user) {
        this.database = database;
        this.user = user;
    }

    /** Creates the login with that password and grants it the database's tables. */
    public static DatabaseAccount create(TestDatabase database, String password) {
        String user = "junction_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (database.kind()) {
            case POSTGRESQL -> {
                admin(database, "create role " + user + " login password '" + password + "'");
                database.execute("grant all on all tables in schema public to " + user,
                        "grant all on all sequences in schema public to " + user);
            }
            case MARIADB -> {
                for (String host : new String[] {"%", "localhost"}) {
                    admin(database, "create user '" + user + "'@'" + host + "' identified by '" + password + "'");
                    admin(database, "grant all on " + database.name() + ".* to '" + user + "'@'" + host + "'");
                }
            }
            case H2 -> database.execute("create user " + user + " password '" + password + "' admin");
        }
        return new DatabaseAccount(database, user);
    }

    /** The login's name. */
    public String user() {
        return user;
    }

    private static void admin(TestDatabase database, String sql) {
        DatabaseServer server = database.server();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(""), server.username(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("An account statement failed on the " + server + ": " + e, e);
        }
    }

    /** Drops the login. */
    @Override
    public void close() {
        switch (database.kind()) {
            case POSTGRESQL -> admin(database, "drop role if exists " + user);
            case MARIADB -> admin(database, "drop user if exists '" + user + "'@'%', '" + user + "'@'localhost'");
            case H2 -> {
                // Dropped with its database.
            }
        }
    }
}
