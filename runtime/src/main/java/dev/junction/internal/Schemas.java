package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.SchemaMismatchException;
import dev.junction.codegen.ModelType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Junction does with schemas: creates the tables of the models that are missing ({@code createTables}),
 * compares every model with its table ({@code validateSchema}), and writes the tables of live connections to a
 * snapshot file that the processor checks models against at compile time ({@code snapshotSchema}). The models are
 * those of every registry on the class path ({@link ModelRegistry}), so models from several jars count.
 */
final class Schemas {

    /** The first line of a snapshot file, with its format version, which the processor checks. */
    static final String SNAPSHOT_HEADER = "junction-schema\t1";

    private static final Logger LOG = LoggerFactory.getLogger(Schemas.class);

    /**
     * The names a snapshot gives the kinds a column holds, in the kinds' order; the processor reads the same names.
     * A constant: it holds no runtime state.
     */
    private static final Map<ColumnKind, String> SNAPSHOT_KINDS = Collections.unmodifiableMap(new EnumMap<>(Map.ofEntries(
            Map.entry(ColumnKind.STRING, "string"), Map.entry(ColumnKind.LONG, "long"),
            Map.entry(ColumnKind.INT, "int"), Map.entry(ColumnKind.SHORT, "short"),
            Map.entry(ColumnKind.BOOLEAN, "boolean"), Map.entry(ColumnKind.DOUBLE, "double"),
            Map.entry(ColumnKind.FLOAT, "float"), Map.entry(ColumnKind.DECIMAL, "decimal"),
            Map.entry(ColumnKind.UUID, "uuid"), Map.entry(ColumnKind.LOCAL_DATE, "localDate"),
            Map.entry(ColumnKind.LOCAL_DATE_TIME, "localDateTime"),
            Map.entry(ColumnKind.OFFSET_DATE_TIME, "offsetDateTime"), Map.entry(ColumnKind.INSTANT, "instant"),
            Map.entry(ColumnKind.BYTES, "bytes"), Map.entry(ColumnKind.ENUM, "enum"))));

    /** The Java names of primitive fields' types, by their boxed class. */
    private static final Map<Class<?>, String> PRIMITIVES = Map.of(Long.class, "long", Integer.class, "int",
            Short.class, "short", Boolean.class, "boolean", Double.class, "double", Float.class, "float");

    private Schemas() {}

    /**
     * The registered models, each with the foreign-key columns that relations (of any compilation) use in its
     * table.
     */
    record Models(Map<ModelType<?, ?>, Set<String>> types) {

        /** The models whose table lives on {@code database} (as write connection, or also as read replica). */
        List<ModelType<?, ?>> on(Database database, boolean replicas) {
            return types.keySet().stream()
                    .filter(t -> t.connection().equals(database.name())
                            || replicas && database.name().equals(t.readConnection()))
                    .toList();
        }

        /** The foreign-key columns of a model's table. */
        Set<String> foreignKeys(ModelType<?, ?> type) {
            return types.getOrDefault(type, Set.of());
        }
    }

    /** Loads the {@code MODEL} of every registered model, with the foreign-key columns of its table. */
    static Models models() {
        ModelRegistry.Contents contents = ModelRegistry.read();
        Map<String, ModelType<?, ?>> byName = new LinkedHashMap<>();
        Map<ModelType<?, ?>, Set<String>> types = new LinkedHashMap<>();
        for (ModelRegistry.Entry entry : contents.models()) {
            byName.computeIfAbsent(entry.modelClass(), name -> {
                ModelType<?, ?> type = load(entry);
                types.put(type, new TreeSet<>());
                return type;
            });
        }
        for (ModelRegistry.ForeignKey key : contents.foreignKeys()) {
            ModelType<?, ?> type = byName.get(key.modelClass());
            if (type != null) {
                types.get(type).add(key.column());
            }
        }
        return new Models(types);
    }

