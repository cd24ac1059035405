package dev.junction.internal;

import dev.junction.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The validated settings of one named connection. Parsing fails at once, naming the connection and the key,
 * before any pool is created.
 */
public record ConnectionSettings(
        String name, DriverKind driver, String jdbcUrl, String username, String password, Properties pool) {

    static final String POOL_PREFIX = "pool.";
    private static final Set<String> KEYS =
            Set.of("driver", "host", "port", "database", "username", "password", "url");

    /**
     * Parses the settings of one connection.
     *
     * @param name the connection name
     * @param raw its keys and values; values may be strings or numbers
     * @return the validated settings
     * @throws ConfigurationException naming the connection and the key when a setting is missing or malformed
     */
    public static ConnectionSettings parse(String name, Map<String, ?> raw) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("A connection name must not be blank");
        }
        if (raw == null) {
            throw new ConfigurationException("Connection '" + name + "' has no settings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Properties pool = new Properties();
        for (Map.Entry<String, ?> entry : raw.entrySet()) {
            String key = entry.getKey();
            if (entry.getValue() == null) {
                throw new ConfigurationException(
                        "Connection '" + name + "': key '" + key + "' has no value");
            }
            String value = String.valueOf(entry.getValue()).trim();
            if (key.startsWith(POOL_PREFIX) && key.length() > POOL_PREFIX.length()) {
                pool.setProperty(key.substring(POOL_PREFIX.length()), value);
            } else if (KEYS.contains(key)) {
                values.put(key, value);
            } else {
                throw new ConfigurationException("Connection '" + name + "': unknown key '" + key
                        + "'; known keys are " + new TreeSet<>(KEYS) + " and pool.<HikariCP setting>");
            }
        }
        String url = values.get("url");
        DriverKind driver = driver(name, values.get("driver"), url);
        String jdbcUrl = url != null ? url : buildUrl(name, driver, values);
        return new ConnectionSettings(
                name, driver, jdbcUrl, values.get("username"), values.get("password"), pool);
    }

    private static DriverKind driver(String name, String driverValue, String url) {
        if (driverValue != null) {
            return DriverKind.fromKey(driverValue).orElseThrow(() -> new ConfigurationException(
                    "Connection '" + name + "': key 'driver' has unknown value '" + driverValue
                            + "'; expected one of " + DriverKind.knownKeys()));
        }
        if (url == null) {
            throw new ConfigurationException("Connection '" + name
                    + "': missing key 'driver' (one of " + DriverKind.knownKeys() + ") or 'url'");
        }
        if (url.isEmpty()) {
            throw new ConfigurationException("Connection '" + name + "': key 'url' is empty");
        }
        return DriverKind.fromUrl(url).orElseThrow(() -> new ConfigurationException(
                "Connection '" + name + "': key 'url' is not a JDBC URL Junction knows ('" + url
                        + "'); set 'driver' to one of " + DriverKind.knownKeys()));
    }

    private static String buildUrl(String name, DriverKind driver, Map<String, String> values) {
        String database = values.get("database");
        if (database == null || database.isEmpty()) {
            throw new ConfigurationException("Connection '" + name + "': missing key 'database'");
        }
        if (driver == DriverKind.H2) {
            // Lower-case identifiers, like PostgreSQL and MySQL, so the same quoted lower-case names work everywhere.
            return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        }
        String host = values.getOrDefault("host", "localhost");
        if (host.isEmpty()) {
            throw new ConfigurationException("Connection '" + name + "': key 'host' is empty");
        }
        int port = port(name, values.get("port"), driver.defaultPort());
        // Connector/J speaks to MySQL and MariaDB servers alike; "mariadb" only changes the SQL dialect.
        String scheme = driver == DriverKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mysql://";
        return scheme + host + ":" + port + "/" + database;
    }

    private static int port(String name, String value, int defaultPort) {
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new ConfigurationException("Connection '" + name
                + "': key 'port' must be a whole number from 1 to 65535, but was '" + value + "'");
    }

    /** The settings with the password masked, for logs and messages. */
    @Override
    public String toString() {
        return "ConnectionSettings[name=" + name + ", driver=" + driver.key() + ", url=" + jdbcUrl
                + ", username=" + username + ", password=" + (password == null ? "null" : "****")
                + ", pool=" + pool + "]";
    }
}
