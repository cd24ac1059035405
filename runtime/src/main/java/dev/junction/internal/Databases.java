package dev.junction.internal;

import dev.junction.ConfigurationException;
import dev.junction.JunctionException;
import dev.junction.UnknownConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configured connections of this JVM. Configuring is all or nothing. */
public final class Databases {

    private static final Logger LOG = LoggerFactory.getLogger(Databases.class);
    private static final String PROPERTY_PREFIX = "junction.connections.";
    private static volatile Map<String, Database> configured;

    static {
        // jOOQ prints a banner and tips at first use; a library should not.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private Databases() {}

    /** See {@code ConnectionManager.configure(Map)}. */
    public static synchronized void configure(Map<String, ? extends Map<String, ?>> connections) {
        if (configured != null) {
            throw new JunctionException("Junction is already configured with connections "
                    + configured.keySet() + "; call ConnectionManager.shutdown() first");
        }
        if (connections == null || connections.isEmpty()) {
            throw new ConfigurationException("No connections given; configure at least one, such as 'default'");
        }
        List<ConnectionSettings> settings = new ArrayList<>();
        for (Map.Entry<String, ? extends Map<String, ?>> entry : new TreeMap<>(connections).entrySet()) {
            settings.add(ConnectionSettings.parse(entry.getKey(), entry.getValue()));
        }
        checkRegistry(connections.keySet());
        Map<String, Database> opened = new LinkedHashMap<>();
        try {
            for (ConnectionSettings s : settings) {
                opened.put(s.name(), Database.open(s));
                LOG.info("Junction connection '{}' opened: {}", s.name(), s);
            }
        } catch (RuntimeException e) {
            opened.values().forEach(Database::close);
            throw e;
        }
        configured = Collections.unmodifiableMap(opened);
    }

    /** See {@code ConnectionManager.configure(Properties)}. */
    public static void configure(Properties properties) {
        Map<String, Map<String, Object>> connections = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PROPERTY_PREFIX)) {
                continue;
            }
            String rest = key.substring(PROPERTY_PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                throw new ConfigurationException("Property '" + key
                        + "' is malformed; expected junction.connections.<name>.<key>");
            }
            connections.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>())
                    .put(rest.substring(dot + 1), properties.getProperty(key));
        }
        if (connections.isEmpty()) {
            throw new ConfigurationException(
                    "No property starts with '" + PROPERTY_PREFIX + "'; expected junction.connections.<name>.<key>");
        }
        configure(connections);
    }

    private static void checkRegistry(Set<String> names) {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (ModelRegistry.Entry model : ModelRegistry.load()) {
            for (String connection : model.connections()) {
                if (!names.contains(connection)) {
                    missing.computeIfAbsent(connection, c -> new TreeSet<>()).add(model.modelClass());
                }
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("Models use connections that are not configured: ");
            missing.forEach((connection, models) ->
                    message.append("'").append(connection).append("' (used by ").append(String.join(", ", models))
                            .append(") "));
            message.append("; configured connections: ").append(new TreeSet<>(names));
            throw new UnknownConnectionException(message.toString().replace(") ;", ");"));
        }
    }

    /** Closes every pool; does nothing when nothing is configured. */
    public static synchronized void shutdown() {
        Map<String, Database> current = configured;
        configured = null;
        if (current != null) {
            current.values().forEach(Database::close);
        }
    }

    /**
     * The configured connection of that name.
     *
     * @throws UnknownConnectionException naming it and the configured ones
     */
    public static Database get(String name) {
        Map<String, Database> current = configured;
        if (current == null) {
            throw new UnknownConnectionException("Connection '" + name
                    + "' is not configured: Junction is not configured; call ConnectionManager.configure(...) first");
        }
        Database database = current.get(name);
        if (database == null) {
            throw new UnknownConnectionException("Connection '" + name + "' is not configured; configured connections: "
                    + new TreeSet<>(current.keySet()));
        }
        return database;
    }
}
