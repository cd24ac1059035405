package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the diagnostics catalogue honest: stable, unique codes, a test and a documented example for every one. */
class DiagnosticCatalogueTest {

    /** The tests of the diagnostics, relative to the module directory, where Maven runs the tests. */
    private static final Path TESTS = Path.of("src", "test", "java", "dev", "junction", "processor");

    /** The catalogue for users, relative to the module directory. */
    private static final Path DOCUMENTATION = Path.of("..", "docs", "diagnostics.md");

    @Test
    void codesAreUniqueAndWellFormed() {
        List<String> codes = Arrays.stream(Diagnostic.values()).map(Diagnostic::code).collect(Collectors.toList());
        assertThat(codes).containsNoDuplicates();
        for (String code : codes) {
            assertThat(code).matches("JUNCTION-[A-Z]+-\\d{3}");
        }
    }

    @Test
    void everyDiagnosticHasATest() throws IOException {
        String tests;
        try (Stream<Path> files = Files.list(TESTS)) {
            tests = files.filter(f -> f.getFileName().toString().endsWith("DiagnosticsTest.java"))
                    .map(DiagnosticCatalogueTest::read)
                    .collect(Collectors.joining());
        }
        for (Diagnostic diagnostic : Diagnostic.values()) {
            assertWithMessage("a *DiagnosticsTest asserting on [%s] (%s)", diagnostic.code(), diagnostic)
                    .that(tests).contains("[" + diagnostic.code() + "]");
        }
    }

    @Test
    void everyDiagnosticIsDocumented() {
        String documentation = read(DOCUMENTATION);
        for (Diagnostic diagnostic : Diagnostic.values()) {
            assertWithMessage("a section on %s in %s", diagnostic.code(), DOCUMENTATION)
                    .that(documentation).contains("\n### " + diagnostic.code() + "\n");
            assertWithMessage("an example message of %s in %s", diagnostic.code(), DOCUMENTATION)
                    .that(documentation).contains("[" + diagnostic.code() + "]");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("Could not read " + file, e);
        }
    }
}
