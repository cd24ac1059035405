package dev.junction.processor;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The markers through which a compilation tells later ones about its models, so that checks across models hold
 * across Maven modules too. For each model it writes a small class into package {@value #PACKAGE}, named after the
 * model class, whose constants record the model's class, table and connections; a later compilation lists that
 * package on its class path and reads the constants of every marker, whichever jar holds it. This is how Dagger
 * Hilt aggregates its modules ({@code hilt_aggregated_deps}). A resource such as {@code META-INF/junction/models}
 * would not do: {@code Filer.getResource} finds only the first of several resources of one name.
 *
 * <p>The markers live in a package of their own, which no package of the runtime shares, so that every module may
 * hold it without splitting one of the runtime's. Within a named module (a compilation
 * with a {@code module-info.java}) no marker is written: in every named module the same package would clash when
 * the modules are loaded together, and a named module could not read another's markers anyway.
 */
final class ModelMarkers {

    /** The package of the markers. */
    static final String PACKAGE = "dev.junction.aggregated";

    private static final String MODEL = "MODEL";
    private static final String TABLE = "TABLE";
    private static final String CONNECTION = "CONNECTION";
    private static final String READ_CONNECTION = "READ_CONNECTION";

    private final GeneratedFiles files;
    private final Elements elements;

    ModelMarkers(GeneratedFiles files, Elements elements) {
        this.files = files;
        this.elements = elements;
    }

    /**
     * The simple name of the marker of a model class: its qualified name with each {@code _} written {@code _1}
     * and each {@code .} written {@code _} (JNI's mangling), so that two model classes never share a marker:
     * {@code com.example.User} gets {@code com_example_User}, {@code com.my_app.User} {@code com_my_1app_User}.
     */
    static String markerName(String modelClass) {
        return modelClass.replace("_", "_1").replace('.', '_');
    }

    /** Writes the marker of the model, unless the model is in a named module (see the class comment). */
    void write(ModelInfo model) {
        ModuleElement module = elements.getModuleOf(model.element());
        if (module != null && !module.isUnnamed()) {
            return;
        }
        String name = markerName(model.qualifiedName());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Records model {@code $L} for the Junction processor of later compilations, which checks"
                        + " their models\nagainst it. Not API: only the processor reads it.\n", model.qualifiedName());
        files.mark(type, model);
        type.addField(constant(MODEL, "The model class.", model.qualifiedName()))
                .addField(constant(TABLE, "Its table.", model.table()))
                .addField(constant(CONNECTION, "Its write connection.", model.connection()))
                .addField(constant(READ_CONNECTION, "Its read connection; empty when it has none.",
                        model.readConnection() == null ? "" : model.readConnection()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        files.write(model, PACKAGE, type.build());
    }

    private static FieldSpec constant(String name, String javadoc, String value) {
        return FieldSpec.builder(String.class, name, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .initializer("$S", value)
                .build();
    }

    /**
     * The models that the markers on the class path record, sorted by class name. They include those of this
     * compilation that an earlier build of it left in its output directory, which Maven puts on the class path;
     * the caller leaves those out.
     */
    static List<EarlierModel> read(Elements elements) {
        PackageElement markers = elements.getPackageElement(PACKAGE);
        if (markers == null) {
            return List.of();
        }
        List<EarlierModel> models = new ArrayList<>();
        for (TypeElement marker : ElementFilter.typesIn(markers.getEnclosedElements())) {
            Map<String, String> constants = new HashMap<>();
            for (VariableElement field : ElementFilter.fieldsIn(marker.getEnclosedElements())) {
                if (field.getConstantValue() instanceof String value) {
                    constants.put(field.getSimpleName().toString(), value);
                }
            }
            String model = constants.get(MODEL);
            String table = constants.get(TABLE);
            String connection = constants.get(CONNECTION);
            String read = constants.getOrDefault(READ_CONNECTION, "");
            if (model != null && table != null && connection != null) {
                models.add(new EarlierModel(model, table, connection, read.isEmpty() ? null : read));
            }
        }
        models.sort(Comparator.comparing(EarlierModel::className));
        return List.copyOf(models);
    }
}
