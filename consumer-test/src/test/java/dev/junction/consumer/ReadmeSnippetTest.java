package dev.junction.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Quick checks of the README's Maven snippet that need no nested build, so that {@code mvn test} catches the
 * simple drifts: the snippet is there once and is well-formed XML, every Junction version it names is this
 * build's, and the drivers and plugins it names have the versions this build uses. {@link ReadmeMavenSnippetIT}
 * proves that it works.
 */
class ReadmeSnippetTest {

    private static final Path ROOT = Path.of(System.getProperty("junction.root", ".."));
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void everyJunctionVersionInTheSnippetIsThisBuilds() throws Exception {
        List<Coordinates> junction = new ArrayList<>();
        for (Coordinates coordinates : versioned(snippetPom())) {
            if (coordinates.groupId().equals("dev.junction")) {
                junction.add(coordinates);
            }
        }
        assertFalse(junction.isEmpty(), "The snippet names no version of Junction, yet it imports the BOM");
        String version = System.getProperty("junction.version");
        for (Coordinates coordinates : junction) {
            assertEquals(version, coordinates.version(),
                    () -> "The README's snippet names " + coordinates + ", but this build is " + version);
        }
    }

    @Test
    void everyOtherVersionInTheSnippetIsTheOneThisBuildUses() throws Exception {
        Map<String, String> managed = managedVersions(parse(Files.readString(ROOT.resolve("pom.xml"))));
        for (Coordinates coordinates : versioned(snippetPom())) {
            if (!coordinates.groupId().equals("dev.junction")) {
                assertEquals(managed.get(coordinates.key()), coordinates.version(),
                        () -> "The README's snippet names " + coordinates + ", but the root pom.xml manages "
                                + coordinates.key() + " at " + managed.get(coordinates.key()));
            }
        }
    }

    private static Document snippetPom() throws Exception {
        return parse(ReadmeSnippet.read(ROOT.resolve("README.md")).asPom("com.example", "blog", "1.0"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The dependencies, processor paths and plugins that give a version. */
    private static List<Coordinates> versioned(Document pom) {
        List<Coordinates> found = new ArrayList<>();
        for (String element : List.of("dependency", "path", "plugin")) {
            NodeList nodes = pom.getElementsByTagName(element);
            for (int i = 0; i < nodes.getLength(); i++) {
                Coordinates coordinates = Coordinates.of((Element) nodes.item(i));
                if (coordinates.version() != null) {
                    found.add(coordinates);
                }
            }
        }
        return found;
    }

    /** {@code groupId:artifactId} to version, of the root pom's managed dependencies and plugins. */
    private static Map<String, String> managedVersions(Document root) {
        Map<String, String> properties = new HashMap<>();
        NodeList propertyLists = root.getElementsByTagName("properties");
        if (propertyLists.getLength() > 0) {
            NodeList children = propertyLists.item(0).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        Map<String, String> versions = new HashMap<>();
        for (Coordinates coordinates : versioned(root)) {
            Matcher reference = PROPERTY.matcher(coordinates.version());
            String version = reference.matches() ? properties.get(reference.group(1)) : coordinates.version();
            versions.put(coordinates.key(), version);
        }
        return versions;
    }

    private record Coordinates(String groupId, String artifactId, String version) {

        static Coordinates of(Element element) {
            return new Coordinates(child(element, "groupId", "org.apache.maven.plugins"),
                    child(element, "artifactId", null), child(element, "version", null));
        }

        private static String child(Element parent, String name, String fallback) {
            NodeList children = parent.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                    return child.getTextContent().strip();
                }
            }
            return fallback;
        }

        String key() {
            return groupId + ":" + artifactId;
        }

        @Override
        public String toString() {
            return key() + ":" + version;
        }
    }
}
