package dev.junction.it.support;

/**
 * A running database server the tests may create databases on.
 *
 * @param kind PostgreSQL or MariaDB
 * @param host the host name or address
 * @param port the TCP port
 * @param username an account allowed to create and drop databases
 * @param password its password, empty for none
 * @param origin where it came from, for the log: "external" or "embedded"
 */
public record DatabaseServer(DatabaseKind kind, String host, int port, String username, String password, String origin) {

    /** The JDBC URL of {@code database} on this server; an empty name connects without choosing one. */
    String jdbcUrl(String database) {
        return switch (kind) {
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + (database.isEmpty() ? "postgres" : database);
            case MARIADB -> "jdbc:mysql://" + host + ":" + port + "/" + database;
            case H2 -> throw new IllegalStateException("H2 has no server");
        };
    }

    @Override
    public String toString() {
        return origin + " " + kind + " at " + host + ":" + port + " as " + username;
    }
}
