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
 * connection ({@code -} for none). Lines starting with {@code #} are comments.
 */
final class ModelRegistry {

    /** Where the processor writes the registry. */
    static final String RESOURCE = "META-INF/junction/models";

    /** One registered model, with the contract version its code was generated for. */
    record Entry(String modelClass, String table, String connection, String readConnection, int contract) {

        /** The connections this model uses: its write connection and, when set, its read connection. */
        List<String> connections() {
            return readConnection == null ? List.of(connection) : List.of(connection, readConnection);
        }
    }

    private ModelRegistry() {}

    /** Reads every registry file visible to the context class loader (or to Junction's own). */
    static List<Entry> load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ModelRegistry.class.getClassLoader();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            for (URL url : Collections.list(urls)) {
                read(url, entries);
            }
        } catch (IOException e) {
            throw new JunctionException("Could not read the Junction model registry " + RESOURCE, e);
        }
        return List.copyOf(entries);
    }

    private static void read(URL url, List<Entry> entries) throws IOException {
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
                } else if (parts.length == 4) {
                    entries.add(new Entry(parts[0], parts[1], parts[2], "-".equals(parts[3]) ? null : parts[3],
                            contract));
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
