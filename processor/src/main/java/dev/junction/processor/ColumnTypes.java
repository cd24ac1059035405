package dev.junction.processor;

import com.palantir.javapoet.TypeName;

/** JavaPoet type names of columns. */
final class ColumnTypes {

    private ColumnTypes() {}

    /** The column's type, boxed when primitive: the type argument of its {@code Field}. */
    static TypeName boxed(ColumnInfo column) {
        return TypeName.get(column.type()).box();
    }
}
