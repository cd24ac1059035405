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
        assertEquals("mysql", ConnectionSettings.parse("main", Map.of("url", "jdbc:mysql://x/y")).dialect().key());
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

    @Test
    void aPasswordInTheUrlIsTakenOutOfIt() {
        ConnectionSettings query = ConnectionSettings.parse("main",
                Map.of("url", "jdbc:postgresql://db:5432/app?user=u&password=S3cret&ssl=false"));
        assertEquals("jdbc:postgresql://db:5432/app?user=u&ssl=false", query.jdbcUrl());
        assertEquals("S3cret", query.password());
        ConnectionSettings last = ConnectionSettings.parse("main",
                Map.of("url", "jdbc:postgresql://db/app?ssl=false&PASSWORD=S3cret"));
        assertEquals("jdbc:postgresql://db/app?ssl=false", last.jdbcUrl());
        ConnectionSettings userInfo = ConnectionSettings.parse("main",
                Map.of("url", "jdbc:mysql://root:S3cret@db:3306/app"));
        assertEquals("jdbc:mysql://root@db:3306/app", userInfo.jdbcUrl());
        assertEquals("S3cret", userInfo.password());
        ConnectionSettings h2 = ConnectionSettings.parse("main",
                Map.of("url", "jdbc:h2:mem:app;USER=sa;PASSWORD=S3cret;DB_CLOSE_DELAY=-1"));
        assertEquals("jdbc:h2:mem:app;USER=sa;DB_CLOSE_DELAY=-1", h2.jdbcUrl());
        assertFalse(h2.toString().contains("S3cret"), h2.toString());
    }

    @Test
    void twoDifferentPasswordsAreRefusedWithoutShowingEither() {
        String message = failure(Map.of("url", "jdbc:postgresql://db/app?password=S3cret", "password", "Other1"));
        assertEquals("Connection 'main': key 'url' holds a password and key 'password' another one; give it once",
                message);
    }
}
