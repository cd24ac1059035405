package dev.junction.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One mapped column of a model.
 *
 * @param element the field, for diagnostics
 * @param name the Java field name
 * @param column the column name
 * @param constant the name of its constant in {@code XTable}
 * @param kind the column type
 * @param type the field's declared type
 * @param access how to read and write it
 * @param id whether it is the {@code @Id}
 */
record ColumnInfo(VariableElement element, String name, String column, String constant, ColumnType kind,
        TypeMirror type, Access access, boolean id) {

    boolean isPrimitive() {
        return type.getKind().isPrimitive();
    }
}
