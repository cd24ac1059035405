package dev.junction.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Runs the processor under compile-testing, and reads what it generated. */
final class Compilations {

    private Compilations() {}

    /**
     * Compiles the sources with the processor and {@code -Xlint:all}, the {@code processing} lint included: a
     * valid model set must compile without any warning.
     */
    static Compilation compile(JavaFileObject... sources) {
        return compiler().compile(sources);
    }

    /** A javac with the processor and {@code -Xlint:all}; add options such as {@code -Ajunction.connections=a}. */
    static Compiler compiler(String... options) {
        return compiler(new RecordingProcessor(), options);
    }

    /** A javac with that processor and {@code -Xlint:all}, plus the options. */
    static Compiler compiler(RecordingProcessor processor, String... options) {
        List<String> all = new ArrayList<>(List.of("-Xlint:all"));
        all.addAll(List.of(options));
        return Compiler.javac().withProcessors(processor).withOptions(all);
    }

    /** A source file from its text; {@code name} is the qualified class name. */
    static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString(name, text);
    }

    /** The text of a generated source file, by qualified class name; fails when it was not generated. */
    static String generatedSource(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated; generated: "
                        + generatedSourceNames(compilation)));
        return contents(file);
    }

    /**
     * The simple names of the source files the processor created, sorted, for example {@code UserTable}. Unlike
     * {@link Compilation#generatedSourceFiles()} this works for failed compilations too.
     */
    static List<String> generatedSourceNames(Compilation compilation) {
        RecordingProcessor processor = (RecordingProcessor) compilation.compiler().processors().get(0);
        return processor.createdSources().stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .sorted()
                .collect(Collectors.toList());
    }

    /** The sorted simple names of the classes generated for the given models: {@code XQueries}, {@code XQuery}, {@code XTable}. */
    static List<String> classesOf(String... models) {
        return Stream.of(models).flatMap(m -> Stream.of(m + "Queries", m + "Query", m + "Table")).sorted()
                .collect(Collectors.toList());
    }

    /** The classes generated for models that declare relations: also {@code XRelations} and {@code XLoader}. */
    static List<String> relationalClassesOf(String... models) {
        return Stream.of(models)
                .flatMap(m -> Stream.of(m + "Loader", m + "Queries", m + "Query", m + "Relations", m + "Table"))
                .sorted().collect(Collectors.toList());
    }

    /** The text of the model registry the processor wrote to the class output. */
    static String registry(Compilation compilation) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, RegistryWriter.RESOURCE)
                .orElseThrow(() -> new AssertionError(RegistryWriter.RESOURCE + " was not written"));
        return contents(file);
    }

    /**
     * The text of the database-dependency map the processor wrote. Unlike {@link Compilation#generatedFile} this
     * works for failed compilations too.
     */
    static String modelGraph(Compilation compilation) {
        RecordingProcessor processor = (RecordingProcessor) compilation.compiler().processors().get(0);
        String graph = processor.writtenResources().get(GraphWriter.RESOURCE);
        if (graph == null) {
            throw new AssertionError(GraphWriter.RESOURCE + " was not written");
        }
        return graph;
    }

    private static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the processor generated no source file at all. */
    static void assertNothingGenerated(Compilation compilation) {
        assertWithMessage("generated sources").that(generatedSourceNames(compilation)).isEmpty();
    }
}
