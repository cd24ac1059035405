package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.H2TcpServer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Passwords on H2 over TCP: as a PASSWORD setting of the URL, in either case, and as the password key. */
class H2PasswordTest extends PasswordContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    Map<String, Map<String, Object>> settingsWithPassword(
            String host, int port, String database, String user, String password) {
        String url = H2TcpServer.url(port, database).replace("127.0.0.1", host);
        Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
        forms.put("url ;USER=;PASSWORD=", Map.of("driver", "h2",
                "url", url + ";USER=" + user + ";PASSWORD=" + password));
        forms.put("url ;user=;password=", Map.of("driver", "h2",
                "url", url + ";user=" + user + ";password=" + password));
        forms.put("password key", Map.of("driver", "h2", "url", url, "username", user, "password", password));
        return forms;
    }
}
