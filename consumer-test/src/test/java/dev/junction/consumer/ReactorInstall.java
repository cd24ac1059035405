package dev.junction.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the README's install command leaves behind, for the artifacts that a user's project needs: the poms and
 * jars of this build, copied into a local Maven repository as {@code mvn install} lays them out. It reads the files
 * that the reactor just packaged, so it runs after {@code package}, and it never touches the user's own local
 * repository.
 */
final class ReactorInstall {

    /** The published artifacts a project that follows the README resolves, with the module that builds each. */
    private static final List<Module> MODULES = List.of(
            new Module("", "junction-parent", false),
            new Module("bom", "junction-bom", false),
            new Module("runtime", "junction-runtime", true),
            new Module("processor", "junction-processor", true));

    private ReactorInstall() {}

    /**
     * Installs the parent, the BOM, the runtime and the processor of the build rooted at {@code root} into the
     * local repository {@code repository}.
     *
     * @throws IllegalStateException when a module's jar was not packaged
     */
    static void install(Path root, String version, Path repository) throws IOException {
        for (Module module : MODULES) {
            Path directory = root.resolve(module.directory());
            Path target = repository.resolve("dev/junction").resolve(module.artifactId()).resolve(version);
            Files.createDirectories(target);
            String baseName = module.artifactId() + "-" + version;
            Files.copy(directory.resolve("pom.xml"), target.resolve(baseName + ".pom"));
            if (module.hasJar()) {
                Path jar = directory.resolve("target").resolve(baseName + ".jar");
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " is missing. The consumer test runs in the integration-test"
                            + " phase of a build of the whole reactor, which packages it first: run"
                            + " 'mvn verify' from the repository root.");
                }
                Files.copy(jar, target.resolve(baseName + ".jar"));
            }
        }
    }

    private record Module(String directory, String artifactId, boolean hasJar) {}
}
