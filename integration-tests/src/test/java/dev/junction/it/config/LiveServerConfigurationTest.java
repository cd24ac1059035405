package dev.junction.it.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.DatabaseUnavailableException;
import dev.junction.UnknownConnectionException;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Configuration against running PostgreSQL and MariaDB servers: a database that is missing, and a plain URL. */
class LiveServerConfigurationTest {

    @AfterEach
    void shutdown() {
        ConnectionManager.shutdown();
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void missingDatabaseIsReportedAsUnavailableAndNothingStaysConfigured(DatabaseKind kind) {
        try (TestDatabase existing = TestDatabase.create(kind)) {
            Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
            TestConnections.NAMES.forEach(name -> connections.put(name, existing.settings()));
            Map<String, Object> missing = existing.settings();
            if (missing.containsKey("url")) {
                missing.put("url", missing.get("url") + "_missing");
            } else {
                missing.put("database", existing.name() + "_missing");
            }
            connections.put("tertiary", missing);

            DatabaseUnavailableException e =
                    assertThrows(DatabaseUnavailableException.class, () -> ConnectionManager.configure(connections));

            String url = (kind == DatabaseKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mysql://")
                    + existing.server().host() + ":" + existing.server().port() + "/" + existing.name() + "_missing";
            assertTrue(e.getMessage().startsWith("Connection 'tertiary' (" + kind.driver() + " at " + url
                    + ") is unavailable: "), e.getMessage());
            assertTrue(e.getMessage().contains(existing.name() + "_missing"), e.getMessage());
            assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void urlConfiguresAConnectionInsteadOfHostPortAndDatabase(DatabaseKind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            String url = (kind == DatabaseKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mysql://")
                    + database.server().host() + ":" + database.server().port() + "/" + database.name();
            Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
            TestConnections.NAMES.forEach(name -> {
                Map<String, Object> settings = new LinkedHashMap<>();
                settings.put("url", url);
                settings.put("username", database.server().username());
                settings.put("password", database.server().password());
                if (kind == DatabaseKind.MARIADB) {
                    // jdbc:mysql: alone would choose the MySQL dialect.
                    settings.put("driver", "mariadb");
                }
                connections.put(name, settings);
            });

            ConnectionManager.configure(connections);

            assertEquals(1, ConnectionManager.dsl("secondary").fetchValue("select 1"));
            ConnectionManager.shutdown();
        }
    }
}
