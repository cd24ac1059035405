package dev.junction.tools;

import dev.junction.ConnectionManager;
import dev.junction.JunctionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * The command that takes a schema snapshot for the build-time check: it configures Junction from a properties file
 * ({@code junction.connections.<name>.<key>}, as {@code ConnectionManager.configure(Properties)} reads it), writes
 * the tables of the named connections (or of all of them) to the snapshot file, and shuts Junction down.
 *
 * <pre>
 * java -cp &lt;junction-runtime, the JDBC drivers, the models&gt; dev.junction.tools.SchemaSnapshot \
 *     junction.properties src/main/junction/schema.tsv [connection ...]
 * </pre>
 *
 * <p>With Maven: {@code mvn compile exec:java -Dexec.mainClass=dev.junction.tools.SchemaSnapshot
 * -Dexec.args="junction.properties src/main/junction/schema.tsv"}. Then compile with
 * {@code -Ajunction.schema=${project.basedir}/src/main/junction/schema.tsv}. Exit status 0 on success, 1 on a
 * failure (printed), 2 on wrong arguments.
 */
public final class SchemaSnapshot {

    private SchemaSnapshot() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the properties file, the snapshot file, then optionally connection names
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args the properties file, the snapshot file, then optionally connection names
     * @param out where to report success
     * @param err where to report failures and usage
     * @return 0 on success, 1 on a failure, 2 on wrong arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("Usage: SchemaSnapshot <properties file> <snapshot file> [connection ...]");
            err.println("  The properties configure the connections as junction.connections.<name>.<key>.");
            return 2;
        }
        Path properties = Path.of(args[0]);
        Path snapshot = Path.of(args[1]);
        String[] connections = Arrays.copyOfRange(args, 2, args.length);
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            settings.load(in);
        } catch (IOException e) {
            err.println("Cannot read the properties file " + properties + ": " + e.getMessage());
            return 1;
        }
        try {
            ConnectionManager.configure(settings);
            ConnectionManager.snapshotSchema(snapshot, connections);
            out.println("Wrote the schema snapshot of " + (connections.length == 0 ? "every connection"
                    : "connections " + String.join(", ", connections)) + " to " + snapshot);
            return 0;
        } catch (JunctionException e) {
            err.println("Schema snapshot failed: " + e.getMessage());
            return 1;
        } finally {
            ConnectionManager.shutdown();
        }
    }
}
