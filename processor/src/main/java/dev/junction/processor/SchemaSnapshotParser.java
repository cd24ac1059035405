package dev.junction.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a schema snapshot file, format version 1, as the runtime's {@code dev.junction.tools.SchemaSnapshot} writes
 * it: UTF-8 text, one record per line, the fields of a record separated by tabs, lines that start with {@code #} and
 * blank lines ignored.
 *
 * <pre>{@code
 * junction-schema  1
 * connection  <connection>  <database product and version>
 * table       <connection>  <table>
 * column      <connection>  <table>  <column>  <type>  nullable|not-null  generated|-  <holds>|-
 * }</pre>
 *
 * <p>The header comes first. A record refers only to a connection, or a table, declared on an earlier line. The last
 * field of a column lists, separated by commas, the {@link ColumnType#snapshotKind() kinds} of Java field the column
 * can hold. Reading is strict: whatever does not follow the format is a {@link MalformedSnapshotException} naming the
 * line and what was expected, since a snapshot read wrongly would check models against a schema that does not exist.
 */
final class SchemaSnapshotParser {

    static final String HEADER = "junction-schema";
    static final String VERSION = "1";

    private static final String CONNECTION_RECORD = "connection<TAB><connection><TAB><database product and version>";
    private static final String TABLE_RECORD = "table<TAB><connection><TAB><table>";
    private static final String COLUMN_RECORD = "column<TAB><connection><TAB><table><TAB><column><TAB><type><TAB>"
            + "nullable|not-null<TAB>generated|-<TAB><holds>|-";

    private final Map<String, String> products = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, SchemaSnapshot.Column>>> tables = new LinkedHashMap<>();
    private int line;

    private SchemaSnapshotParser() {}

    /** Reads the file as UTF-8 and parses it. */
    static SchemaSnapshot read(Path file) throws IOException, MalformedSnapshotException {
        return parse(Files.readString(file));
    }

    /** Parses the text of a snapshot file. */
    static SchemaSnapshot parse(String text) throws MalformedSnapshotException {
        return new SchemaSnapshotParser().parseLines(text.lines().toList());
    }

    private SchemaSnapshot parseLines(List<String> lines) throws MalformedSnapshotException {
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            line = i + 1;
            String text = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (!header) {
                header(fields, text);
                header = true;
                continue;
            }
            switch (fields[0]) {
                case "connection" -> connection(fields, text);
                case "table" -> table(fields, text);
                case "column" -> column(fields, text);
                default -> throw malformed("expected a `connection`, `table` or `column` record, found `"
                        + visible(text) + "`");
            }
        }
        if (!header) {
            throw new MalformedSnapshotException("it holds no record; expected `" + HEADER + "<TAB>" + VERSION
                    + "` on its first line");
        }
        return snapshot();
    }

    private void header(String[] fields, String text) throws MalformedSnapshotException {
        if (!fields[0].equals(HEADER) || fields.length != 2) {
            throw malformed("expected the header `" + HEADER + "<TAB>" + VERSION + "` before any other record, found `"
                    + visible(text) + "`");
        }
        if (!fields[1].equals(VERSION)) {
            throw malformed("the snapshot has format version " + fields[1] + ", and this processor reads version "
                    + VERSION + " only; take the snapshot with the Junction version of this processor");
        }
    }

    private void connection(String[] fields, String text) throws MalformedSnapshotException {
        expectFields(fields, 3, CONNECTION_RECORD, text);
        String name = name(fields[1], "connection name");
        if (products.putIfAbsent(name, fields[2]) != null) {
            throw malformed("connection `" + name + "` is declared a second time");
        }
        tables.put(name, new LinkedHashMap<>());
    }

    private void table(String[] fields, String text) throws MalformedSnapshotException {
        expectFields(fields, 3, TABLE_RECORD, text);
        Map<String, Map<String, SchemaSnapshot.Column>> ofConnection = declaredConnection(fields[1], "table");
        String name = name(fields[2], "table name");
        if (ofConnection.putIfAbsent(name, new LinkedHashMap<>()) != null) {
            throw malformed("table `" + name + "` of connection `" + fields[1] + "` is declared a second time");
        }
    }

    private void column(String[] fields, String text) throws MalformedSnapshotException {
        expectFields(fields, 8, COLUMN_RECORD, text);
        Map<String, SchemaSnapshot.Column> columns = declaredConnection(fields[1], "column").get(fields[2]);
        if (columns == null) {
            throw malformed("the column refers to table `" + fields[2] + "` of connection `" + fields[1]
                    + "`, which no earlier `table` line declares");
        }
        String name = name(fields[3], "column name");
        String type = name(fields[4], "column type");
        boolean nullable = choice(fields[5], "nullable", "not-null", "the sixth field");
        boolean generated = choice(fields[6], "generated", "-", "the seventh field");
        SchemaSnapshot.Column column = new SchemaSnapshot.Column(name, type, nullable, generated, holds(fields[7]));
        if (columns.putIfAbsent(name, column) != null) {
            throw malformed("column `" + name + "` of table `" + fields[2] + "` on connection `" + fields[1]
                    + "` is declared a second time");
        }
    }

    private Map<String, Map<String, SchemaSnapshot.Column>> declaredConnection(String name, String record)
            throws MalformedSnapshotException {
        Map<String, Map<String, SchemaSnapshot.Column>> ofConnection = tables.get(name);
        if (ofConnection == null) {
            throw malformed("the " + record + " refers to connection `" + name
                    + "`, which no earlier `connection` line declares");
        }
        return ofConnection;
    }

    private Set<String> holds(String field) throws MalformedSnapshotException {
        if (field.equals("-")) {
            return Set.of();
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String kind : field.split(",", -1)) {
            if (ColumnType.forSnapshotKind(kind.strip()).isEmpty()) {
                throw malformed("the kinds the column holds (the last field) include `" + kind + "`, which is none of "
                        + Arrays.stream(ColumnType.values()).map(ColumnType::snapshotKind)
                                .collect(Collectors.joining(", "))
                        + "; expected some of those, separated by commas, or `-`");
            }
            kinds.add(kind.strip());
        }
        return Collections.unmodifiableSet(kinds);
    }

    private boolean choice(String field, String yes, String no, String which) throws MalformedSnapshotException {
        if (!field.equals(yes) && !field.equals(no)) {
            throw malformed("expected `" + yes + "` or `" + no + "` in " + which + " of the column, found `" + field
                    + "`");
        }
        return field.equals(yes);
    }

    private String name(String field, String what) throws MalformedSnapshotException {
        if (field.isEmpty()) {
            throw malformed("the " + what + " is empty");
        }
        return field;
    }

    private void expectFields(String[] fields, int count, String record, String text)
            throws MalformedSnapshotException {
        if (fields.length != count) {
            throw malformed("expected `" + record + "` (" + count + " fields separated by tabs), found " + fields.length
                    + (fields.length == 1 ? " field" : " fields") + ": `" + visible(text) + "`");
        }
    }

    private SchemaSnapshot snapshot() {
        Map<String, SchemaSnapshot.Connection> connections = new LinkedHashMap<>();
        products.forEach((name, product) -> {
            Map<String, SchemaSnapshot.Table> ofConnection = new LinkedHashMap<>();
            tables.get(name).forEach((table, columns) -> ofConnection.put(table,
                    new SchemaSnapshot.Table(table, Collections.unmodifiableMap(columns))));
            connections.put(name,
                    new SchemaSnapshot.Connection(name, product, Collections.unmodifiableMap(ofConnection)));
        });
        return new SchemaSnapshot(Collections.unmodifiableMap(connections));
    }

    private MalformedSnapshotException malformed(String problem) {
        return new MalformedSnapshotException("at line " + line + ": " + problem);
    }

    /** A line as a message shows it: tabs written as {@code <TAB>}, which a reader could not tell from spaces. */
    private static String visible(String text) {
        return text.replace("\t", "<TAB>");
    }

    /** A snapshot file that does not follow the format; the message says where and what was expected. */
    static final class MalformedSnapshotException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedSnapshotException(String message) {
            super(message);
        }
    }
}
