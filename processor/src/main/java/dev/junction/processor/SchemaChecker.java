package dev.junction.processor;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.util.Types;

/**
 * Checks valid models against the schema snapshot given with {@code -Ajunction.schema=<file>} (codes
 * JUNCTION-SCHEMA-*): each model's table on its write connection, and on its read connection when the snapshot has
 * that one too, and each mapped column's existence, the Java types it holds, its nullability and, for the id, that
 * the database generates it. The snapshot is read once per compilation; without the option nothing is read and
 * nothing is checked.
 */
final class SchemaChecker {

    /**
     * The id types whose values the database generates when an insert leaves the id null, as the runtime's
     * validation has it; a {@code String} id is a natural key, which the application sets.
     */
    private static final Set<ColumnType> GENERATED_ID_KINDS = EnumSet.of(ColumnType.LONG,
            ColumnType.INTEGER, ColumnType.SHORT, ColumnType.UUID);

    /** Most names a message lists before it says how many more there are. */
    private static final int LISTED = 12;

    private final SchemaSnapshot snapshot;
    private final String file;
    private final Types types;

    private SchemaChecker(SchemaSnapshot snapshot, String file, Types types) {
        this.snapshot = snapshot;
        this.file = file;
        this.types = types;
    }

    /**
     * Reads the snapshot that the option names. Without the option, the checker checks nothing. When the file cannot
     * be read or is malformed, reports JUNCTION-SCHEMA-001 once, on no element, and the checker checks nothing.
     */
    static SchemaChecker forOptions(Map<String, String> options, Messager messager, Types types) {
        if (!options.containsKey(JunctionProcessor.SCHEMA_OPTION)) {
            return new SchemaChecker(null, null, types);
        }
        String option = options.get(JunctionProcessor.SCHEMA_OPTION);
        return new SchemaChecker(read(option, messager), option, types);
    }

    /** The snapshot in the file the option names, or null when there is none to check against (reported). */
    private static SchemaSnapshot read(String option, Messager messager) {
        String fix = "Give the path of the file that dev.junction.tools.SchemaSnapshot wrote; a relative path resolves"
                + " against the working directory of javac, so with Maven write -A" + JunctionProcessor.SCHEMA_OPTION
                + "=${project.basedir}/<path>";
        if (option == null || option.isBlank()) {
            unusable(messager, "``", "names no file", fix);
            return null;
        }
        Path path;
        try {
            path = Path.of(option);
        } catch (InvalidPathException e) {
            unusable(messager, "`" + option + "`", "is not a path: " + e.getMessage(), fix);
            return null;
        }
        String shown = path.isAbsolute() ? "`" + option + "`"
                : "`" + option + "` (resolved against the working directory to `" + path.toAbsolutePath() + "`)";
        try {
            return SchemaSnapshotParser.read(path);
        } catch (NoSuchFileException e) {
            unusable(messager, shown, "does not exist", fix);
        } catch (AccessDeniedException e) {
            unusable(messager, shown, "cannot be read: access denied", fix);
        } catch (CharacterCodingException e) {
            unusable(messager, shown, "is not UTF-8 text", "Take the snapshot again");
        } catch (IOException e) {
            unusable(messager, shown, "cannot be read: " + e, fix);
        } catch (SchemaSnapshotParser.MalformedSnapshotException e) {
            unusable(messager, shown, "is malformed " + e.getMessage(),
                    "Take the snapshot again, or correct that line");
        }
        return null;
    }

    private static void unusable(Messager messager, String shown, String problem, String fix) {
        messager.printMessage(Diagnostic.SCHEMA_UNUSABLE.kind(),
                Diagnostic.SCHEMA_UNUSABLE.format(shown, JunctionProcessor.SCHEMA_OPTION, problem, fix));
    }

    /**
     * Checks a model that has no error of its own against the snapshot, if there is one; true when that found no
     * error.
     */
    boolean check(ModelInfo model, Reporter reporter) {
        if (snapshot == null) {
            return true;
        }
        int before = reporter.errorCount();
        SchemaSnapshot.Connection write = snapshot.connections().get(model.connection());
        if (write == null) {
            Optional<String> near = ModelChecker.nearest(model.connection(), snapshot.connections().keySet());
            String fix = near.map(n -> "Did you mean `" + n + "`? Otherwise take")
                    .orElse("Take") + " the snapshot again, including connection `" + model.connection() + "`";
            String has = snapshot.connections().isEmpty() ? "no connection"
                    : "connections " + list(snapshot.connections().keySet());
            reporter.report(Diagnostic.SCHEMA_CONNECTION_MISSING, model.element(),
                    Annotations.find(model.element(), Annotations.CONNECTION).orElse(null), "value",
                    model.qualifiedName(), model.connection(), file, has, model.simpleName(), fix);
        } else {
            check(model, write, reporter);
        }
        if (model.readConnection() != null && !model.readConnection().equals(model.connection())) {
            SchemaSnapshot.Connection read = snapshot.connections().get(model.readConnection());
            if (read != null) {
                check(model, read, reporter);
            }
        }
        return reporter.errorCount() == before;
    }

