package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compiler;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure inside the processor becomes JUNCTION-INT-001 on the model it concerns, instead of crashing
 * javac. The failure here is the {@link javax.annotation.processing.Filer} refusing to create one generated class, as
 * a full disk would.
 */
class InternalErrorDiagnosticsTest {

    @Test
    void failureWhileWritingAModelIsReportedOnThatModel() {
        JavaFileObject user = model("User");
        JavaFileObject tag = model("Tag");
        Compilation compilation = compiler(RecordingProcessor.failingToCreate("com.example.UserQuery")).compile(user, tag);
        assertThat(compilation).hadErrorContaining("[JUNCTION-INT-001] Junction processor internal error while"
                + " processing com.example.User: java.io.UncheckedIOException: Could not write com.example.UserQuery."
                + " This is a bug in Junction; please report it with this stack trace:").inFile(user)
                .onLineContaining("public class User");
        assertThat(compilation).hadErrorContaining("Caused by: java.io.IOException: No space left on device");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactly("TagQueries", "TagQuery", "TagTable", "UserTable",
                "com_example_Tag");
    }

    private static JavaFileObject model(String name) {
        return source("com.example." + name, """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class %s {
                    @Id Long id;
                }
                """.formatted(name));
    }
}
