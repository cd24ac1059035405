package dev.junction.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time check end to end: a snapshot taken from the servers (users on PostgreSQL, posts on MariaDB, tables
 * from {@code createTables}), then javac with the Junction processor and {@code -Ajunction.schema} on models written
 * against it. A model with a wrong column fails the build with the code on that field; the same models with the right
 * columns compile without a warning under {@code -Xlint:all} (but {@code path}, whose warnings would be about the
 * test class path, not the models).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotBuildCheckTest {

    @TempDir
    static Path directory;

    private Path snapshot;

    @BeforeAll
    void takeTheSnapshot() {
        try (TestConnections connections = TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2)
                .tablesFromModels()
                .open()) {
            snapshot = directory.resolve("schema.tsv");
            ConnectionManager.snapshotSchema(snapshot, "default", "secondary");
        }
    }

    @AfterAll
    void shutDown() {
        ConnectionManager.shutdown();
    }

    private static final String USER = """
            package check;

            import dev.junction.annotation.HasMany;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;
            import java.util.List;

            @Model(table = "rel_users")
            public class User {
                @Id Long id;
                String username;
                @HasMany(foreignKey = "user_id", inverseOf = "user")
                List<Post> posts;
            }
            """;

    private static String post(String titleField) {
        return """
                package check;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Column;
                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "rel_posts")
                @Connection("secondary")
                public class Post {
                    @Id Long id;
                    Long userId;
                    %s
                    int likes;
                    @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
                    User user;
                }
                """.formatted(titleField);
    }

    private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {}

    private Result compile(String post) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src-" + System.nanoTime() + "/check"));
        Files.writeString(sources.resolve("User.java"), USER);
        Files.writeString(sources.resolve("Post.java"), post);
        Path classes = Files.createDirectories(sources.getParent().resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classPath = System.getProperty("java.class.path");
            // The models compile as a project of their own: without this module's models (which map the same
            // tables, and which the processor would rightly report as clashing with them).
            String libraries = Arrays.stream(classPath.split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
            List<String> options = List.of("-Xlint:all,-path", "-processorpath", classPath,
                    "-processor", "dev.junction.processor.JunctionProcessor", "-classpath", libraries,
                    "-d", classes.toString(), "-Ajunction.schema=" + snapshot);
            boolean success = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(sources.resolve("User.java"), sources.resolve("Post.java"))).call();
            return new Result(success, diagnostics.getDiagnostics());
        }
    }

    @Test
    void aModelWithAWrongColumnFailsTheBuildWithTheCodeOnTheField() throws IOException {
        Result result = compile(post("@Column(\"headline\") String title;"));
        assertFalse(result.success(), () -> result.diagnostics().toString());
        List<Diagnostic<? extends JavaFileObject>> errors = result.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        String message = error.getMessage(Locale.ROOT);
        assertTrue(message.startsWith("[JUNCTION-SCHEMA-004]"), message);
        assertTrue(message.contains("`title`"), message);
        assertTrue(error.getSource().getName().endsWith("Post.java"), error.getSource().getName());
        assertEquals(14, error.getLineNumber(), "the line of the field: " + message);
    }

    @Test
    void theSameModelsWithTheRightColumnsCompileWithoutAWarning() throws IOException {
        Result result = compile(post("String title;"));
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertEquals(List.of(), result.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).map(Object::toString).toList());
    }
}
