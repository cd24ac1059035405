package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.MODEL_QUERY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes {@code XQuery}: the fluent query of one model. */
final class QueryWriter {

    private final GeneratedFiles files;

    QueryWriter(GeneratedFiles files) {
        this.files = files;
    }

    static ClassName queryClass(ModelInfo model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Query");
    }

    void write(ModelInfo model) {
        ClassName self = queryClass(model);
        ClassName modelClass = ClassName.get(model.element());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(MODEL_QUERY, modelClass, self))
                .addJavadoc("A query over {@link $T} on connection {@code $L}; start one with {@link $T#findAll()}.\n",
                        modelClass, model.connection(), QueriesWriter.queriesClass(model));
        files.mark(type, model);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A query that matches every {@link $T}.\n", modelClass)
                .addStatement("super($T.MODEL)", TableWriter.tableClass(model))
                .build());
        type.addMethod(MethodSpec.methodBuilder("self")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(self)
                .addStatement("return this")
                .build());
        files.write(model, type.build());
    }
}
