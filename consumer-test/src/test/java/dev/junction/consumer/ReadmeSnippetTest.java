package dev.junction.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Quick checks of the README's Maven snippet that need no nested build, so that {@code mvn test} catches the
 * simple drifts: the snippet is there once, it is well-formed XML, and every Junction version it names is this
 * build's. {@link ReadmeMavenSnippetIT} proves that it works.
 */
class ReadmeSnippetTest {

    private static final Path ROOT = Path.of(System.getProperty("junction.root", ".."));

    @Test
    void theSnippetIsAWellFormedPomWhoseJunctionVersionsAreThisBuilds() throws Exception {
        ReadmeSnippet snippet = ReadmeSnippet.read(ROOT.resolve("README.md"));
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(snippet.asPom("com.example", "blog", "1.0"))));

        List<String> junctionVersions = new ArrayList<>();
        for (String element : List.of("dependency", "path")) {
            NodeList nodes = pom.getElementsByTagName(element);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element node = (Element) nodes.item(i);
                if ("dev.junction".equals(text(node, "groupId")) && text(node, "version") != null) {
                    junctionVersions.add(text(node, "artifactId") + " " + text(node, "version"));
                }
            }
        }
        assertTrue(!junctionVersions.isEmpty(), "The snippet names no version of Junction: it imports the BOM");
        String version = System.getProperty("junction.version");
        for (String named : junctionVersions) {
            assertEquals(version, named.substring(named.indexOf(' ') + 1),
                    () -> "The README's snippet names " + named + ", but this build is " + version);
        }
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
