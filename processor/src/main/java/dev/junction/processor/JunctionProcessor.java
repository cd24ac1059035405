package dev.junction.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The Junction annotation processor. For every {@code @Model} class it works in three phases, as AutoValue and
 * MapStruct do: {@link ModelReader} reads the class into an immutable {@link ModelInfo} (columns, relations,
 * connections); {@link ModelChecker} checks each model alone and against its relation targets and the other
 * models, reporting every mistake as a coded {@link Diagnostic} on the exact element; and, only for models with
 * no error whose relation targets have none either, the writers generate {@code XTable}, {@code XQueries} and
 * {@code XQuery}. When processing is over it writes the model registry. An unexpected exception never crashes
 * javac: it becomes an internal-error diagnostic on the model it concerns.
 *
 * <p>Option {@code -Ajunction.connections=a,b}: the connection names that exist; any other name is an error.
 */
@AutoService(Processor.class)
public final class JunctionProcessor extends AbstractProcessor {

    static final String CONNECTIONS_OPTION = "junction.connections";

    private final Map<String, ModelInfo> written = new LinkedHashMap<>();

    /** Creates the processor; javac does this through the service loader. */
    public JunctionProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.MODEL);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CONNECTIONS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            writeRegistry();
            return false;
        }
        TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.MODEL);
        if (modelAnnotation == null) {
            return false;
        }
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        Map<String, ModelInfo> models = new LinkedHashMap<>();
        for (Element element : round.getElementsAnnotatedWith(modelAnnotation)) {
            TypeElement type = (TypeElement) element;
            try {
                models.put(type.getQualifiedName().toString(), reader.read(type));
            } catch (RuntimeException e) {
                internalError(reporter, type, e);
            }
        }
        if (models.isEmpty()) {
            return false;
        }
        Map<String, Optional<ModelInfo>> others = new HashMap<>();
        ModelChecker checker = new ModelChecker(reporter, processingEnv.getTypeUtils(), reader, target -> {
            String name = target.getQualifiedName().toString();
            ModelInfo model = models.getOrDefault(name, written.get(name));
            if (model != null) {
                return Optional.of(model);
            }
            return others.computeIfAbsent(name, n -> Annotations.find(target, Annotations.MODEL).map(a -> reader.read(target)));
        }, declaredConnections());
        Set<String> valid = new TreeSet<>();
        for (ModelInfo model : models.values()) {
            try {
                if (checker.check(model)) {
                    valid.add(model.qualifiedName());
                }
            } catch (RuntimeException e) {
                internalError(reporter, model.element(), e);
            }
        }
        Map<String, ModelInfo> all = new LinkedHashMap<>(written);
        all.putAll(models);
        int before = reporter.errorCount();
        checker.checkTogether(all.values());
        if (reporter.errorCount() > before) {
            return false;
        }
        writeValid(reporter, models, valid);
        return false;
    }

    /** Writes the valid models whose relation targets are written too, so generated code never adds errors. */
    private void writeValid(Reporter reporter, Map<String, ModelInfo> models, Set<String> valid) {
        GeneratedFiles files = new GeneratedFiles(processingEnv.getFiler(), processingEnv.getElementUtils());
        TableWriter table = new TableWriter(files);
        QueryWriter query = new QueryWriter(files);
        QueriesWriter queries = new QueriesWriter(files);
        Set<String> writable = writable(models, valid);
        for (ModelInfo model : models.values()) {
            if (!writable.contains(model.qualifiedName())) {
                continue;
            }
            try {
                table.write(model);
                query.write(model);
                queries.write(model);
                written.put(model.qualifiedName(), model);
            } catch (RuntimeException e) {
                internalError(reporter, model.element(), e);
            }
        }
    }

    /**
     * The valid models all of whose relation targets of this round are writable too, transitively: a model two
     * relations away from a broken one must not refer to the classes that the one in between did not get.
     */
    private static Set<String> writable(Map<String, ModelInfo> models, Set<String> valid) {
        Set<String> writable = new TreeSet<>(valid);
        boolean removed = true;
        while (removed) {
            removed = writable.removeIf(name -> models.get(name).relations().stream()
                    .map(r -> r.target().getQualifiedName().toString())
                    .anyMatch(t -> models.containsKey(t) && !writable.contains(t)));
        }
        return writable;
    }

    private void writeRegistry() {
        if (written.isEmpty()) {
            return;
        }
        try {
            RegistryWriter.write(processingEnv.getFiler(), written.values());
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostic.INTERNAL_ERROR.format(RegistryWriter.RESOURCE, e, stackTrace(e)));
        }
    }

    private Set<String> declaredConnections() {
        String option = processingEnv.getOptions().get(CONNECTIONS_OPTION);
        if (option == null) {
            return null;
        }
        return Arrays.stream(option.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void internalError(Reporter reporter, Element element, Throwable e) {
        reporter.report(Diagnostic.INTERNAL_ERROR, element, element, e, stackTrace(e));
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
