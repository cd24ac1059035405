package dev.junction.internal;

import dev.junction.JunctionException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The models compiled with the Junction processor, read from the {@value #RESOURCE} files it writes (one per
 * compilation, so every jar on the class path contributes its own). A file starts with a line {@code contract<TAB>N},
 * the {@link dev.junction.codegen.Contract#VERSION} its models were generated for (a file without one is from
 * contract 1); then each line holds, separated by tabs, the model class, its table, its write connection and its read
 * connection ({@code -} for none), and from contract 3 on the generated {@code XTable} class; then lines
 * {@code foreign-key<TAB>model<TAB>column} name the columns that relations use as foreign keys (in the table of that
 * model). Lines starting with {@code #} are comments.
 */
final class ModelRegistry {

    /** Where the processor writes the registry. */
    static final String RESOURCE = "META-INF/junction/models";

    /**
     * One registered model, with the contract version its code was generated for.
     *
     * @param tableClass the binary name of its generated {@code XTable} class; null in registries before contract 3
     */
    record Entry(String modelClass, String table, String connection, String readConnection, int contract,
            String tableClass) {

        /** The connections this model uses: its write connection and, when set, its read connection. */
        List<String> connections() {
            return readConnection == null ? List.of(connection) : List.of(connection, readConnection);
        }
    }

    /** A column that a relation uses as a foreign key, in the table of {@code modelClass}. */
    record ForeignKey(String modelClass, String column) {}

    /** Everything the registry files say: the models and the foreign-key columns of their relations. */
    record Contents(List<Entry> models, List<ForeignKey> foreignKeys) {}

    private ModelRegistry() {}

    /** Reads the models of every registry file visible to the context class loader (or to Junction's own). */
    static List<Entry> load() {
        return read().models();
    }

    /** Reads every registry file visible to the context class loader (or to Junction's own). */
    static Contents read() {
        ClassLoader loader = loader();
        List<Entry> entries = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            for (URL url : Collections.list(urls)) {
                read(url, entries, foreignKeys);
            }
        } catch (IOException e) {
            throw new JunctionException("Could not read the Junction model registry " + RESOURCE, e);
        }
        return new Contents(List.copyOf(entries), List.copyOf(foreignKeys));
    }

    /** The class loader that registries and generated classes are loaded from. */
    static ClassLoader loader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : ModelRegistry.class.getClassLoader();
    }

    private static void read(URL url, List<Entry> entries, List<ForeignKey> foreignKeys) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            int contract = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length == 2 && parts[0].equals("contract")) {
                    contract = parse(url, line, parts[1]);
                } else if (parts.length == 3 && parts[0].equals("foreign-key")) {
                    foreignKeys.add(new ForeignKey(parts[1], parts[2]));
                } else if (parts.length == 4 || parts.length == 5) {
                    entries.add(new Entry(parts[0], parts[1], parts[2], "-".equals(parts[3]) ? null : parts[3],
                            contract, parts.length == 5 ? parts[4] : null));
                } else {
                    throw new JunctionException("Malformed line in " + url + ": '" + line
                            + "'; recompile the models with the matching Junction processor");
                }
            }
        }
    }

    private static int parse(URL url, String line, String version) {
        try {
            return Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new JunctionException("Malformed line in " + url + ": '" + line
                    + "'; recompile the models with the matching Junction processor", e);
        }
    }
}
