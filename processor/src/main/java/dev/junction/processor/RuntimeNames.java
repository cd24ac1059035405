package dev.junction.processor;

import com.palantir.javapoet.ClassName;

/** The runtime and jOOQ types that generated code refers to, named here once. */
final class RuntimeNames {

    /**
     * The version of the code contract with the runtime ({@code dev.junction.codegen.Contract.VERSION}) that this
     * processor generates for. It is stamped into every {@code XTable} and into the model registry, and the runtime
     * refuses models generated for another version.
     */
    static final int CONTRACT_VERSION = 3;

    /** The only runtime package generated code uses, besides the public API. */
    static final String CODEGEN = "dev.junction.codegen";

    static final ClassName MODEL_TYPE = ClassName.get(CODEGEN, "ModelType");
    static final ClassName INTERNAL = ClassName.get(CODEGEN, "Internal");
    static final ClassName COLUMN_TYPES = ClassName.get(CODEGEN, "ColumnTypes");
    static final ClassName COLUMN_READER = ClassName.get(CODEGEN, "ColumnReader");
    static final ClassName RELATION_TYPE = ClassName.get(CODEGEN, "RelationType");
    static final ClassName TO_MANY = ClassName.get(CODEGEN, "ToMany");
    static final ClassName TO_ONE = ClassName.get(CODEGEN, "ToOne");
    static final ClassName MODEL_QUERY = ClassName.get("dev.junction", "ModelQuery");
    static final ClassName CONNECTION_MANAGER = ClassName.get("dev.junction", "ConnectionManager");
    static final ClassName TRANSACTION_BODY = ClassName.get("dev.junction", "TransactionBody");
    static final ClassName TRANSACTION_OPTIONS = ClassName.get("dev.junction", "TransactionOptions");
    static final ClassName TRANSACTION_FUNCTION = ClassName.get("dev.junction", "TransactionFunction");

    static final ClassName TABLE = ClassName.get("org.jooq", "Table");
    static final ClassName FIELD = ClassName.get("org.jooq", "Field");
    static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    static final ClassName CONDITION = ClassName.get("org.jooq", "Condition");
    static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
    static final ClassName ENUM_CONVERTER = ClassName.get("org.jooq.impl", "EnumConverter");

    static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");

    private RuntimeNames() {}
}
