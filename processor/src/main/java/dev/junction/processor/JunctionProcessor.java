package dev.junction.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * warns about connection names that look like typos and writes the model registry and the database-dependency map
 * ({@code META-INF/junction/model-graph.md}). An unexpected exception never crashes javac: it becomes an
 * internal-error diagnostic on the model it concerns.
 *
 * <p><b>Rounds.</b> A model that uses a type javac cannot resolve yet (a field's type, a superclass), which another
 * processor may generate in a later round, is not skipped but waits, as in AutoValue and MapStruct: the processor
 * keeps its name, fetches it again in the next round and retries; a model with a relation to a waiting model waits
 * with it. A model that still waits when processing is over gets no code and JUNCTION-MOD-007 on each undefined
 * type.
 *
 * <p><b>Across compilations.</b> The checks that involve several models hold across Maven modules too. A relation
 * target compiled earlier is read from its class file (Junction's annotations have class retention). For the checks
 * that need every model (two models on one table, connection-name typos), each compilation also writes one small
 * marker class per model into package {@code dev.junction.aggregated}, whose constants record the model's class,
 * table and connections, and each compilation reads the markers of all the jars on its class path
 * ({@link ModelMarkers} says why a resource would not do). A mistake that involves a model of an earlier
 * compilation is reported on the model of this compilation, and the message names the other model as one "from an
 * earlier compilation".
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
 * written from all models of the compilation, so a change to any model may change files generated for others. Each
 * generated class, the markers included, names its model as originating element.
 */
@AutoService(Processor.class)
public final class JunctionProcessor extends AbstractProcessor {

    static final String CONNECTIONS_OPTION = "junction.connections";
    static final String SCHEMA_OPTION = "junction.schema";

    /** Every model of this compilation checked so far, by class name, in the order they were checked. */
    private final Map<String, ModelInfo> checked = new LinkedHashMap<>();
    /** The models of this compilation that got code, by class name. */
    private final Map<String, ModelInfo> written = new LinkedHashMap<>();
    private SchemaChecker schemaChecker;
    /** The models of earlier compilations read from the class path as relation targets, by class name. */
    private final Map<String, ModelInfo> classPathTargets = new HashMap<>();
    /** The models that wait for a type another processor may still generate, by class name. */
    private final Set<String> waiting = new LinkedHashSet<>();
    /** What the markers on the class path record, read once. */
    private List<EarlierModel> markedModels;

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
            finish();
        } else {
            processRound(round);
        }
        return true;
    }

    /** Checks and writes the models that wait and those of this round. */
    private void processRound(RoundEnvironment round) {
        TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.MODEL);
        if (modelAnnotation == null) {
            return;
        }
        Map<String, TypeElement> batch = takeWaiting();
        for (Element element : round.getElementsAnnotatedWith(modelAnnotation)) {
            TypeElement type = (TypeElement) element;
            batch.put(type.getQualifiedName().toString(), type);
        }
        process(batch, false);
    }

    /**
     * The last round: checks the models that still wait, so that each undefined type is reported (JUNCTION-MOD-007),
     * warns about connection names that look like typos, and writes the registry and the model graph.
     */
    private void finish() {
        process(takeWaiting(), true);
        if (declaredConnections() == null && !checked.isEmpty()) {
            Reporter reporter = new Reporter(processingEnv.getMessager());
            ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            List<ModelInfo> compiled = new ArrayList<>();
            for (String name : checked.keySet()) {
                // read again: elements of earlier rounds no longer locate their source in this round
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                try {
                    compiled.add(reader.read(type));
                } catch (RuntimeException e) {
                    internalError(reporter, type, e);
                }
            }
            checker(reporter, reader, target -> Optional.empty()).warnSuspiciousConnections(compiled, earlierModels());
        }
        writeRegistry();
    }

    /**
     * The models that waited in the last round, fetched again by name, as AutoValue does: the elements of an earlier
     * round do not see the types generated since.
     */
    private Map<String, TypeElement> takeWaiting() {
        Map<String, TypeElement> models = new LinkedHashMap<>();
        for (String name : waiting) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                models.put(name, type);
            }
        }
        waiting.clear();
        return models;
    }

    /**
     * Reads, checks and writes a batch of models. Before the last round, a model that uses a type javac could not
     * resolve (yet) waits for the next round, and so does a model with a relation to a waiting one; in the last
     * round nothing waits and nothing is written.
     */
    private void process(Map<String, TypeElement> batch, boolean lastRound) {
        if (batch.isEmpty()) {
            return;
        }
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        Map<String, ModelInfo> models = new LinkedHashMap<>();
        for (TypeElement type : batch.values()) {
            try {
                models.put(type.getQualifiedName().toString(), reader.read(type));
            } catch (RuntimeException e) {
                internalError(reporter, type, e);
            }
        }
        if (!lastRound) {
            Set<String> waits = waitingIn(models);
            waiting.addAll(waits);
            models.keySet().removeAll(waits);
        }
        if (models.isEmpty()) {
            return;
        }
        Map<String, Optional<ModelInfo>> read = new HashMap<>();
        Function<TypeElement, Optional<ModelInfo>> lookup = target -> {
            String name = target.getQualifiedName().toString();
            if (models.containsKey(name)) {
                return Optional.of(models.get(name));
            }
            return read.computeIfAbsent(name, n -> Annotations.find(target, Annotations.MODEL).map(a -> {
                ModelInfo model = reader.read(target);
                if (!checked.containsKey(n)) {
                    classPathTargets.put(n, model);
                }
                return model;
            }));
        };
        ModelChecker checker = checker(reporter, reader, lookup);
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
        int before = reporter.errorCount();
        checker.checkTables(models.values(), checked.values(), earlierModels(models.keySet()));
        checked.putAll(models);
        if (lastRound || reporter.errorCount() > before) {
            return;
        }
        writeValid(reporter, models, valid, target -> lookup.apply(target).orElseThrow());
    }

    /**
     * The models that wait: those that use a type javac could not resolve, and, transitively, those with a relation
     * to one that waits, since their code and their checks need the target's.
     */
    private static Set<String> waitingIn(Map<String, ModelInfo> models) {
        Set<String> waits = new LinkedHashSet<>();
        for (ModelInfo model : models.values()) {
            if (!UndefinedTypes.of(model).isEmpty()) {
                waits.add(model.qualifiedName());
            }
        }
        boolean added = !waits.isEmpty();
        while (added) {
            added = false;
            for (ModelInfo model : models.values()) {
                if (!waits.contains(model.qualifiedName()) && model.relations().stream()
                        .anyMatch(r -> r.target() != null && waits.contains(r.target().getQualifiedName().toString()))) {
                    added |= waits.add(model.qualifiedName());
                }
            }
        }
        return waits;
    }

    private ModelChecker checker(Reporter reporter, ModelReader reader,
            Function<TypeElement, Optional<ModelInfo>> lookup) {
        return new ModelChecker(reporter, processingEnv.getTypeUtils(), reader, lookup, declaredConnections());
    }

    /** The models of earlier compilations, leaving out those of this compilation and the batch. */
    private List<EarlierModel> earlierModels(Set<String> batch) {
        if (markedModels == null) {
            markedModels = ModelMarkers.read(processingEnv.getElementUtils());
        }
        return markedModels.stream()
                .filter(m -> !checked.containsKey(m.className()) && !waiting.contains(m.className())
                        && !batch.contains(m.className()))
                .toList();
    }

    private List<EarlierModel> earlierModels() {
        return earlierModels(Set.of());
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
        ModelMarkers markers = new ModelMarkers(files, processingEnv.getElementUtils());
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
                markers.write(model);
                written.put(model.qualifiedName(), model);
            } catch (RuntimeException e) {
                internalError(reporter, model.element(), e);
            }
        }
    }

    /**
     * The valid models of the batch all of whose relation targets of this compilation get code too, transitively: a
     * model two relations away from a broken one must not refer to the classes that the one in between did not get.
     * A target of an earlier round must have got its code then.
     */
    private Set<String> writable(Map<String, ModelInfo> models, Set<String> valid) {
        Set<String> writable = new TreeSet<>(valid);
        boolean removed = true;
        while (removed) {
            removed = writable.removeIf(name -> models.get(name).relations().stream()
                    .map(r -> r.target().getQualifiedName().toString())
                    .anyMatch(t -> models.containsKey(t) ? !writable.contains(t)
                            : checked.containsKey(t) && !written.containsKey(t)));
        }
        return writable;
    }

    private void writeRegistry() {
        if (written.isEmpty()) {
            return;
        }
        try {
            RegistryWriter.write(processingEnv.getFiler(), written.values());
            List<ModelInfo> earlierTargets = written.values().stream().flatMap(m -> m.relations().stream())
                    .map(r -> r.target().getQualifiedName().toString()).filter(t -> !written.containsKey(t))
                    .distinct().map(classPathTargets::get).toList();
            GraphWriter.write(processingEnv.getFiler(), written.values(), earlierTargets);
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
