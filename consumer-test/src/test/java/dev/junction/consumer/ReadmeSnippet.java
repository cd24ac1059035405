package dev.junction.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Maven snippet of the README's "Maven set-up" section: the XML that a user pastes into their {@code pom.xml},
 * found between the invisible markers {@value #START} and {@value #END} around an {@code xml} code block.
 */
final class ReadmeSnippet {

    static final String START = "<!-- consumer-snippet:start -->";
    static final String END = "<!-- consumer-snippet:end -->";

    private static final String FENCE_OPEN = "```xml";
    private static final String FENCE_CLOSE = "```";

    private final String xml;

    private ReadmeSnippet(String xml) {
        this.xml = xml;
    }

    /**
     * Reads the snippet from a README.
     *
     * @throws IllegalStateException when the markers are missing, repeated, or do not enclose exactly one
     *     {@code xml} code block
     */
    static ReadmeSnippet read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = onlyLine(lines, START, readme);
        int end = onlyLine(lines, END, readme);
        List<String> block = lines.subList(start + 1, Math.max(start + 1, end));
        if (block.size() < 2 || !block.get(0).strip().equals(FENCE_OPEN)
                || !block.get(block.size() - 1).strip().equals(FENCE_CLOSE)) {
            throw new IllegalStateException(readme + ": the lines between " + START + " and " + END
                    + " must be exactly one code block that opens with " + FENCE_OPEN + " and closes with "
                    + FENCE_CLOSE);
        }
        return new ReadmeSnippet(String.join("\n", block.subList(1, block.size() - 1)) + "\n");
    }

    private static int onlyLine(List<String> lines, String marker, Path readme) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                if (found >= 0) {
                    throw new IllegalStateException(readme + " has " + marker + " twice, on lines " + (found + 1)
                            + " and " + (i + 1) + "; the consumer test reads one snippet");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException(readme + " has no line " + marker + "; the consumer test reads the"
                    + " Maven snippet of the \"Maven set-up\" section between " + START + " and " + END);
        }
        return found;
    }

    /**
     * A whole {@code pom.xml}: the snippet inside a {@code <project>} that gives only what the snippet leaves to
     * the user, the model version and the project's own coordinates.
     */
    String asPom(String groupId, String artifactId, String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"\n"
                + "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0"
                + " https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + groupId + "</groupId>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + "\n"
                + xml.indent(2)
                + "</project>\n";
    }
}