    private static ModelType<?, ?> load(ModelRegistry.Entry entry) {
        if (entry.tableClass() == null) {
            throw new JunctionException("The model registry lists " + entry.modelClass() + " without its generated"
                    + " table class; recompile the models with the junction-processor of this Junction version", null,
                    entry.connection(), null, null);
        }
        try {
            Class<?> table = Class.forName(entry.tableClass(), true, ModelRegistry.loader());
            return (ModelType<?, ?>) table.getField("MODEL").get(null);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new JunctionException("Could not load " + entry.tableClass() + ", the generated table class of model "
                    + entry.modelClass() + " (listed in " + ModelRegistry.RESOURCE + "): " + e
                    + "; recompile the models", e, entry.connection(), null, null);
        }
    }

    // ------------------------------------------------------------------------------------------- createTables

    /**
     * Creates, on each database, the tables of the models that live there (as write connection, or as read
     * connection) and do not exist yet, with an index on every foreign-key column that relations use: first on the
     * write connections, then on the read connections that still lack them (a real replica receives the table from
     * its primary; a separate database standing in for one, as in tests, gets its own). Every statement of a
     * database is planned before its first runs, so a model whose table cannot be created stops the call before
     * anything is created there.
     *
     * @return the tables created, as {@code connection.table}
     */
    static List<String> createTables(Collection<Database> databases) {
        Models models = models();
        List<String> result = new ArrayList<>();
        for (boolean replicas : new boolean[] {false, true}) {
            for (Database database : databases) {
                LiveSchema live = LiveSchema.read(database);
                Set<String> tables = new HashSet<>(live.tableNames());
                Map<ModelType<?, ?>, List<String>> statements = new LinkedHashMap<>();
                List<String> created = new ArrayList<>();
                for (ModelType<?, ?> type : models.on(database, replicas)) {
                    if (tables.add(type.table().getName())) {
                        statements.put(type, createTable(database, type, models.foreignKeys(type)));
                        created.add(type.table().getName());
                    }
                }
                statements.forEach((type, ddl) -> ddl.forEach(
                        statement -> database.update(type, Sql.of(statement).as(Operation.SQL))));
                for (String table : created) {
                    LOG.info("Junction created table {} on connection '{}'", table, database.name());
                    result.add(database.name() + "." + table);
                }
            }
        }
        return result;
    }

    /** The {@code create table} and {@code create index} statements of a model's table. */
    static List<String> createTable(Database database, ModelType<?, ?> type, Set<String> foreignKeys) {
        DSLContext renderer = database.renderer();
        Dialect dialect = database.dialect;
        String table = type.table().getName();
        List<String> definitions = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (int i = 0; i < type.columns().size(); i++) {
            Field<?> field = type.columns().get(i);
            ColumnKind kind = ColumnKind.of(field);
            boolean id = i == type.idIndex();
            String sqlType = dialect.columnType(kind, id || foreignKeys.contains(field.getName()));
            if (sqlType == null) {
                throw new JunctionException("Cannot create table " + table + " of " + type.modelName()
                        + " on connection '" + database.name() + "': field " + type.fieldName(i) + " has type "
                        + field.getType().getName() + ", for which Junction knows no column type on "
                        + dialect.key() + "; create this table yourself, or with migrations (key 'migrations')",
                        null, database.name(), type.modelClass(), null);
            }
            String definition;
            if (id) {
                String generated = dialect.generatedIdDefinition(kind, sqlType);
                definition = (generated != null ? generated : sqlType + " not null") + " primary key";
            } else {
                definition = type.isPrimitive(i) ? sqlType + " not null" : sqlType;
            }
            definitions.add(renderer.render(DSL.name(field.getName())) + " " + definition);
            columns.add(field.getName());
        }
        List<String> statements = new ArrayList<>();
        String quotedTable = renderer.render(DSL.name(table));
        statements.add("create table " + quotedTable + " (" + String.join(", ", definitions) + ")");
        for (String column : foreignKeys) {
            if (columns.contains(column) && !column.equals(type.idField().getName())) {
                statements.add("create index " + renderer.render(DSL.name(indexName(table, column))) + " on "
                        + quotedTable + " (" + renderer.render(DSL.name(column)) + ")");
            }
        }
        return statements;
    }

