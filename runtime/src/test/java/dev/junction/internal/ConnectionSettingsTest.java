package dev.junction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    private static String failure(Map<String, ?> settings) {
        return assertThrows(ConfigurationException.class, () -> ConnectionSettings.parse("main", settings))
                .getMessage();
    }

    // This module's tests have the H2 driver only: PostgreSQL, MySQL Connector/J and MariaDB Connector/J are missing.

    @Test
    void buildsUrlsPerDriver() {
        assertEquals("jdbc:postgresql://db:6543/app", new PostgresDialect().url("db", 6543, "app"));
        assertEquals("jdbc:mysql://localhost:3306/app", new MySqlDialect().url("localhost", 3306, "app"));
        assertEquals("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                ConnectionSettings.parse("main", Map.of("driver", "h2", "database", "app")).jdbcUrl());
        assertEquals("mysql", Dialect.forUrl("jdbc:mysql://x/y").orElseThrow().key());
        assertEquals("mariadb", Dialect.forUrl("jdbc:mariadb://x/y").orElseThrow().key());
    }

    @Test
    void mariaDbPrefersMariaDbConnectorAndNamesBothDriversWhenNeitherIsThere() {
        // With neither driver present, the URL is built for the preferred one, MariaDB Connector/J.
        assertEquals("jdbc:mariadb://db:3306/app", new MariaDbDialect().url("db", 3306, "app"));
        assertEquals("Connection 'main': no JDBC driver for jdbc:mariadb: URLs is on the class path (driver class"
                + " org.mariadb.jdbc.Driver); the Junction runtime brings no driver: add"
                + " org.mariadb.jdbc:mariadb-java-client (MariaDB Connector/J) or com.mysql:mysql-connector-j"
                + " (MySQL Connector/J) to the application's dependencies",
                failure(Map.of("driver", "mariadb", "database", "app")));
    }

    @Test
    void aMissingDriverFailsWithTheMavenCoordinatesToAdd() {
        assertEquals("Connection 'main': no JDBC driver for jdbc:postgresql: URLs is on the class path (driver class"
                + " org.postgresql.Driver); the Junction runtime brings no driver: add org.postgresql:postgresql (the"
                + " PostgreSQL JDBC driver) to the application's dependencies",
                failure(Map.of("driver", "postgresql", "database", "app")));
        assertEquals("Connection 'main': no JDBC driver for jdbc:mysql: URLs is on the class path (driver class"
                + " com.mysql.cj.jdbc.Driver); the Junction runtime brings no driver: add com.mysql:mysql-connector-j"
                + " (MySQL Connector/J) to the application's dependencies",
                failure(Map.of("driver", "mariadb", "url", "jdbc:mysql://db/app")));
        assertEquals("Connection 'main': no JDBC driver for jdbc:mariadb: URLs is on the class path (driver class"
                + " org.mariadb.jdbc.Driver); the Junction runtime brings no driver: add"
                + " org.mariadb.jdbc:mariadb-java-client (MariaDB Connector/J) to the application's dependencies",
                failure(Map.of("url", "jdbc:mariadb://db/app")));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectionSettings.parse("main", Map.of("url", "jdbc:postgresql://db/app")));
        assertEquals("main", e.connection().orElseThrow());
    }

    @Test
    void theMariaDbDriverStreamsWithAPositiveFetchSizeAndAsksForEveryGeneratedId() {
        Dialect mysqlDriver = new MariaDbDialect().through(JdbcDriver.MYSQL);
        Dialect mariaDbDriver = new MariaDbDialect().through(JdbcDriver.MARIADB);
        assertEquals(Integer.MIN_VALUE, mysqlDriver.streamFetchSize());
        assertEquals(Map.of(), mysqlDriver.driverProperties());
        assertEquals(500, mariaDbDriver.streamFetchSize());
        assertEquals(Map.of("returnMultiValuesGeneratedIds", "true"), mariaDbDriver.driverProperties());
        assertEquals("mariadb", mariaDbDriver.key());
        assertEquals(org.jooq.SQLDialect.MARIADB, mariaDbDriver.sqlDialect());
        assertEquals(mariaDbDriver.getClass(), MariaDbDialect.class);
    }

    @Test
    void badSettingsNameTheConnectionAndTheKey() {
        assertEquals("Connection 'main': key 'driver' has unknown value 'oracle'; expected one of postgresql, mysql,"
                + " mariadb, h2", failure(Map.of("driver", "oracle", "database", "x")));
        assertEquals("Connection 'main': missing key 'database'", failure(Map.of("driver", "postgresql")));
        assertEquals("Connection 'main': key 'port' must be a whole number from 1 to 65535, but was 'http'",
                failure(Map.of("driver", "mysql", "database", "x", "port", "http")));
        assertEquals("Connection 'main': unknown key 'hots'; known keys are [dataSource, database, driver, host,"
                + " migrations, password, port, url, username, validate] and pool.<HikariCP setting>",
                failure(Map.of("driver", "h2", "hots", "x")));
    }

    @Test
    void validateAndMigrationsAreParsedAndCheckedAtOnce() {
        ConnectionSettings settings = ConnectionSettings.parse("main", Map.of("driver", "h2", "database", "x",
                "validate", "TRUE", "migrations", " classpath:db/a , filesystem:db/b,"));
        assertTrue(settings.validate());
        assertEquals(List.of("classpath:db/a", "filesystem:db/b"), settings.migrations());
        assertTrue(settings.toString().endsWith(", validate=true, migrations=[classpath:db/a, filesystem:db/b]]"),
                settings.toString());
        ConnectionSettings objects = ConnectionSettings.parse("main", Map.of("driver", "h2", "database", "x",
                "validate", Boolean.FALSE, "migrations", List.of("classpath:db/a", "classpath:db/c")));
        assertFalse(objects.validate());
        assertEquals(List.of("classpath:db/a", "classpath:db/c"), objects.migrations());
        ConnectionSettings neither = ConnectionSettings.parse("main", Map.of("driver", "h2", "database", "x"));
        assertFalse(neither.validate());
        assertEquals(List.of(), neither.migrations());

        assertEquals("Connection 'main': key 'validate' must be true or false, but was 'yes'",
                failure(Map.of("driver", "h2", "database", "x", "validate", "yes")));
        assertEquals("Connection 'main': key 'migrations' names no location; give Flyway locations such as"
                + " 'classpath:db/migration/main', separated by commas",
                failure(Map.of("driver", "h2", "database", "x", "migrations", " , ")));
    }

    @Test
    void theTextFormMasksThePassword() {
        String text = ConnectionSettings.parse("main",
                Map.of("driver", "h2", "database", "x", "password", "hunter2")).toString();
        assertFalse(text.contains("hunter2"), text);
    }

    @Test
    void aPasswordInTheUrlIsTakenOutOfIt() {
        ConnectionSettings.UrlPassword query =
                ConnectionSettings.UrlPassword.split("jdbc:postgresql://db:5432/app?user=u&password=S3cret&ssl=false");
        assertEquals("jdbc:postgresql://db:5432/app?user=u&ssl=false", query.url());
        assertEquals("S3cret", query.password());
        ConnectionSettings.UrlPassword last =
                ConnectionSettings.UrlPassword.split("jdbc:postgresql://db/app?ssl=false&PASSWORD=S3cret");
        assertEquals("jdbc:postgresql://db/app?ssl=false", last.url());
        ConnectionSettings.UrlPassword userInfo =
                ConnectionSettings.UrlPassword.split("jdbc:mysql://root:S3cret@db:3306/app");
        assertEquals("jdbc:mysql://root@db:3306/app", userInfo.url());
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
