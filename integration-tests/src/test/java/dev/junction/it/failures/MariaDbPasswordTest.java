package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords on MariaDB through MySQL Connector/J (before the host in the URL, in its query) and through MariaDB
 * Connector/J (in the URL's query, and as the key).
 */
class MariaDbPasswordTest extends PasswordContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    Map<String, Map<String, Object>> settingsWithPassword(
            String host, int port, String database, String user, String password) {
        Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
        // "driver" keeps the MariaDB dialect: a jdbc:mysql: URL alone would choose MySQL's.
        forms.put("url user:password@host", Map.of("driver", "mariadb",
                "url", "jdbc:mysql://" + user + ":" + password + "@" + host + ":" + port + "/" + database));
        forms.put("url ?user=&password=", Map.of("driver", "mariadb",
                "url", "jdbc:mysql://" + host + ":" + port + "/" + database + "?user=" + user + "&password=" + password));
        forms.put("url through MariaDB Connector/J", Map.of("url",
                "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=" + user + "&password=" + password));
        // host, port and database with driver=mariadb connect through MariaDB Connector/J, which this module has.
        forms.put("password key", Map.of("driver", "mariadb", "host", host, "port", port, "database", database,
                "username", user, "password", password));
        return forms;
    }
}
