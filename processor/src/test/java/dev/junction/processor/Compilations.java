package dev.junction.processor;

import static com.google.common.truth.Truth.assertAbout;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.compilations;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
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
        return Compiler.javac().withProcessors(processor).withOptions(lintAll(options));
    }

    /**
     * A javac with another processor that runs before Junction in every round, for example one that generates a
     * type a model uses, and {@code -Xlint:all}, plus the options.
     */
    static Compiler compilerAfter(Processor before, String... options) {
        return Compiler.javac().withProcessors(before, new RecordingProcessor()).withOptions(lintAll(options));
    }

    /**
     * A javac like {@link #compiler(String...)} whose class path also holds the outputs of earlier compilations
     * (see {@link #output}), as the jars of the Maven modules that a module depends on would.
     */
    static Compiler compilerWithDependencies(List<Path> outputs, String... options) {
        List<File> classPath = new ArrayList<>();
        outputs.forEach(output -> classPath.add(output.toFile()));
        // what javac would use by default; Surefire's manifest-only jar is expanded by javac as usual
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return compiler(options).withClasspath(classPath);
    }

    /**
     * Compiles the sources, which must compile without warnings, and writes what javac and the processor put in the
     * class output (class files and resources) to the directory, which it creates, as a jar of an earlier Maven
     * module holds them.
     */
    static Path output(Path directory, JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertAbout(compilations()).that(compilation).succeededWithoutWarnings();
        String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
        try {
            Files.createDirectories(directory);
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                if (path.startsWith(prefix)) {
                    Path target = directory.resolve(path.substring(prefix.length()));
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.openInputStream()) {
                        Files.copy(in, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    private static List<String> lintAll(String... options) {
        List<String> all = new ArrayList<>(List.of("-Xlint:all"));
        all.addAll(List.of(options));
        return all;
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
        return recorder(compilation).createdSources().stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .sorted()
                .collect(Collectors.toList());
    }

    /**
     * The sorted simple names of the classes generated for the given models of package {@code com.example}:
     * {@code XQueries}, {@code XQuery}, {@code XTable} and the marker {@code com_example_X}.
     */
    static List<String> classesOf(String... models) {
        return Stream.of(models).flatMap(m -> Stream.of(m + "Queries", m + "Query", m + "Table", marker(m))).sorted()
                .collect(Collectors.toList());
    }

    /** The classes generated for models that declare relations: also {@code XRelations} and {@code XLoader}. */
    static List<String> relationalClassesOf(String... models) {
        return Stream.of(models)
                .flatMap(m -> Stream.of(m + "Loader", m + "Queries", m + "Query", m + "Relations", m + "Table",
                        marker(m)))
                .sorted().collect(Collectors.toList());
    }

    /** The simple name of the marker of model {@code com.example.<model>}, in {@code dev.junction.aggregated}. */
    private static String marker(String model) {
        return "com_example_" + model;
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
        String graph = recorder(compilation).writtenResources().get(GraphWriter.RESOURCE);
        if (graph == null) {
            throw new AssertionError(GraphWriter.RESOURCE + " was not written");
        }
        return graph;
    }

    private static RecordingProcessor recorder(Compilation compilation) {
        return compilation.compiler().processors().stream()
                .filter(RecordingProcessor.class::isInstance).map(RecordingProcessor.class::cast)
                .findFirst().orElseThrow();
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
