package dev.junction.processor;

import static dev.junction.processor.RuntimeNames.DSL;
import static dev.junction.processor.RuntimeNames.ENUM_CONVERTER;
import static dev.junction.processor.RuntimeNames.FIELD;
import static dev.junction.processor.RuntimeNames.LIST;
import static dev.junction.processor.RuntimeNames.MODEL_TYPE;
import static dev.junction.processor.RuntimeNames.RECORD;
import static dev.junction.processor.RuntimeNames.COLUMN_READER;
import static dev.junction.processor.RuntimeNames.RESULT_SET;
import static dev.junction.processor.RuntimeNames.SQL_EXCEPTION;
import static dev.junction.processor.RuntimeNames.SQL_DATA_TYPE;
import static dev.junction.processor.RuntimeNames.TABLE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XTable}: the jOOQ table, one typed field per column, and the {@code MODEL} description that maps
 * rows to instances by position.
 */
final class TableWriter {

    private static final java.util.Set<ColumnType> INTEGRAL =
            java.util.EnumSet.of(ColumnType.LONG, ColumnType.INTEGER, ColumnType.SHORT);

    private final GeneratedFiles files;

    TableWriter(GeneratedFiles files) {
        this.files = files;
    }

    static ClassName tableClass(ModelInfo model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Table");
    }

