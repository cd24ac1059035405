package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** Passwords on PostgreSQL: in the URL's query, and as the password key. */
class PostgresPasswordTest extends PasswordContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    Map<String, Map<String, Object>> settingsWithPassword(
            String host, int port, String database, String user, String password) {
        Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
        forms.put("url ?user=&password=", Map.of("url", "jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?user=" + user + "&password=" + password));
        forms.put("url ?password=&user=", Map.of("url", "jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?password=" + password + "&user=" + user));
        forms.put("password key", Map.of("driver", "postgresql", "host", host, "port", port, "database", database,
                "username", user, "password", password));
        return forms;
    }
}
