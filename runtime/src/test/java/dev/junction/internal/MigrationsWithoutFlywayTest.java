package dev.junction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.junction.ConfigurationException;
import dev.junction.ConnectionManager;
import dev.junction.UnknownConnectionException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flyway is optional: this module's tests do not have it, as an application without it would not. */
class MigrationsWithoutFlywayTest {

    @AfterEach
    void shutDown() {
        ConnectionManager.shutdown();
    }

    @Test
    void keyMigrationsWithoutFlywayFailsConfigureWithTheCoordinatesToAdd() {
        assertFalse(FlywayMigrations.isPresent());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ConnectionManager.configure(
                Map.of("default", Map.of("driver", "h2", "database", "no_flyway_" + System.nanoTime(),
                        "migrations", "classpath:db/migration/default"))));
        assertEquals("Connection 'default': key 'migrations' needs Flyway, which is not on the class path: add"
                + " org.flywaydb:flyway-core", e.getMessage());
        assertEquals("default", e.connection().orElseThrow());
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"),
                "configure is all or nothing");
    }

    @Test
    void theModuleForEachDatabaseKindIsNamed() {
        assertEquals("org.flywaydb:flyway-database-postgresql", Dialect.forKey("postgresql").orElseThrow().flywayModule());
        assertEquals("org.flywaydb:flyway-mysql", Dialect.forKey("mysql").orElseThrow().flywayModule());
        assertEquals("org.flywaydb:flyway-mysql", Dialect.forKey("mariadb").orElseThrow().flywayModule());
        assertEquals(null, Dialect.forKey("h2").orElseThrow().flywayModule());
    }
}
