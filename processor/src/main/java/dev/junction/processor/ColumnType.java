package dev.junction.processor;

import java.util.Arrays;
import java.util.Optional;

/** The Java types a column may have, with the jOOQ {@code SQLDataType} constant each maps to. */
enum ColumnType {
    STRING("java.lang.String", null, "VARCHAR", "string"),
    LONG("java.lang.Long", "long", "BIGINT", "long"),
    INTEGER("java.lang.Integer", "int", "INTEGER", "int"),
    SHORT("java.lang.Short", "short", "SMALLINT", "short"),
    BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN", "boolean"),
    DOUBLE("java.lang.Double", "double", "DOUBLE", "double"),
    FLOAT("java.lang.Float", "float", "REAL", "float"),
    BIG_DECIMAL("java.math.BigDecimal", null, "NUMERIC", "decimal"),
    UUID("java.util.UUID", null, "UUID", "uuid"),
    LOCAL_DATE("java.time.LocalDate", null, "LOCALDATE", "localDate"),
    /** Junction's own data type: jOOQ's loses microseconds on MariaDB. */
    LOCAL_DATE_TIME("java.time.LocalDateTime", null, "LOCAL_DATE_TIME", "localDateTime"),
    /** Junction's own data type: jOOQ's would not bind on MySQL and MariaDB. */
    OFFSET_DATE_TIME("java.time.OffsetDateTime", null, "OFFSET_DATE_TIME", "offsetDateTime"),
    /** Junction's own data type: jOOQ's would not bind on MySQL and MariaDB. */
    INSTANT("java.time.Instant", null, "INSTANT", "instant"),
    BYTES("byte[]", null, "VARBINARY", "bytes"),
    /** Any enum, stored by {@code name()} in a character column. */
    ENUM(null, null, "VARCHAR", "enumValue");

    private final String boxedName;
    private final String primitiveName;
    private final String sqlDataType;
    private final String reader;

    ColumnType(String boxedName, String primitiveName, String sqlDataType, String reader) {
        this.boxedName = boxedName;
        this.primitiveName = primitiveName;
        this.sqlDataType = sqlDataType;
        this.reader = reader;
    }

    /**
     * The method of {@code dev.junction.codegen.ColumnReader} that reads this type: {@code longValue} for a
     * primitive {@code long}, {@code longObject} for {@code Long}, {@code string} for {@code String}.
     */
    String reader(boolean primitive) {
        if (primitiveName == null) {
            return reader;
        }
        return reader + (primitive ? "Value" : "Object");
    }

    /**
     * The name of this kind in a schema snapshot's list of the kinds a column holds: the {@code reader} name,
     * except {@code enum} for enums.
     */
    String snapshotKind() {
        return this == ENUM ? "enum" : reader;
    }

    /** The Java types of this kind, for messages: {@code long/Long}, {@code String}, {@code enums}. */
    String javaName() {
        if (this == ENUM) {
            return "enums";
        }
        String simple = boxedName.substring(boxedName.lastIndexOf('.') + 1);
        return primitiveName == null ? simple : primitiveName + "/" + simple;
    }

    /** The constant of {@code org.jooq.impl.SQLDataType}, or of Junction's {@code ColumnTypes}. */
    String sqlDataType() {
        return sqlDataType;
    }

    /** Whether the data type is Junction's own ({@code dev.junction.codegen.ColumnTypes}). */
    boolean isJunctionType() {
        return this == LOCAL_DATE_TIME || this == OFFSET_DATE_TIME || this == INSTANT;
    }

    /** The type that matches a type name as {@code TypeMirror.toString()} prints it, if any (enums aside). */
    static Optional<ColumnType> forTypeName(String typeName) {
        return Arrays.stream(values())
                .filter(t -> typeName.equals(t.boxedName) || typeName.equals(t.primitiveName))
                .findFirst();
    }

    /** The kind of that snapshot name, if any. */
    static Optional<ColumnType> forSnapshotKind(String kind) {
        return Arrays.stream(values()).filter(t -> t.snapshotKind().equals(kind)).findFirst();
    }

    /** The supported types, for messages. */
    static String supportedList() {
        return "String, long/Long, int/Integer, short/Short, boolean/Boolean, double/Double, float/Float, "
                + "BigDecimal, UUID, LocalDate, LocalDateTime, OffsetDateTime, Instant, byte[] and enums";
    }
}
