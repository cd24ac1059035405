package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.COLLECTION;
import static dev.junction.processor.RuntimeNames.LINKED_HASH_SET;
import static dev.junction.processor.RuntimeNames.LIST;
import static dev.junction.processor.RuntimeNames.OPTIONAL;
import static dev.junction.processor.RuntimeNames.RELATION_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code XRelations}: the lazy accessor of each relation, and the relation descriptions. */
final class RelationsWriter {

    private final GeneratedFiles files;

    RelationsWriter(GeneratedFiles files) {
        this.files = files;
    }

    void write(ModelInfo model, List<Relations> relations) {
        ClassName modelClass = ClassName.get(model.element());
        TypeSpec.Builder type = TypeSpec.classBuilder(Relations.relationsClass(model))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Lazy relation accessors of {@link $T}. The first call runs one query on the target's"
                        + " connection and caches\nthe result on the instance (an empty one too); a relation already"
                        + " filled by eager loading runs no query.\n", modelClass);
        files.mark(type, model);
        for (Relations r : relations) {
            type.addField(FieldSpec.builder(r.descriptorType(), r.constant(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The relation {@code $L.$L}. Used by the generated classes; not API.\n",
                            model.simpleName(), r.relation().name())
                    .initializer("new $N()", descriptorClassName(r))
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        String instance = Relations.instanceName(model);
        for (Relations r : relations) {
            type.addMethod(accessor(model, modelClass, instance, r));
        }
        for (Relations r : relations) {
            type.addType(descriptor(model, modelClass, r));
        }
        files.write(model, type.build());
    }

    private static MethodSpec accessor(ModelInfo model, ClassName modelClass, String instance, Relations r) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(r.relation().name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(modelClass, instance);
        if (r.isMany()) {
            return method.returns(TypeName.get(r.relation().fieldType()))
                    .addJavadoc("The $L of {@code $L}: loaded on first call with one query on connection {@code $L},"
                            + " then cached in\n{@code $L.$L}. An unsaved {@code $L} (null id) has none, without a"
                            + " query.\n", r.relation().name(), instance, r.targetConnection(), model.simpleName(),
                            r.relation().name(), instance)
                    .addStatement("$N.ensureLoaded($N)", r.constant(), instance)
                    .addStatement("return $L", Accessors.get(r.relation().access(), instance))
                    .build();
        }
        return method.returns(ParameterizedTypeName.get(OPTIONAL, r.targetClass()))
                .addJavadoc("The $L of {@code $L}: loaded on first call with one query on connection {@code $L}, then"
                        + " cached in\n{@code $L.$L} (a missing one too). A null key finds nothing, without a query.\n",
                        r.relation().name(), instance, r.targetConnection(), model.simpleName(), r.relation().name())
                .addStatement("return $N.load($N)", r.constant(), instance)
                .build();
    }

    private static String descriptorClassName(Relations r) {
        return r.suffix() + "Relation";
    }

    private static TypeSpec descriptor(ModelInfo model, ClassName modelClass, Relations r) {
        ClassName table = TableWriter.tableClass(model);
        ClassName targetTable = TableWriter.tableClass(r.target());
        CodeBlock kind = r.isMany() ? CodeBlock.of("") : CodeBlock.of("$T.Kind.$L,$W", RELATION_TYPE,
                r.relation().kind() == RelationInfo.Kind.BELONGS_TO ? "BELONGS_TO" : "HAS_ONE");
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addStatement("super($S,$W$L$T.MODEL,$W$T.MODEL,$W$L,$W$L,$W$L)", r.relation().name(), kind, table,
                        targetTable, r.ownerColumn(), r.targetColumn(), r.inverse())
                .build();
        MethodSpec.Builder get = MethodSpec.methodBuilder("get")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(modelClass, "owner")
                .addStatement("return $L", Accessors.get(r.relation().access(), "owner"));
        MethodSpec.Builder set = MethodSpec.methodBuilder("set")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(modelClass, "owner");
        if (r.isMany()) {
            get.returns(ParameterizedTypeName.get(COLLECTION, r.targetClass()));
            set.addParameter(ParameterizedTypeName.get(LIST, r.targetClass()), "targets");
            CodeBlock value = "java.util.Set".equals(r.relation().collection())
                    ? CodeBlock.of("new $T<>(targets)", LINKED_HASH_SET) : CodeBlock.of("targets");
            set.addStatement("$L", Accessors.set(r.relation().access(), "owner", value));
        } else {
            get.returns(r.targetClass());
            set.addParameter(r.targetClass(), "target");
            set.addStatement("$L", Accessors.set(r.relation().access(), "owner", CodeBlock.of("target")));
        }
        return TypeSpec.classBuilder(descriptorClassName(r))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(r.descriptorType())
                .addMethod(constructor)
                .addMethod(get.build())
                .addMethod(set.build())
                .build();
    }
}