    /** {@code ix_<table>_<column>}, shortened with a hash to the 63 characters PostgreSQL keeps. */
    static String indexName(String table, String column) {
        String name = "ix_" + table + "_" + column;
        if (name.length() <= 63) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        return name.substring(0, 63 - hash.length() - 1) + "_" + hash;
    }

    // ------------------------------------------------------------------------------------------- validateSchema

    /** One difference between a model and its table. */
    record Mismatch(String connection, ModelType<?, ?> model, String field, String column, String problem,
            String expected, String found) {

        /** The line {@code SchemaMismatchException.mismatches()} lists. */
        String line() {
            return "connection '" + connection + "', model " + model.modelName() + ", table "
                    + model.table().getName() + (field == null ? "" : ", field " + field + ", column " + column) + ": "
                    + problem + " (expected " + expected + "; found " + found + ")";
        }
    }

    /**
     * Compares every model on these databases (as write connection or read replica) with its table there.
     *
     * @throws SchemaMismatchException listing every mismatch on every database, when there is one
     */
    static void validate(Collection<Database> databases) {
        Models models = models();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Database database : databases) {
            LiveSchema live = LiveSchema.read(database);
            for (ModelType<?, ?> type : models.on(database, true)) {
                compare(database, live, type, mismatches);
            }
        }
        if (!mismatches.isEmpty()) {
            throw mismatchException(mismatches);
        }
    }

    private static SchemaMismatchException mismatchException(List<Mismatch> mismatches) {
        Set<String> connections = mismatches.stream().map(Mismatch::connection)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Class<?>> models = new java.util.LinkedHashSet<>();
        mismatches.forEach(m -> models.add(m.model().modelClass()));
        List<String> lines = mismatches.stream().map(Mismatch::line).toList();
        String message = "The tables do not match the models: " + lines.size()
                + (lines.size() == 1 ? " mismatch" : " mismatches") + " on connection"
                + (connections.size() == 1 ? " '" + connections.iterator().next() + "'" : "s " + connections) + ":\n  - "
                + String.join("\n  - ", lines) + "\nCreate or migrate the tables (key 'migrations' runs Flyway;"
                + " ConnectionManager.createTables() creates missing tables for prototypes), or change the models";
        return new SchemaMismatchException(message, lines, null,
                connections.size() == 1 ? connections.iterator().next() : null,
                models.size() == 1 ? models.iterator().next() : null);
    }

    private static void compare(Database database, LiveSchema live, ModelType<?, ?> type, List<Mismatch> mismatches) {
        String table = type.table().getName();
        Optional<Map<String, TableColumn>> found = live.table(table);
        if (found.isEmpty()) {
            mismatches.add(new Mismatch(database.name(), type, null, null, "the table is missing",
                    "table " + table + " with columns " + type.columns().stream().map(Field::getName).toList(),
                    "no such table" + LiveSchema.suggestion(table, live.tableNames())));
            return;
        }
        Map<String, TableColumn> columns = found.get();
        Dialect dialect = database.dialect;
        for (int i = 0; i < type.columns().size(); i++) {
            Field<?> field = type.columns().get(i);
            String name = field.getName();
            ColumnKind kind = ColumnKind.of(field);
            boolean id = i == type.idIndex();
            String javaType = javaType(type, i);
            String sqlType = dialect.columnType(kind, id);
            String holds = "a column that holds " + javaType + (sqlType == null ? "" : ", such as " + sqlType);
            TableColumn column = columns.get(name);
            if (column == null) {
                mismatches.add(new Mismatch(database.name(), type, type.fieldName(i), name, "the column is missing",
                        holds, "no such column" + LiveSchema.suggestion(name, columns.keySet())));
                continue;
            }
            if (!dialect.holds(kind, column)) {
                mismatches.add(new Mismatch(database.name(), type, type.fieldName(i), name,
                        "the column's type cannot hold the field's", holds, column.describe()));
            } else if (kind == ColumnKind.ENUM) {
                checkEnumLength(database, type, i, column, mismatches);
            }
            if (type.isPrimitive(i) && column.nullable()) {
                mismatches.add(new Mismatch(database.name(), type, type.fieldName(i), name,
                        "the field is a primitive " + javaType + ", which cannot hold the NULLs the column allows",
                        "NOT NULL (or the field as " + field.getType().getSimpleName() + ")",
                        "nullable " + column.describe()));
            }
            if (id && generatesIds(kind) && !column.generated()) {
                mismatches.add(new Mismatch(database.name(), type, type.fieldName(i), name,
                        "the id is not generated, but an insert with a null id lets the database generate it",
                        "an identity or auto-increment column, or a default" + Optional.ofNullable(
                                dialect.generatedIdDefinition(kind, column.describe())).map(d -> ", such as " + d)
                                .orElse(""),
                        column.describe() + " without one"));
            }
        }
    }

    /** Kinds whose ids a database generates; a {@code String} id is a natural key, which the application sets. */
    private static boolean generatesIds(ColumnKind kind) {
        return kind == ColumnKind.LONG || kind == ColumnKind.INT || kind == ColumnKind.SHORT
                || kind == ColumnKind.UUID;
    }

    private static void checkEnumLength(Database database, ModelType<?, ?> type, int index, TableColumn column,
            List<Mismatch> mismatches) {
        Object[] constants = type.columns().get(index).getType().getEnumConstants();
        if (constants == null || !Dialect.isText(column.jdbcType()) || column.size() <= 0) {
            return;
        }
        String longest = Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
        if (longest.length() > column.size()) {
            mismatches.add(new Mismatch(database.name(), type, type.fieldName(index), column.name(),
                    "the column is too short for the constant " + longest + " of "
                            + type.columns().get(index).getType().getSimpleName(),
                    "a text column of at least " + longest.length() + " characters", column.describe()));
        }
    }

    private static String javaType(ModelType<?, ?> type, int index) {
        Class<?> boxed = type.columns().get(index).getType();
        return type.isPrimitive(index) ? PRIMITIVES.getOrDefault(boxed, boxed.getSimpleName()) : boxed.getSimpleName();
    }

    // ------------------------------------------------------------------------------------------ snapshotSchema

    /**
     * Writes the tables of these databases to a snapshot file, which the processor reads with
     * {@code -Ajunction.schema=<file>}: per column its type, whether it is nullable and generated, and the Java
     * kinds it holds by this runtime's rules for its database. The file is replaced at once (written aside, then
     * moved), so a failure leaves the previous one.
     */
    static void snapshot(Path file, Collection<Database> databases) {
        StringBuilder out = new StringBuilder()
                .append("# Junction schema snapshot: the tables of named connections, read from the live databases by\n")
                .append("# ConnectionManager.snapshotSchema (or dev.junction.tools.SchemaSnapshot). The processor option\n")
                .append("# -Ajunction.schema=<this file> checks the models against it. Take it again; do not edit it.\n")
                .append(SNAPSHOT_HEADER).append('\n');
        for (Database database : databases) {
            LiveSchema live = LiveSchema.read(database);
            out.append("connection\t").append(database.name()).append('\t').append(clean(live.product())).append('\n');
            for (String table : live.tableNames()) {
                out.append("table\t").append(database.name()).append('\t').append(table).append('\n');
                for (TableColumn column : live.table(table).orElseThrow().values()) {
                    String holds = SNAPSHOT_KINDS.entrySet().stream()
                            .filter(e -> database.dialect.holds(e.getKey(), column))
                            .map(Map.Entry::getValue).collect(Collectors.joining(","));
                    out.append("column\t").append(database.name()).append('\t').append(table).append('\t')
                            .append(column.name()).append('\t').append(clean(column.describe())).append('\t')
                            .append(column.nullable() ? "nullable" : "not-null").append('\t')
                            .append(column.generated() ? "generated" : "-").append('\t')
                            .append(holds.isEmpty() ? "-" : holds).append('\n');
                }
            }
        }
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temporary, out, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new JunctionException("Could not write the schema snapshot " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Junction wrote the schema snapshot of connections {} to {}",
                databases.stream().map(Database::name).toList(), file);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
