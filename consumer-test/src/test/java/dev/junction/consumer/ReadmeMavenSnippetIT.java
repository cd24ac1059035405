package dev.junction.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what the README's "Maven set-up" tells a user to do, and fails when that no longer works: installs
 * Junction (its freshly packaged artifacts, into a local repository of its own), makes a new project whose
 * {@code pom.xml} is the README's snippet, adds the quickstart's {@code User} and {@code Post} with a main class
 * that configures two H2 databases, creates the tables, inserts, and loads every user with their posts, then
 * builds and runs it with a nested Maven.
 *
 * <p>The project's sources are in {@code src/consumer}; only its {@code pom.xml} comes from the README.
 */
class ReadmeMavenSnippetIT {

    private static final String MAIN_CLASS = "com.example.blog.Main";

    @TempDir
    Path work;

    @Test
    void theReadmeSnippetBuildsAndRunsTheQuickstart() throws Exception {
        Path root = Path.of(property("junction.root")).toRealPath();
        String version = property("junction.version");

        Path repository = work.resolve("repository");
        ReactorInstall.install(root, version, repository);

        Path project = work.resolve("consumer");
        copyTree(Path.of(property("junction.consumer.sources")), project);
        ReadmeSnippet snippet = ReadmeSnippet.read(root.resolve("README.md"));
        Files.writeString(project.resolve("pom.xml"), snippet.asPom("com.example", "blog", "1.0"),
                StandardCharsets.UTF_8);

        NestedMaven maven = NestedMaven.create(Path.of(property("maven.home")),
                Path.of(property("junction.outer.repository")), repository, work);
        NestedMaven.Result result = maven.run(project, List.of(
                "compile",
                "org.codehaus.mojo:exec-maven-plugin:" + property("junction.exec.plugin.version") + ":java",
                "-Dexec.mainClass=" + MAIN_CLASS,
                // MySQL Connector/J, on the class path as the snippet adds it, starts a daemon thread that
                // exec:java would otherwise wait for.
                "-Dexec.cleanupDaemonThreads=false"));
        System.out.printf("Nested build of the README's snippet: %s, %.1f s%s%n",
                result.succeeded() ? "succeeded" : "failed", result.elapsed().toMillis() / 1000.0,
                result.offline() ? ", offline" : ", online after an offline attempt");

        String output = result.output();
        assertTrue(result.succeeded(), () -> "The project made from the README's Maven snippet did not build and run"
                + " (exit code " + result.exitCode() + "). Its pom.xml:\n" + snippet.asPom("com.example", "blog",
                "1.0") + "\nThe nested build's output:\n" + output);
        for (String line : List.of(
                "alice: [Cross-database, Typed queries]",
                "bob: [Hello]",
                "statements per connection: {default=1, secondary=1}",
                "inverseOf: every post's user is its author's instance",
                "Quickstart done.")) {
            assertTrue(output.lines().anyMatch(line::equals),
                    () -> "The nested run did not print '" + line + "'. Its output:\n" + output);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; the consumer test runs under"
                    + " the failsafe configuration of consumer-test/pom.xml, which sets it");
        }
        return value;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