    void write(ModelInfo model) {
        ClassName self = tableClass(model);
        ClassName modelClass = ClassName.get(model.element());
        TypeName idType = ColumnTypes.boxed(model.id());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The table of {@link $T}: {@code $L} on connection {@code $L}, with one typed jOOQ field per"
                        + " column.\n", modelClass, model.table(), model.connection());
        files.mark(type, model);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(TABLE, RECORD), "TABLE",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table {@code $L}.\n", model.table())
                .initializer("$T.table($T.name($S))", DSL, DSL, model.table())
                .build());
        for (ColumnInfo column : model.columns()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(FIELD, ColumnTypes.boxed(column)),
                            column.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Column {@code $L} ($L{@code $L.$L}).\n", column.column(), column.id() ? "the id, " : "",
                            model.simpleName(), column.name())
                    .initializer("$T.field($T.name($S, $S),$W$L)", DSL, DSL, model.table(), column.column(),
                            dataType(column))
                    .build());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(MODEL_TYPE, modelClass, idType), "MODEL",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("How Junction reads and writes {@link $T}. Used by the generated classes; not API.\n",
                        modelClass)
                .initializer("new Mapping()")
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addType(mapping(model, modelClass, idType));
        files.write(model, type.build());
    }

    /**
     * The column's data type. A primitive field's type is declared NOT NULL: the runtime's schema validation and
     * {@code createTables} read that to require a column that never holds NULL.
     */
    private static CodeBlock dataType(ColumnInfo column) {
        CodeBlock type = baseDataType(column);
        return column.isPrimitive() ? CodeBlock.of("$L.nullable(false)", type) : type;
    }

    private static CodeBlock baseDataType(ColumnInfo column) {
        if (column.kind() == ColumnType.ENUM) {
            return CodeBlock.of("$T.VARCHAR.asConvertedDataType($Wnew $T<>($T.class, $T.class))", SQL_DATA_TYPE,
                    ENUM_CONVERTER, String.class, TypeName.get(column.type()));
        }
        if (column.kind().isJunctionType()) {
            return CodeBlock.of("$T.$L", RuntimeNames.COLUMN_TYPES, column.kind().sqlDataType());
        }
        if (column.id() && INTEGRAL.contains(column.kind())) {
            // Declaring the identity lets jOOQ read generated keys back through JDBC on MySQL and MariaDB.
            return CodeBlock.of("$T.$L.identity(true)", SQL_DATA_TYPE, column.kind().sqlDataType());
        }
        return CodeBlock.of("$T.$L", SQL_DATA_TYPE, column.kind().sqlDataType());
    }

    private static TypeSpec mapping(ModelInfo model, ClassName modelClass, TypeName idType) {
        CodeBlock columns = model.columns().stream().map(c -> CodeBlock.of("$N", c.constant()))
                .collect(CodeBlock.joining(",$W"));
        CodeBlock fields = model.columns().stream().map(c -> CodeBlock.of("$S", c.name()))
                .collect(CodeBlock.joining(",$W"));
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addStatement("super($L,$W$T.class,$W$S,$W$L,$WTABLE,$W$N,$W$T.of($L),$W$T.of($L),$W$L)",
                        RuntimeNames.CONTRACT_VERSION, modelClass, model.connection(),
                        model.readConnection() == null ? "null" : CodeBlock.of("$S", model.readConnection()),
                        model.id().constant(), LIST, columns, LIST, fields, existenceChecks(model))
                .build();
        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(modelClass)
                .addParameter(RESULT_SET, "row")
                .addParameter(COLUMN_READER, "columns")
                .addException(SQL_EXCEPTION)
                .addStatement("$T model = new $T()", modelClass, modelClass);
        for (int i = 0; i < model.columns().size(); i++) {
            ColumnInfo column = model.columns().get(i);
            read.addStatement("$L", Accessors.set(column.access(), "model", rowValue(column, i)));
        }
        read.addStatement("return model");
        CodeBlock values = model.columns().stream().map(c -> Accessors.get(c.access(), "model"))
                .collect(CodeBlock.joining(",$W"));
        MethodSpec valuesMethod = MethodSpec.methodBuilder("values")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ArrayTypeName.of(Object.class))
                .addParameter(modelClass, "model")
                .addStatement("return new $T[] {$L}", Object.class, values)
                .build();
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (column) {\n").indent();
        for (int i = 0; i < model.columns().size(); i++) {
            cases.add("case $L -> $L;\n", i, Accessors.get(model.columns().get(i).access(), "model"));
        }
        cases.add("default -> throw new $T(column);\n", IndexOutOfBoundsException.class).unindent().add("};\n");
        MethodSpec value = MethodSpec.methodBuilder("value")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(modelClass, "model")
                .addParameter(TypeName.INT, "column")
                .addCode(cases.build())
                .build();
        MethodSpec id = MethodSpec.methodBuilder("id")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(idType)
                .addParameter(modelClass, "model")
                .addStatement("return $L", Accessors.get(model.id().access(), "model"))
                .build();
        MethodSpec setId = MethodSpec.methodBuilder("setId")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(modelClass, "model")
                .addParameter(idType, "value")
                .addStatement("$L", Accessors.set(model.id().access(), "model", CodeBlock.of("value")))
                .build();
        return TypeSpec.classBuilder("Mapping")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(MODEL_TYPE, modelClass, idType))
                .addMethod(constructor)
                .addMethod(read.build())
                .addMethod(valuesMethod)
                .addMethod(value)
                .addMethod(id)
                .addMethod(setId)
                .build();
    }

    /**
     * The constructor argument listing the {@code @BelongsTo(checkExists = true)} relations, resolved lazily because
     * {@code XRelations} refers back to this class; {@code null} when there are none.
     */
    private static CodeBlock existenceChecks(ModelInfo model) {
        CodeBlock checked = model.relations().stream().filter(RelationInfo::checkExists)
                .map(r -> CodeBlock.of("$T.$N", Relations.relationsClass(model), Names.constantCase(r.name())))
                .collect(CodeBlock.joining(",$W"));
        return checked.isEmpty() ? CodeBlock.of("null") : CodeBlock.of("() -> $T.of($L)", LIST, checked);
    }

    /**
     * The column at {@code index} (0-based) of the row, read as the field's type. A stored row's id is never null, so
     * an integral id is read as a primitive (and boxed by the assignment), which spares the driver's null check.
     */
    private static CodeBlock rowValue(ColumnInfo column, int index) {
        int position = index + 1;
        if (column.kind() == ColumnType.ENUM) {
            return CodeBlock.of("columns.enumValue(row, $L, $T.class)", position, TypeName.get(column.type()));
        }
        boolean primitive = column.isPrimitive() || column.id() && INTEGRAL.contains(column.kind());
        return CodeBlock.of("columns.$L(row, $L)", column.kind().reader(primitive), position);
    }
}
