package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.COLLECTION;
import static dev.junction.processor.RuntimeNames.CONSUMER;
import static dev.junction.processor.RuntimeNames.INTERNAL;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code XLoader}: eager loaders for a collection of models already held. */
final class LoaderWriter {

    private final GeneratedFiles files;

    LoaderWriter(GeneratedFiles files) {
        this.files = files;
    }

    void write(ModelInfo model, List<Relations> relations) {
        ClassName modelClass = ClassName.get(model.element());
        ClassName relationsClass = Relations.relationsClass(model);
        TypeName models = ParameterizedTypeName.get(COLLECTION, modelClass);
        String plural = Relations.instanceName(model) + "s";
        TypeSpec.Builder type = TypeSpec.classBuilder(Relations.loaderClass(model))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Eager loaders for {@link $T}s already held: one query per relation per database, whatever"
                        + " the number of\nmodels. Each replaces what the relation held.\n", modelClass);
        files.mark(type, model);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Relations r : relations) {
            type.addMethod(MethodSpec.methodBuilder("load" + r.suffix())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(models, plural)
                    .addJavadoc("Loads the $L of all {@code $L} with one query on connection {@code $L}.\n",
                            r.relation().name(), plural, r.targetConnection())
                    .addStatement("$T.load($N, $T.$N, null)", INTERNAL, plural, relationsClass, r.constant())
                    .build());
            type.addMethod(MethodSpec.methodBuilder("load" + r.suffix())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(models, plural)
                    .addParameter(ParameterizedTypeName.get(CONSUMER, r.targetQuery()), "customizer")
                    .addJavadoc("Loads the $L of all {@code $L}, as {@code customizer} filters, orders, limits (per"
                            + " {@code $L})\nand nests them.\n", r.relation().name(), plural,
                            Relations.instanceName(model))
                    .addStatement("$T query = new $T()", r.targetQuery(), r.targetQuery())
                    .addStatement("customizer.accept(query)")
                    .addStatement("$T.load($N, $T.$N, query)", INTERNAL, plural, relationsClass, r.constant())
                    .build());
        }
        files.write(model, type.build());
    }
}
