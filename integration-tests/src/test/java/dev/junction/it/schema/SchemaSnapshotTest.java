package dev.junction.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.UnknownConnectionException;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;
import dev.junction.tools.SchemaSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema snapshot taken from the servers (users and their kin on PostgreSQL, posts and theirs on MariaDB), through
 * {@code ConnectionManager.snapshotSchema} and through the command {@code SchemaSnapshot}.
 */
class SchemaSnapshotTest {

    @TempDir
    Path directory;

    private TestConnections connections;

    @BeforeEach
    void createDatabases() {
        connections = TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2)
                .tablesFromModels()
                .open();
    }

    @AfterEach
    void dropDatabases() {
        connections.close();
    }

    @Test
    void theSnapshotListsEveryColumnWithWhatItHolds() throws IOException {
        Path file = directory.resolve("schema/junction-schema.tsv");
        ConnectionManager.snapshotSchema(file, "default", "secondary");
        List<String> lines = Files.readAllLines(file);
        assertEquals("junction-schema\t1", lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("connection\tdefault\tPostgreSQL ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("connection\tsecondary\tMariaDB ")
                || l.startsWith("connection\tsecondary\tMySQL ")), lines::toString);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("connection\ttertiary")), "only the connections named");
        assertTrue(lines.contains("table\tdefault\tauthors"), lines::toString);
        assertTrue(lines.contains("column\tdefault\tauthors\tid\tint8\tnot-null\tgenerated\tlong,int,short"),
                lines::toString);
        assertTrue(lines.contains("column\tdefault\tauthors\tname\ttext\tnullable\t-\tstring,enum"), lines::toString);
        assertTrue(lines.contains("column\tsecondary\trel_posts\tuser_id\tbigint\tnullable\t-\tlong,int,short"),
                lines::toString);
        assertTrue(lines.contains("column\tsecondary\trel_posts\tlikes\tint\tnot-null\t-\tint,short"),
                lines::toString);
        assertTrue(lines.indexOf("table\tsecondary\trel_posts") < lines.indexOf(
                "column\tsecondary\trel_posts\tuser_id\tbigint\tnullable\t-\tlong,int,short"), "tables before their columns");

        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.snapshotSchema(file, "nowhere"));
    }

    @Test
    void theCommandConfiguresFromPropertiesWritesTheSnapshotAndShutsDown() throws IOException {
        Properties properties = new Properties();
        for (String name : TestConnections.NAMES) {
            for (Map.Entry<String, Object> setting : connections.database(name).settings().entrySet()) {
                properties.setProperty("junction.connections." + name + "." + setting.getKey(),
                        String.valueOf(setting.getValue()));
            }
        }
        Path propertiesFile = directory.resolve("junction.properties");
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
            properties.store(out, null);
        }
        Path snapshot = directory.resolve("schema.tsv");
        ConnectionManager.shutdown();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SchemaSnapshot.run(new String[] {propertiesFile.toString(), snapshot.toString(), "secondary"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
        assertEquals("Wrote the schema snapshot of connections secondary to " + snapshot,
                out.toString(StandardCharsets.UTF_8).trim());
        List<String> lines = Files.readAllLines(snapshot);
        assertTrue(lines.contains("table\tsecondary\trel_posts"), lines::toString);
        assertFalse(lines.contains("table\tdefault\tauthors"), lines::toString);
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("secondary"),
                "the command shuts Junction down");

        assertEquals(2, SchemaSnapshot.run(new String[] {propertiesFile.toString()}, new PrintStream(out),
                new PrintStream(err)));
        assertEquals(1, SchemaSnapshot.run(new String[] {directory.resolve("missing.properties").toString(),
                snapshot.toString()}, new PrintStream(out), new PrintStream(err)));
    }
}
