package dev.junction.benchmarks.sakila;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads tables of the Sakila data set (PostgreSQL edition) from its {@code COPY ... FROM stdin} blocks: tab-separated
 * values, {@code \N} for null, backslash escapes.
 *
 * <p>The data set is found through the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT} (a directory holding {@value #FILE}), else in {@code ../shared/datasets/sakila} relative to
 * the repository root, which is found as the nearest directory at or above the working directory that holds
 * {@code benchmarks/pom.xml}.
 */
public final class SakilaData {

    /** The system property that names the directory of the data set. */
    public static final String PROPERTY = "junction.bench.sakila";
    static final String ENVIRONMENT = "JUNCTION_BENCH_SAKILA";
    static final String FILE = "postgres-sakila-insert-data-using-copy.sql";

    /** One table's rows, as text. */
    public record Table(String name, List<String> columns, List<String[]> rows) {

        /** The value of a column in a row, or null. */
        public String value(String[] row, String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("Table " + name + " has no column " + column + ": " + columns);
            }
            return row[index];
        }
    }

    private SakilaData() {}

    /** The directory of the data set. */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("benchmarks").resolve("pom.xml"))) {
                return dir.resolve("..").resolve("shared").resolve("datasets").resolve("sakila").normalize();
            }
        }
        throw new IllegalStateException("Cannot find the Sakila data set: no repository root (a directory with"
                + " benchmarks/pom.xml) at or above " + start + "; set " + ENVIRONMENT + " or -D" + PROPERTY
                + " to the directory that holds " + FILE);
    }

    /** True when the data file is there. */
    public static boolean available() {
        try {
            return Files.isRegularFile(directory().resolve(FILE));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Reads the named tables (names without schema, such as {@code film}). */
    public static Map<String, Table> read(Set<String> tables) {
        Path file = directory().resolve(FILE);
        Map<String, Table> result = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("COPY ")) {
                    continue;
                }
                int open = line.indexOf('(');
                String qualified = line.substring("COPY ".length(), open).trim();
                String name = qualified.substring(qualified.lastIndexOf('.') + 1);
                if (!tables.contains(name)) {
                    continue;
                }
                List<String> columns = List.of(line.substring(open + 1, line.indexOf(')')).split(",\\s*"));
                List<String[]> rows = new ArrayList<>();
                while (!(line = reader.readLine()).equals("\\.")) {
                    rows.add(parse(line, columns.size()));
                }
                result.put(name, new Table(name, columns, rows));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the Sakila data set " + file + ": " + e.getMessage(), e);
        }
        if (!result.keySet().containsAll(tables)) {
            throw new IllegalStateException("The Sakila data set " + file + " lacks the tables " + tables);
        }
        return result;
    }

    private static String[] parse(String line, int columns) {
        String[] fields = line.split("\t", -1);
        if (fields.length != columns) {
            throw new IllegalStateException("Expected " + columns + " values in the COPY row '" + line + "'");
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].equals("\\N") ? null : unescape(fields[i]);
        }
        return fields;
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                text.append(c);
                continue;
            }
            char next = field.charAt(++i);
            text.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return text.toString();
    }
}
