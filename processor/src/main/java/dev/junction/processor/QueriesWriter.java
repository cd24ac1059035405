package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.COLLECTION;
import static dev.junction.processor.RuntimeNames.CONDITION;
import static dev.junction.processor.RuntimeNames.CONNECTION_MANAGER;
import static dev.junction.processor.RuntimeNames.CONSUMER;
import static dev.junction.processor.RuntimeNames.OPTIONAL;
import static dev.junction.processor.RuntimeNames.INTERNAL;
import static dev.junction.processor.RuntimeNames.STREAM;
import static dev.junction.processor.RuntimeNames.TRANSACTION_BODY;
import static dev.junction.processor.RuntimeNames.TRANSACTION_FUNCTION;
import static dev.junction.processor.RuntimeNames.TRANSACTION_OPTIONS;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code XQueries}: static finders, writes and transactions of one model. */
final class QueriesWriter {

    private final GeneratedFiles files;

    QueriesWriter(GeneratedFiles files) {
        this.files = files;
    }

    static ClassName queriesClass(ModelInfo model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Queries");
    }

    void write(ModelInfo model, List<Relations> relations) {
        ClassName modelClass = ClassName.get(model.element());
        ClassName query = QueryWriter.queryClass(model);
        ClassName table = TableWriter.tableClass(model);
        TypeName id = ColumnTypes.boxed(model.id());
        TypeName optional = ParameterizedTypeName.get(OPTIONAL, modelClass);
        TypeName list = ParameterizedTypeName.get(RuntimeNames.LIST, modelClass);
        ArrayTypeName conditions = ArrayTypeName.of(CONDITION);
        String where = model.readConnection() == null
                ? "on connection {@code " + model.connection() + "}"
                : "on read connection {@code " + model.readConnection() + "} (or on {@code " + model.connection()
                        + "} inside a transaction there)";

        TypeSpec.Builder type = TypeSpec.classBuilder(queriesClass(model))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Finders, writes and transactions of {@link $T}.\n\n<p>Reads run $L; writes run on"
                        + " connection {@code $L}.\n", modelClass, where, model.connection());
        files.mark(type, model);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        type.addMethod(method("findAll", query)
                .addJavadoc("A query over every {@link $T}; refine it with {@code where}, {@code orderBy} and"
                        + " {@code limit}.\n", modelClass)
                .addStatement("return new $T()", query).build());
        type.addMethod(method("where", query).addParameter(conditions, "conditions").varargs()
                .addJavadoc("A query over the models matching all {@code conditions}.\n")
                .addStatement("return findAll().where(conditions)").build());
        for (Relations r : relations) {
            ParameterizedTypeName customizer = ParameterizedTypeName.get(CONSUMER, r.targetQuery());
            type.addMethod(method("with" + r.suffix(), query)
                    .addJavadoc("A query over every {@link $T} that also loads their $L (one more query, on connection"
                            + " {@code $L}).\n", modelClass, r.relation().name(), r.targetConnection())
                    .addStatement("return findAll().with$L()", r.suffix()).build());
            type.addMethod(method("with" + r.suffix(), query).addParameter(customizer, "customizer")
                    .addJavadoc("A query over every {@link $T} that also loads their $L, as {@code customizer}"
                            + " shapes them.\n", modelClass, r.relation().name())
                    .addStatement("return findAll().with$L(customizer)", r.suffix()).build());
            if (r.relation().kind() == RelationInfo.Kind.BELONGS_TO) {
                ColumnInfo key = model.columnNamed(r.relation().foreignKey()).orElseThrow();
                type.addMethod(method("findOrphansOf" + r.suffix(), ParameterizedTypeName.get(STREAM, modelClass))
                        .addJavadoc("The {@link $T}s whose {@code $L} is set but refers to no {@link $T}: an orphan scan"
                                + " across databases\nin bounded memory. Rows stream from connection {@code $L} and"
                                + " their $L are looked up on connection\n{@code $L} per batch of 500. Close the"
                                + " stream.\n", modelClass, key.column(), r.targetClass(), model.readsFrom(),
                                r.relation().name(), r.targetConnection())
                        .addStatement("return where($T.$N.isNotNull()).with$L().stream()$W.filter($N -> $T.$N($N).isEmpty())",
                                table, key.constant(), r.suffix(), Relations.instanceName(model),
                                Relations.relationsClass(model), r.relation().name(), Relations.instanceName(model))
                        .build());
            }
            type.addMethod(method("whereHas" + r.suffix(), query).addParameter(customizer, "customizer")
                    .addJavadoc("A query over the {@link $T}s that have one of $L matching {@code customizer}'s"
                            + " conditions.\n", modelClass, r.relation().name())
                    .addStatement("return findAll().whereHas$L(customizer)", r.suffix()).build());
        }
        type.addMethod(method("findById", optional).addParameter(id, "id")
                .addJavadoc("The model with that id; a null id finds nothing without a query.\n")
                .addStatement("return $T.findById($T.MODEL, id)", INTERNAL, table).build());
        type.addMethod(method("findByIds", list)
                .addParameter(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(id)), "ids")
                .addJavadoc("The models with those ids, in no particular order; ids without a row are skipped. Large"
                        + " lists are\nsent in chunks that stay within the database's bind limits.\n")
                .addStatement("return $T.findByIds($T.MODEL, ids)", INTERNAL, table).build());
        type.addMethod(method("findBy", optional).addParameter(conditions, "conditions").varargs()
                .addJavadoc("The first model (by id) matching all {@code conditions}.\n")
                .addStatement("return findAll().where(conditions).first()").build());
        for (ColumnInfo column : model.columns()) {
            if (column.id()) {
                continue;
            }
            String suffix = Names.capitalize(column.name());
            TypeName valueType = TypeName.get(column.type());
            type.addMethod(method("findBy" + suffix, optional).addParameter(valueType, "value")
                    .addJavadoc("The first model (by id) whose {@code $L} equals {@code value} ({@code IS NULL} for"
                            + " null).\n", column.column())
                    .addStatement("return $T.findBy($T.MODEL, $T.$N, value)", INTERNAL, table, table, column.constant())
                    .build());
            type.addMethod(method("findAllBy" + suffix, list).addParameter(valueType, "value")
                    .addJavadoc("Every model whose {@code $L} equals {@code value} ({@code IS NULL} for null).\n",
                            column.column())
                    .addStatement("return $T.findAllBy($T.MODEL, $T.$N, value)", INTERNAL, table, table,
                            column.constant())
                    .build());
        }
        type.addMethod(method("insert", modelClass).addParameter(modelClass, "model")
                .addJavadoc("Inserts the model. When its id is null the database generates one, which is set on the"
                        + " model.\n@return the same model\n")
                .addStatement("return $T.insert($T.MODEL, model)", INTERNAL, table).build());
        type.addMethod(method("insertAll", TypeName.VOID)
                .addParameter(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(modelClass)), "models")
                .addJavadoc("Inserts the models in multi-row statements (one per 1000 rows at most), setting generated"
                        + " ids.\n")
                .addStatement("$T.insertAll($T.MODEL, models)", INTERNAL, table).build());
        type.addMethod(method("update", modelClass).addParameter(modelClass, "model")
                .addJavadoc("Writes every column of the model to the row with its id.\n@return the same model\n"
                        + "@throws $T when no row has that id\n", ClassName.get("dev.junction", "RecordNotFoundException"))
                .addStatement("return $T.update($T.MODEL, model)", INTERNAL, table).build());
        type.addMethod(method("save", modelClass).addParameter(modelClass, "model")
                .addJavadoc("Inserts the model when its id is null; otherwise updates it, or inserts it when no row"
                        + " has that id.\n@return the same model\n")
                .addStatement("return $T.save($T.MODEL, model)", INTERNAL, table).build());
        type.addMethod(method("delete", TypeName.BOOLEAN).addParameter(modelClass, "model")
                .addJavadoc("Deletes the model's row.\n@return whether a row was deleted\n")
                .addStatement("return $T.delete($T.MODEL, model)", INTERNAL, table).build());
        type.addMethod(method("deleteById", TypeName.BOOLEAN).addParameter(id, "id")
                .addJavadoc("Deletes the row with that id.\n@return whether a row was deleted\n")
                .addStatement("return $T.deleteById($T.MODEL, id)", INTERNAL, table).build());
        type.addMethod(method("count", TypeName.LONG)
                .addJavadoc("The number of rows.\n")
                .addStatement("return $T.count($T.MODEL)", INTERNAL, table).build());
        type.addMethod(method("count", TypeName.LONG).addParameter(conditions, "conditions").varargs()
                .addJavadoc("The number of rows matching all {@code conditions}.\n")
                .addStatement("return $T.count($T.MODEL, conditions)", INTERNAL, table).build());
        type.addMethod(method("transaction", TypeName.VOID).addParameter(TRANSACTION_BODY, "body")
                .addJavadoc("Runs {@code body} in a transaction on connection {@code $L}, this model's write"
                        + " connection. Statements on\nother connections are not part of it.\n", model.connection())
                .addStatement("$T.transaction($T.MODEL.connection(), body)", CONNECTION_MANAGER, table).build());
        type.addMethod(method("transaction", TypeName.VOID).addParameter(TRANSACTION_OPTIONS, "options")
                .addParameter(TRANSACTION_BODY, "body")
                .addJavadoc("Runs {@code body} in a transaction on connection {@code $L} with an isolation level or"
                        + " read-only mode.\n", model.connection())
                .addStatement("$T.transaction($T.MODEL.connection(), options, body)", CONNECTION_MANAGER, table)
                .build());
        TypeVariableName t = TypeVariableName.get("T");
        type.addMethod(method("transaction", t).addTypeVariable(t)
                .addParameter(ParameterizedTypeName.get(TRANSACTION_FUNCTION, t), "body")
                .addJavadoc("Runs {@code body} in a transaction on connection {@code $L} and returns its value.\n",
                        model.connection())
                .addStatement("return $T.transaction($T.MODEL.connection(), body)", CONNECTION_MANAGER, table).build());
        type.addMethod(method("transaction", t).addTypeVariable(t).addParameter(TRANSACTION_OPTIONS, "options")
                .addParameter(ParameterizedTypeName.get(TRANSACTION_FUNCTION, t), "body")
                .addJavadoc("Runs {@code body} in a transaction on connection {@code $L} with an isolation level or"
                        + " read-only mode, and\nreturns its value.\n", model.connection())
                .addStatement("return $T.transaction($T.MODEL.connection(), options, body)", CONNECTION_MANAGER,
                        table)
                .build());
        files.write(model, type.build());
    }

    private static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns);
    }
}
