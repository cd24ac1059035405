package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.CONSUMER;
import static dev.junction.processor.RuntimeNames.MODEL_QUERY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
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

    void write(ModelInfo model, List<Relations> relations) {
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
        for (Relations r : relations) {
            addRelationMethods(type, self, r);
        }
        files.write(model, type.build());
    }

    private static void addRelationMethods(TypeSpec.Builder type, ClassName self, Relations r) {
        ClassName relations = Relations.relationsClass(r.owner());
        CodeBlock relation = CodeBlock.of("$T.$N", relations, r.constant());
        ParameterizedTypeName customizer = ParameterizedTypeName.get(CONSUMER, r.targetQuery());
        String name = r.relation().name();
        type.addMethod(MethodSpec.methodBuilder("with" + r.suffix())
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Also loads the $L of every result: one more query, on connection {@code $L}, for all of"
                        + " them.\n", name, r.targetConnection())
                .addStatement("return include($L, null)", relation)
                .build());
        type.addMethod(MethodSpec.methodBuilder("with" + r.suffix())
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(customizer, "customizer")
                .addJavadoc("Also loads the $L of every result, as {@code customizer} shapes them: its {@code where}"
                        + " and {@code orderBy}\napply, its {@code limit} and {@code offset} apply per result, and"
                        + " its {@code withX} calls load the next level.\n", name)
                .addStatement("$T query = new $T()", r.targetQuery(), r.targetQuery())
                .addStatement("customizer.accept(query)")
                .addStatement("return include($L, query)", relation)
                .build());
        type.addMethod(MethodSpec.methodBuilder("whereHas" + r.suffix())
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Keeps only results that have at least one of $L.\n", name)
                .addStatement("return whereHas($L, new $T())", relation, r.targetQuery())
                .build());
        type.addMethod(MethodSpec.methodBuilder("whereHas" + r.suffix())
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(customizer, "customizer")
                .addJavadoc("Keeps only results that have one of $L matching {@code customizer}'s conditions. On one"
                        + " connection this is an\n{@code EXISTS} subquery; across connections it first reads the"
                        + " matching keys from connection {@code $L}.\n", name, r.targetConnection())
                .addStatement("$T query = new $T()", r.targetQuery(), r.targetQuery())
                .addStatement("customizer.accept(query)")
                .addStatement("return whereHas($L, query)", relation)
                .build());
    }
}
