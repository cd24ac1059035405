package dev.junction.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another annotation processor, as AutoValue or MapStruct would be: in the first round it generates source files,
 * which javac compiles from the second round on, so a model that uses one of their types sees it undefined in the
 * first round. It claims nothing.
 */
final class GeneratingProcessor extends AbstractProcessor {

    private final Map<String, String> sources;
    private boolean generated;

    /** Generates, in the first round, each source text under its qualified class name. */
    GeneratingProcessor(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!generated) {
            generated = true;
            for (Map.Entry<String, String> source : sources.entrySet()) {
                try (Writer out = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
                    out.write(source.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return false;
    }
}