    private void check(ModelInfo model, SchemaSnapshot.Connection connection, Reporter reporter) {
        SchemaSnapshot.Table table = connection.tables().get(model.table());
        if (table == null) {
            String fix = ModelChecker.nearest(model.table(), connection.tables().keySet())
                    .map(t -> "Did you mean table `" + t + "`? Write `@Model(table = \"" + t + "\")`, or create table `"
                            + model.table() + "` and take the snapshot again")
                    .orElse(connection.tables().isEmpty()
                            ? "Create the table and take the snapshot again; the snapshot has no table on `"
                                    + connection.name() + "`"
                            : "Create the table and take the snapshot again, or map one of the tables it has with"
                                    + " `@Model(table = ...)`: " + list(connection.tables().keySet()));
            reporter.report(Diagnostic.SCHEMA_TABLE_MISSING, model.element(),
                    Annotations.find(model.element(), Annotations.MODEL).orElse(null), "table",
                    model.qualifiedName(), model.table(), connection.name(), fix);
            return;
        }
        for (ColumnInfo column : model.columns()) {
            SchemaSnapshot.Column found = table.columns().get(column.column());
            if (found == null) {
                reportMissingColumn(model, column, connection, table, reporter);
            } else {
                checkColumn(model, column, found, connection, table, reporter);
            }
        }
    }

    private void checkColumn(ModelInfo model, ColumnInfo column, SchemaSnapshot.Column found,
            SchemaSnapshot.Connection connection, SchemaSnapshot.Table table, Reporter reporter) {
        if (!found.holds().contains(column.kind().snapshotKind())) {
            String holds = found.holds().isEmpty() ? "none of the Java types Junction maps"
                    : "only " + found.holds().stream()
                            .map(kind -> ColumnType.forSnapshotKind(kind).orElseThrow().javaName())
                            .collect(Collectors.joining(", "));
            String fix = found.holds().isEmpty() ? "Change the column's type, or mark the field @Transient"
                    : "Declare the field as one of those, or change the column to a type that holds "
                            + column.kind().javaName();
            reporter.report(Diagnostic.SCHEMA_COLUMN_TYPE, column.element(), column.name(), model.qualifiedName(),
                    column.type(), column.column(), table.name(), connection.name(), found.type(), holds, fix);
        }
        if (column.isPrimitive() && found.nullable()) {
            reporter.report(Diagnostic.SCHEMA_COLUMN_NULLABLE, column.element(), column.name(), model.qualifiedName(),
                    column.type(), column.column(), table.name(), connection.name(),
                    types.boxedClass(types.getPrimitiveType(column.type().getKind())).getSimpleName());
        }
        if (column.id() && GENERATED_ID_KINDS.contains(column.kind()) && !found.generated()) {
            reporter.report(Diagnostic.SCHEMA_ID_NOT_GENERATED, column.element(), column.name(), model.qualifiedName(),
                    column.column(), table.name(), connection.name(), model.simpleName(), column.column());
        }
    }

    private static void reportMissingColumn(ModelInfo model, ColumnInfo column, SchemaSnapshot.Connection connection,
            SchemaSnapshot.Table table, Reporter reporter) {
        Optional<AnnotationMirror> annotation = Annotations.find(column.element(), Annotations.COLUMN);
        String snakeCase = Names.snakeCase(column.name());
        Optional<String> near = ModelChecker.nearest(column.column(), table.columns().keySet())
                .or(() -> Optional.of(snakeCase).filter(table.columns()::containsKey));
        String fix = near.map(c -> "Did you mean column `" + c + "`? " + mapTo(column, c, annotation.isPresent()))
                .orElse("Add column `" + column.column() + "` to table `" + table.name() + "`, map the field to one of"
                        + " its columns with @Column (" + list(table.columns().keySet())
                        + "), or mark the field @Transient");
        reporter.report(Diagnostic.SCHEMA_COLUMN_MISSING, column.element(), annotation.orElse(null), "value",
                column.name(), model.qualifiedName(), column.column(), table.name(), connection.name(), fix);
    }

    /** How to map the field to that column: {@code @Column("user_id")}, or a field name whose snake_case it is. */
    private static String mapTo(ColumnInfo column, String target, boolean hasColumnAnnotation) {
        String write = "Write `@Column(\"" + target + "\")`";
        String field = camelCase(target);
        if (!hasColumnAnnotation && Names.snakeCase(field).equals(target) && !field.equals(column.name())) {
            return write + " on the field, or rename the field to `" + field + "`";
        }
        if (hasColumnAnnotation && Names.snakeCase(column.name()).equals(target)) {
            return write + ", or remove the annotation";
        }
        return write;
    }

    /** {@code user_id} becomes {@code userId}. */
    private static String camelCase(String snakeCase) {
        StringBuilder out = new StringBuilder(snakeCase.length());
        boolean upper = false;
        for (char c : snakeCase.toCharArray()) {
            if (c == '_' && out.length() > 0) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** Names in backquotes, separated by commas; after {@value #LISTED} of them, how many more there are. */
    private static String list(Collection<String> names) {
        List<String> shown = names.stream().limit(LISTED).map(n -> "`" + n + "`").toList();
        String more = names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
