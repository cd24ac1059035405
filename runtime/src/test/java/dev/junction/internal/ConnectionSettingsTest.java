package dev.junction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.junction.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    private static String failure(Map<String, ?> settings) {
        return assertThrows(ConfigurationException.class, () -> ConnectionSettings.parse("main", settings))
                .getMessage();
    }

    @Test
    void buildsUrlsPerDriver() {
        assertEquals("jdbc:postgresql://db:6543/app", ConnectionSettings.parse("main",
                Map.of("driver", "postgresql", "host", "db", "port", 6543, "database", "app")).jdbcUrl());
        assertEquals("jdbc:mysql://localhost:3306/app",
                ConnectionSettings.parse("main", Map.of("driver", "mariadb", "database", "app")).jdbcUrl());
        assertEquals("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                ConnectionSettings.parse("main", Map.of("driver", "h2", "database", "app")).jdbcUrl());
        assertEquals(DriverKind.MYSQL,
                ConnectionSettings.parse("main", Map.of("url", "jdbc:mysql://x/y")).driver());
    }

    @Test
    void badSettingsNameTheConnectionAndTheKey() {
        assertEquals("Connection 'main': key 'driver' has unknown value 'oracle'; expected one of postgresql, mysql,"
                + " mariadb, h2", failure(Map.of("driver", "oracle", "database", "x")));
        assertEquals("Connection 'main': missing key 'database'", failure(Map.of("driver", "postgresql")));
        assertEquals("Connection 'main': key 'port' must be a whole number from 1 to 65535, but was 'http'",
                failure(Map.of("driver", "mysql", "database", "x", "port", "http")));
        assertEquals("Connection 'main': unknown key 'hots'; known keys are [database, driver, host, password, port,"
                + " url, username] and pool.<HikariCP setting>", failure(Map.of("driver", "h2", "hots", "x")));
    }

    @Test
    void theTextFormMasksThePassword() {
        String text = ConnectionSettings.parse("main",
                Map.of("driver", "h2", "database", "x", "password", "hunter2")).toString();
        assertFalse(text.contains("hunter2"), text);
    }
}
