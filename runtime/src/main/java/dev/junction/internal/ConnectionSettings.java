package dev.junction.internal;

import dev.junction.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The validated settings of one named connection. Parsing fails at once, naming the connection and the key, before
 * any pool is created. A password written into a {@code url} is taken out of it here, so that the URL Junction keeps,
 * logs and hands to HikariCP and the driver never holds it. The JDBC driver the URL needs must be on the class path:
 * the runtime brings none, so a missing one fails here with the Maven coordinates to add.
 *
 * @param name the connection name
 * @param dialect the database kind, as spoken to through {@code driver}; null for a {@code dataSource} without a
 *     {@code driver} key, whose kind is read from its first connection
 * @param jdbcUrl the JDBC URL, without any password; null with a {@code dataSource}
 * @param driver the known JDBC driver that takes the URL, or null (a {@code dataSource}, or a URL of another driver)
 * @param username the user, or null (then the URL or the driver decides)
 * @param password the password, or null
 * @param pool the {@code pool.*} settings, without the prefix; values are strings or objects of the setting's type
 * @param dataSource the application's own {@code DataSource}, which Junction neither pools nor closes; or null
 * @param validate whether {@code configure} validates the models of this connection against its tables
 *     (key {@code validate})
 * @param migrations the Flyway locations that {@code configure} migrates this connection from (key
 *     {@code migrations}, comma-separated); empty for none
 */
