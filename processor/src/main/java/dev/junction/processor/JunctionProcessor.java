package dev.junction.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
 * no error whose relation targets have none either, the writers generate {@code XTable}, {@code XQueries},
 * {@code XQuery} and, for models with relations, {@code XRelations} and {@code XLoader}. When processing is over it
 * writes the model registry and the database-dependency map ({@code META-INF/junction/model-graph.md}). An
 * unexpected exception never crashes javac: it becomes an internal-error diagnostic on the model it concerns.
 *
 * <p>Option {@code -Ajunction.connections=a,b}: the connection names that exist; any other name is an error.
 *
 * <p>Option {@code -Ajunction.schema=<file>}: a schema snapshot of the databases, as the runtime's
 * {@code dev.junction.tools.SchemaSnapshot} writes it. {@link SchemaChecker} then checks every model without an error
 * against the tables and columns of its connections, and a mismatch is an error too (codes JUNCTION-SCHEMA-*). The
 * file is read once per compilation; a relative path resolves against javac's working directory, which under Maven
 * is not always the module's, so write {@code -Ajunction.schema=${project.basedir}/schema.tsv} there. Without the
 * option nothing is read.
 *
 * <p>The processor supports and claims the annotations of {@code dev.junction.annotation}, and no others. They are
 * Junction's own: no other processor has anything to do with them, and without the claim javac warns under
 * {@code -Xlint:processing} (part of {@code -Xlint:all}) that no processor claimed them. Error Prone's
 * DoNotClaimAnnotations check advises against claiming because a claim hides the annotations from processors that
 * run later; for annotations that only Junction reads, that hides nothing. (Shared annotations such as
 * {@code @Generated} are another matter; see {@link GeneratedFiles}.)
 *
 * <p>For Gradle this processor is declared <em>aggregating</em>
 * ({@code META-INF/gradle/incremental.annotation.processors}), not isolating: the code generated for one model
 * depends on other models (a relation's target columns, its inverse), and the registry and the model graph are
 * written from all models of the compilation, so a change to any model may change files generated for others.
 */
@AutoService(Processor.class)
public final class JunctionProcessor extends AbstractProcessor {

    static final String CONNECTIONS_OPTION = "junction.connections";
    static final String SCHEMA_OPTION = "junction.schema";

    private final Map<String, ModelInfo> written = new LinkedHashMap<>();
    private SchemaChecker schemaChecker;

    /** Creates the processor; javac does this through the service loader. */
    public JunctionProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.PACKAGE + ".*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CONNECTIONS_OPTION, SCHEMA_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** Processes one round; always claims the annotations, which are all Junction's own (see the class comment). */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            writeRegistry();
        } else {
            processRound(round);
        }
        return true;
    }

    private void processRound(RoundEnvironment round) {
        TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.MODEL);
        if (modelAnnotation == null) {
            return;
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
            return;
        }
        Map<String, Optional<ModelInfo>> others = new HashMap<>();
        Function<TypeElement, Optional<ModelInfo>> lookup = target -> {
            String name = target.getQualifiedName().toString();
            ModelInfo model = models.getOrDefault(name, written.get(name));
            if (model != null) {
                return Optional.of(model);
            }
            return others.computeIfAbsent(name, n -> Annotations.find(target, Annotations.MODEL).map(a -> reader.read(target)));
        };
        ModelChecker checker = new ModelChecker(reporter, processingEnv.getTypeUtils(), reader, lookup,
                declaredConnections());
        SchemaChecker schema = schemaChecker();
        Set<String> valid = new TreeSet<>();
        for (ModelInfo model : models.values()) {
            try {
                if (checker.check(model) && schema.check(model, reporter)) {
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
            return;
        }
        writeValid(reporter, models, valid, target -> lookup.apply(target).orElseThrow());
    }

    /** Writes the valid models whose relation targets are written too, so generated code never adds errors. */
    private void writeValid(Reporter reporter, Map<String, ModelInfo> models, Set<String> valid,
            Function<TypeElement, ModelInfo> lookup) {
        GeneratedFiles files = new GeneratedFiles(processingEnv.getFiler());
        TableWriter table = new TableWriter(files);
        QueryWriter query = new QueryWriter(files);
        QueriesWriter queries = new QueriesWriter(files);
        RelationsWriter relationsWriter = new RelationsWriter(files);
        LoaderWriter loader = new LoaderWriter(files);
        Set<String> writable = writable(models, valid);
        for (ModelInfo model : models.values()) {
            if (!writable.contains(model.qualifiedName())) {
                continue;
            }
            try {
                List<Relations> relations = model.relations().stream()
                        .map(r -> Relations.resolve(model, r, lookup)).toList();
                table.write(model);
                query.write(model, relations);
                queries.write(model, relations);
                if (!relations.isEmpty()) {
                    relationsWriter.write(model, relations);
                    loader.write(model, relations);
                }
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
            GraphWriter.write(processingEnv.getFiler(), written.values());
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostic.INTERNAL_ERROR.format("META-INF/junction", e, stackTrace(e)));
        }
    }

    /** The checker against the schema snapshot, made on first use, so that the file is read once per compilation. */
    private SchemaChecker schemaChecker() {
        if (schemaChecker == null) {
            schemaChecker = SchemaChecker.forOptions(processingEnv.getOptions(), processingEnv.getMessager(),
                    processingEnv.getTypeUtils());
        }
        return schemaChecker;
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
