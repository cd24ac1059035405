package dev.junction.it.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConfigurationException;
import dev.junction.ConnectionManager;
import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.UnknownConnectionException;
import dev.junction.it.support.TestConnections;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Configuration errors and the configure/shutdown life cycle, on H2 and on ports where nothing listens. */
class ConfigurationTest {

    @AfterEach
    void shutdown() {
        ConnectionManager.shutdown();
    }

    /** Every connection name the models use, each on its own in-memory H2 database. */
    private static Map<String, Map<String, Object>> h2Everywhere() {
        Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
        for (String name : TestConnections.NAMES) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("driver", "h2");
            settings.put("database", "junction_config_" + UUID.randomUUID().toString().replace("-", ""));
            connections.put(name, settings);
        }
        return connections;
    }

    private static Map<String, Map<String, Object>> with(String name, Map<String, Object> settings) {
        Map<String, Map<String, Object>> connections = h2Everywhere();
        connections.put(name, new LinkedHashMap<>(settings));
        return connections;
    }

    private static String failure(Map<String, Map<String, Object>> connections) {
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(connections));
        assertNotConfigured();
        return e.getMessage();
    }

    private static void assertNotConfigured() {
        UnknownConnectionException e =
                assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
        assertEquals("Connection 'default' is not configured: Junction is not configured; call"
                + " ConnectionManager.configure(...) first", e.getMessage());
    }

    private static boolean poolRegistered(String connection) throws MalformedObjectNameException {
        return ManagementFactory.getPlatformMBeanServer()
                .isRegistered(new ObjectName("com.zaxxer.hikari:type=Pool (junction-" + connection + ")"));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unknownDriverNamesTheConnectionAndTheKey() {
        assertEquals("Connection 'default': key 'driver' has unknown value 'oracle'; expected one of postgresql,"
                + " mysql, mariadb, h2", failure(with("default", Map.of("driver", "oracle", "database", "x"))));
    }

    @Test
    void missingDatabaseNamesTheConnectionAndTheKey() {
        assertEquals("Connection 'secondary': missing key 'database'",
                failure(with("secondary", Map.of("driver", "postgresql", "host", "localhost"))));
    }

    @Test
    void missingDriverAndUrlNamesBothKeys() {
        assertEquals("Connection 'default': missing key 'driver' (one of postgresql, mysql, mariadb, h2) or 'url'",
                failure(with("default", Map.of("database", "x"))));
    }

    @Test
    void malformedPortNamesTheConnectionTheKeyAndTheValue() {
        assertEquals("Connection 'tertiary': key 'port' must be a whole number from 1 to 65535, but was '54x2'",
                failure(with("tertiary", Map.of("driver", "postgresql", "database", "x", "port", "54x2"))));
        assertEquals("Connection 'tertiary': key 'port' must be a whole number from 1 to 65535, but was '70000'",
                failure(with("tertiary", Map.of("driver", "mariadb", "database", "x", "port", 70000))));
    }

    @Test
    void aUrlDoesNotGoWithHostPortOrDatabase() {
        assertEquals("Connection 'default': key 'url' does not go with [database, port]: the URL names the host, the"
                        + " port and the database itself",
                failure(with("default", Map.of("url", "jdbc:h2:mem:x", "database", "y", "port", 5432))));
    }

    @Test
    void unknownKeyNamesTheConnectionTheKeyAndTheKnownKeys() {
        assertEquals("Connection 'default': unknown key 'hostname'; known keys are [dataSource, database, driver, host,"
                        + " migrations, password, port, url, username, validate] and pool.<HikariCP setting>",
                failure(with("default", Map.of("driver", "h2", "database", "x", "hostname", "db.example.com"))));
    }

    @Test
    void unknownPoolSettingNamesTheConnectionAndTheSetting() {
        assertEquals("Connection 'default': key 'pool.maximumPoolSiz' is not a HikariCP setting; did you mean"
                        + " 'pool.maximumPoolSize'?",
                failure(with("default", Map.of("driver", "h2", "database", "x", "pool.maximumPoolSiz", 3))));
    }

    @Test
    void badPoolValueNamesTheConnectionTheKeyAndTheValue() {
        assertEquals("Connection 'default': key 'pool.maximumPoolSize' has bad value 'many' (For input string:"
                        + " \"many\"); pool.* keys are HikariCP settings such as pool.maximumPoolSize",
                failure(with("default", Map.of("driver", "h2", "database", "x", "pool.maximumPoolSize", "many"))));
    }

    @Test
    void configuringTwiceSaysToShutDownFirst() {
        ConnectionManager.configure(h2Everywhere());

        JunctionException e =
                assertThrows(JunctionException.class, () -> ConnectionManager.configure(h2Everywhere()));

        assertEquals("Junction is already configured with connections [default, secondary, tertiary]; call"
                + " ConnectionManager.shutdown() first", e.getMessage());
        assertEquals(1, ConnectionManager.dsl("default").fetchValue("select 1"), "the first configuration stays");
    }

    @Test
    void failedConfigureLeavesNothingConfiguredAndNoPoolOpen() throws Exception {
        Map<String, Map<String, Object>> connections = h2Everywhere();
        connections.get("default").put("pool.registerMbeans", true);
        int port = unusedPort();
        connections.put("secondary", Map.of("driver", "postgresql", "host", "127.0.0.1", "port", port,
                "database", "nowhere", "username", "nobody", "pool.connectionTimeout", 1000));

        DatabaseUnavailableException e =
                assertThrows(DatabaseUnavailableException.class, () -> ConnectionManager.configure(connections));

        assertTrue(e.getMessage().startsWith("Connection 'secondary' (postgresql at jdbc:postgresql://127.0.0.1:" + port
                + "/nowhere) is unavailable: "), e.getMessage());
        assertNotConfigured();
        assertFalse(poolRegistered("default"), "the pool opened for 'default' was closed again");

        connections.put("secondary", h2Everywhere().get("secondary"));
        ConnectionManager.configure(connections);
        assertTrue(poolRegistered("default"));
        assertEquals(1, ConnectionManager.dsl("secondary").fetchValue("select 1"));
    }

    @Test
    void connectionUsedByAModelButNotConfiguredIsListedWithTheConfiguredOnes() {
        Map<String, Map<String, Object>> connections = h2Everywhere();
        connections.remove("default");

        UnknownConnectionException e =
                assertThrows(UnknownConnectionException.class, () -> ConnectionManager.configure(connections));

        String message = e.getMessage();
        assertTrue(message.startsWith("Models use connections that are not configured: 'default' (used by "), message);
        assertTrue(message.contains("dev.junction.it.model.Author"), message);
        assertTrue(message.contains("dev.junction.it.model.Everything"), message);
        assertTrue(message.endsWith("); configured connections: [secondary, tertiary]"), message);
        assertNotConfigured();
    }

    @Test
    void shutdownWhenNothingIsConfiguredDoesNothing() {
        ConnectionManager.shutdown();
        ConnectionManager.shutdown();

        assertNotConfigured();
    }

    @Test
    void configureWorksAgainAfterShutdown() {
        ConnectionManager.configure(h2Everywhere());
        ConnectionManager.shutdown();
        assertNotConfigured();

        ConnectionManager.configure(h2Everywhere());

        assertEquals(1, ConnectionManager.dsl("tertiary").fetchValue("select 1"));
    }

    @Test
    void propertiesConfigureConnectionsByName() {
        Properties properties = new Properties();
        h2Everywhere().forEach((name, settings) -> settings.forEach((key, value) ->
                properties.setProperty("junction.connections." + name + "." + key, String.valueOf(value))));
        properties.setProperty("junction.connections.default.pool.maximumPoolSize", "2");
        properties.setProperty("unrelated.property", "ignored");

        ConnectionManager.configure(properties);

        assertEquals(1, ConnectionManager.dsl("default").fetchValue("select 1"));
        assertEquals(1, ConnectionManager.dsl("tertiary").fetchValue("select 1"));
    }

    @Test
    void malformedPropertyNamesTheProperty() {
        Properties properties = new Properties();
        properties.setProperty("junction.connections.default", "h2");

        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(properties));

        assertEquals("Property 'junction.connections.default' is malformed; expected"
                + " junction.connections.<name>.<key>", e.getMessage());
        assertNotConfigured();
    }

    @Test
    void badPropertyValueNamesTheConnectionAndTheKey() {
        Properties properties = new Properties();
        h2Everywhere().forEach((name, settings) -> settings.forEach((key, value) ->
                properties.setProperty("junction.connections." + name + "." + key, String.valueOf(value))));
        properties.setProperty("junction.connections.secondary.driver", "sqlite");

        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(properties));

        assertEquals("Connection 'secondary': key 'driver' has unknown value 'sqlite'; expected one of postgresql,"
                + " mysql, mariadb, h2", e.getMessage());
    }
}