record ConnectionSettings(String name, Dialect dialect, String jdbcUrl, JdbcDriver driver, String username,
        String password, Properties pool, DataSource dataSource, boolean validate, List<String> migrations) {

    static final String POOL_PREFIX = "pool.";
    static final String DATA_SOURCE = "dataSource";
    static final String VALIDATE = "validate";
    static final String MIGRATIONS = "migrations";
    private static final Set<String> KEYS = Set.of("driver", "host", "port", "database", "username", "password",
            "url", DATA_SOURCE, VALIDATE, MIGRATIONS);

    ConnectionSettings {
        migrations = List.copyOf(migrations);
    }

    /** {@code password=...} as a URL parameter ({@code ?}, {@code &} or {@code ;} before it, any letter case). */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("([?&;])password=([^&;#]*)", Pattern.CASE_INSENSITIVE);
    /** {@code scheme://user:password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[^/]*//)([^/@:?;]*):([^/@?;]*)@");

    /**
     * Parses the settings of one connection.
     *
     * @param name the connection name
     * @param raw its keys and values; values may be strings, or objects of the right type (a number for
     *     {@code port}, a {@code javax.sql.DataSource} for {@code dataSource}, any value a HikariCP setting takes)
     * @return the validated settings
     * @throws ConfigurationException naming the connection and the key when a setting is missing or malformed, or
     *     when the JDBC driver the connection needs is not on the class path
     */
    static ConnectionSettings parse(String name, Map<String, ?> raw) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("A connection name must not be blank");
        }
        if (raw == null) {
            throw new ConfigurationException("Connection '" + name + "' has no settings", null, name, null, null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Properties pool = new Properties();
        DataSource dataSource = null;
        for (Map.Entry<String, ?> entry : raw.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (value == null) {
                throw failure(name, "key '" + key + "' has no value");
            }
            if (key.startsWith(POOL_PREFIX) && key.length() > POOL_PREFIX.length()) {
                pool.put(key.substring(POOL_PREFIX.length()), value instanceof String text ? text.trim() : value);
            } else if (key.equals(DATA_SOURCE)) {
                if (!(value instanceof DataSource given)) {
                    throw failure(name, "key 'dataSource' must be a javax.sql.DataSource, but is a "
                            + value.getClass().getName());
                }
                dataSource = given;
            } else if (key.equals(MIGRATIONS) && value instanceof Collection<?> locations) {
                values.put(key, locations.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (KEYS.contains(key)) {
                values.put(key, String.valueOf(value).trim());
            } else {
                throw failure(name, "unknown key '" + key + "'; known keys are " + new TreeSet<>(KEYS)
                        + " and pool.<HikariCP setting>");
            }
        }
        boolean validate = validate(name, values.remove(VALIDATE));
        List<String> migrations = migrations(name, values.remove(MIGRATIONS));
        if (dataSource != null) {
            return withDataSource(name, dataSource, values, pool, validate, migrations);
        }
        String password = values.get("password");
        String url = values.get("url");
        if (url != null) {
            Set<String> ignored = new TreeSet<>(values.keySet());
            ignored.retainAll(Set.of("host", "port", "database"));
            if (!ignored.isEmpty()) {
                throw failure(name, "key 'url' does not go with " + ignored + ": the URL names the host, the port"
                        + " and the database itself");
            }
            UrlPassword split = UrlPassword.split(url);
            if (split.password() != null) {
                if (password != null && !password.equals(split.password())) {
                    throw failure(name, "key 'url' holds a password and key 'password' another one; give it once");
                }
                password = split.password();
            }
            url = split.url();
        }
        Dialect dialect = dialect(name, values.get("driver"), url);
        String jdbcUrl = url != null ? url : buildUrl(name, dialect, values);
        JdbcDriver driver = JdbcDriver.forUrl(jdbcUrl).orElse(null);
        if (driver != null) {
            requirePresent(name, dialect, driver, url == null);
            dialect = dialect.through(driver);
        }
        return new ConnectionSettings(name, dialect, jdbcUrl, driver, values.get("username"), password, pool, null,
                validate, migrations);
    }

    private static boolean validate(String name, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        } else if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw failure(name, "key '" + VALIDATE + "' must be true or false, but was '" + value + "'");
    }

    /** The Flyway locations of key {@code migrations}: comma-separated, such as {@code classpath:db/migration/a}. */
    private static List<String> migrations(String name, String value) {
        if (value == null) {
            return List.of();
        }
        List<String> locations = new ArrayList<>();
        for (String location : value.split(",")) {
            if (!location.isBlank()) {
                locations.add(location.trim());
            }
        }
        if (locations.isEmpty()) {
            throw failure(name, "key '" + MIGRATIONS + "' names no location; give Flyway locations such as"
                    + " 'classpath:db/migration/" + name + "', separated by commas");
        }
        return locations;
    }

    /**
     * A connection over the application's own DataSource: only {@code driver} (and {@code validate} and
     * {@code migrations}) may go with it.
     */
    private static ConnectionSettings withDataSource(String name, DataSource dataSource, Map<String, String> values,
            Properties pool, boolean validate, List<String> migrations) {
        Set<String> others = new TreeSet<>(values.keySet());
        others.remove("driver");
        if (!others.isEmpty() || !pool.isEmpty()) {
            if (!pool.isEmpty()) {
                others.add("pool.*");
            }
            throw failure(name, "key 'dataSource' does not go with " + others + ": Junction uses the given DataSource"
                    + " as it is, without pooling it (only 'driver', naming the database kind, 'validate' and"
                    + " 'migrations' may go with it)");
        }
        String driverValue = values.get("driver");
        Dialect dialect = driverValue == null ? null : dialect(name, driverValue, null);
        return new ConnectionSettings(name, dialect, null, null, null, null, pool, dataSource, validate, migrations);
    }

    /**
     * Fails when the driver for the URL is missing, naming the Maven coordinates to add: for a URL built from
     * {@code host} and {@code database}, every driver that could serve the kind.
     */
    private static void requirePresent(String name, Dialect dialect, JdbcDriver driver, boolean built) {
        if (driver.isPresent()) {
            return;
        }
        String add = built
                ? dialect.drivers().stream().map(JdbcDriver::describe).collect(Collectors.joining(" or "))
                : driver.describe();
        throw failure(name, "no JDBC driver for " + driver.urlPrefix() + " URLs is on the class path (driver class "
                + driver.className() + "); the Junction runtime brings no driver: add " + add
                + " to the application's dependencies");
    }

    private static ConfigurationException failure(String name, String problem) {
        return new ConfigurationException("Connection '" + name + "': " + problem, null, name, null, null);
    }

    /** A URL without its password, and the password it held (null when none). */
    record UrlPassword(String url, String password) {

        static UrlPassword split(String url) {
            String password = null;
            StringBuilder rest = new StringBuilder();
            Matcher parameter = PASSWORD_PARAMETER.matcher(url);
            int last = 0;
            while (parameter.find()) {
                password = parameter.group(2);
                rest.append(url, last, parameter.start());
                // Keep the separator when a parameter follows (so "?password=x&ssl=true" becomes "?ssl=true").
                String separator = parameter.group(1);
                int end = parameter.end();
                if (end < url.length() && (url.charAt(end) == '&' || url.charAt(end) == ';')) {
                    rest.append(separator);
                    end++;
                }
                last = end;
                parameter.region(end, url.length());
            }
            rest.append(url, last, url.length());
            String withoutParameter = rest.toString();
            Matcher userInfo = USER_INFO.matcher(withoutParameter);
            if (userInfo.find()) {
                password = userInfo.group(3);
                withoutParameter = userInfo.group(1) + userInfo.group(2) + "@" + withoutParameter.substring(userInfo.end());
            }
            return new UrlPassword(withoutParameter, password);
        }
    }

    private static Dialect dialect(String name, String driverValue, String url) {
        if (driverValue != null) {
            return Dialect.forKey(driverValue).orElseThrow(() -> failure(name, "key 'driver' has unknown value '"
                    + driverValue + "'; expected one of " + Dialect.knownKeys()));
        }
        if (url == null) {
            throw failure(name, "missing key 'driver' (one of " + Dialect.knownKeys() + ") or 'url'");
        }
        if (url.isEmpty()) {
            throw failure(name, "key 'url' is empty");
        }
        return Dialect.forUrl(url).orElseThrow(() -> failure(name, "key 'url' is not a JDBC URL Junction knows ('"
                + url + "'); set 'driver' to one of " + Dialect.knownKeys()));
    }

    private static String buildUrl(String name, Dialect dialect, Map<String, String> values) {
        String database = values.get("database");
        if (database == null || database.isEmpty()) {
            throw failure(name, "missing key 'database'");
        }
        String host = values.getOrDefault("host", "localhost");
        if (host.isEmpty()) {
            throw failure(name, "key 'host' is empty");
        }
        return dialect.url(host, port(name, values.get("port"), dialect.defaultPort()), database);
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
        throw failure(name, "key 'port' must be a whole number from 1 to 65535, but was '" + value + "'");
    }

    /** The settings with the password masked, for logs and messages (the URL holds none). */
    @Override
    public String toString() {
        if (dataSource != null) {
            return "ConnectionSettings[name=" + name + ", driver=" + (dialect == null ? "(from the DataSource)"
                    : dialect.key()) + ", dataSource=" + dataSource.getClass().getName() + extras() + "]";
        }
        return "ConnectionSettings[name=" + name + ", driver=" + dialect.key() + ", url=" + jdbcUrl
                + ", username=" + username + ", password=" + (password == null ? "null" : "****")
                + ", pool=" + pool + extras() + "]";
    }

    private String extras() {
        return (validate ? ", validate=true" : "") + (migrations.isEmpty() ? "" : ", migrations=" + migrations);
    }
}
