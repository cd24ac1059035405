package dev.junction.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers need of one {@code @Model} class. Built by {@link ModelReader}, checked by
 * {@link ModelChecker}; immutable, and free of JavaPoet so that reading and checking stay apart from writing.
 *
 * @param element the model class
 * @param packageName its package
 * @param simpleName its simple name, the prefix of every generated class
 * @param table the table name
 * @param connection the write connection
 * @param readConnection the read connection, or null
 * @param columns the mapped columns in declaration order (superclass fields first)
 * @param relations the relation fields
 */
record ModelInfo(TypeElement element, String packageName, String simpleName, String table, String connection,
        String readConnection, List<ColumnInfo> columns, List<RelationInfo> relations) {

    String qualifiedName() {
        return element.getQualifiedName().toString();
    }

    /** The single id column; the checker guarantees one before anything is written. */
    ColumnInfo id() {
        return columns.stream().filter(ColumnInfo::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No @Id on " + qualifiedName()));
    }

    /** The connection reads go to outside a transaction: the read replica when there is one. */
    String readsFrom() {
        return readConnection == null ? connection : readConnection;
    }

    Optional<ColumnInfo> columnNamed(String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst();
    }

    Optional<RelationInfo> relationNamed(String field) {
        return relations.stream().filter(r -> r.name().equals(field)).findFirst();
    }
}
