package dev.junction.examples.blog;

import dev.junction.ConnectionManager;
import dev.junction.QueryListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two databases of the demo: connection {@code default} holds the users, {@code secondary} the posts.
 *
 * <p>By default both are embedded in-memory H2 databases, so the demo needs no server. With
 * {@code -Djunction.demo=servers} (or the program argument {@code servers}) {@code default} is PostgreSQL and
 * {@code secondary} is MariaDB or MySQL, reached through MySQL Connector/J. Each setting can be overridden by a
 * system property {@code junction.demo.<connection>.<key>} or an environment variable
 * {@code JUNCTION_DEMO_<CONNECTION>_<KEY>}, with keys {@code host}, {@code port}, {@code database},
 * {@code username} and {@code password}.
 */
final class DemoDatabases {

    /** The system property, and the program argument, that choose the databases. */
    static final String MODE_PROPERTY = "junction.demo";

    private static final List<String> SERVER_KEYS = List.of("host", "port", "database", "username", "password");

    private final Map<String, Map<String, Object>> settings;
    private final Map<String, String> descriptions;
    private final List<CreatedTable> created = new ArrayList<>();

    private DemoDatabases(Map<String, Map<String, Object>> settings, Map<String, String> descriptions) {
        this.settings = settings;
        this.descriptions = descriptions;
    }

    /**
     * Chooses the databases from the program arguments and the {@value #MODE_PROPERTY} system property.
     *
     * @param args empty, {@code h2} or {@code servers}
     * @throws IllegalArgumentException for any other choice
     */
    static DemoDatabases choose(String[] args) {
        String mode = args.length > 0 ? args[0] : System.getProperty(MODE_PROPERTY, "h2");
        return switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "h2" -> embedded();
            case "servers" -> servers();
            default -> throw new IllegalArgumentException("Unknown demo mode '" + mode + "': use 'h2' (the default, two"
                        + " in-memory databases) or 'servers' (PostgreSQL and MariaDB/MySQL), as the program argument"
                        + " or as -D" + MODE_PROPERTY + "=...");
        };
    }

    private static DemoDatabases embedded() {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String[] connection : new String[][] {{"default", "blog_users"}, {"secondary", "blog_posts"}}) {
            settings.put(connection[0], Map.of("driver", "h2", "database", connection[1]));
            descriptions.put(connection[0], "H2, in-memory database " + connection[1]);
        }
        return new DemoDatabases(settings, descriptions);
    }

    private static DemoDatabases servers() {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        server("default", "postgresql", "PostgreSQL", Map.of("port", "5432", "username", "postgres"),
                settings, descriptions);
        server("secondary", "mysql", "MariaDB/MySQL", Map.of("port", "3306", "username", "root"),
                settings, descriptions);
        return new DemoDatabases(settings, descriptions);
    }

    private static void server(String connection, String driver, String label, Map<String, String> defaults,
            Map<String, Map<String, Object>> settings, Map<String, String> descriptions) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("driver", driver);
        for (String key : SERVER_KEYS) {
            String fallback = switch (key) {
                case "host" -> "localhost";
                case "database" -> "test";
                case "password" -> "";
                default -> defaults.get(key);
            };
            String value = setting(connection, key, fallback);
            if (!value.isEmpty()) {
                values.put(key, value);
            }
        }
        settings.put(connection, values);
        descriptions.put(connection, label + " at " + values.get("host") + ":" + values.get("port") + ", database "
                + values.get("database") + ", user " + values.get("username"));
    }

    /** The system property {@code junction.demo.<connection>.<key>}, else {@code JUNCTION_DEMO_<CONNECTION>_<KEY>}. */
    private static String setting(String connection, String key, String fallback) {
        String property = System.getProperty(MODE_PROPERTY + "." + connection + "." + key);
        if (property != null) {
            return property;
        }
        String variable = System.getenv(("junction_demo_" + connection + "_" + key).toUpperCase(Locale.ROOT));
        return variable != null ? variable : fallback;
    }

    /** The connection names with a one-line description of the database behind each. */
    Map<String, String> descriptions() {
        return descriptions;
    }

    /** Configures both connections with {@link ConnectionManager#configure(Map)}. */
    void configure() {
        ConnectionManager.configure(settings);
    }

    /**
     * Creates the demo's tables with {@link ConnectionManager#createTables()}: on each connection, the tables of the
     * models that live there and are missing, in that database's SQL (an identity or auto-increment id, an index on
     * the foreign key {@code posts.user_id}).
     *
     * @return each statement that was run, prefixed with its connection name
     */
    List<String> createTables() {
        List<String> statements = new ArrayList<>();
        QueryListener.Registration recording = ConnectionManager.addQueryListener(
                event -> statements.add(event.connection() + ": " + event.sql()));
        try {
            for (String table : ConnectionManager.createTables()) {
                int dot = table.indexOf('.');
                created.add(new CreatedTable(table.substring(0, dot), table.substring(dot + 1)));
            }
        } finally {
            recording.close();
        }
        return statements;
    }

    /** Drops the tables this demo created (never one it found already there), then closes every pool. */
    void dropTablesAndShutdown() {
        try {
            for (CreatedTable table : created) {
                ConnectionManager.dsl(table.connection()).dropTable(table.name()).execute();
            }
            created.clear();
        } finally {
            ConnectionManager.shutdown();
        }
    }

    private record CreatedTable(String connection, String name) {}
}
