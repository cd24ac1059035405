package dev.junction.consumer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven on another project, in a process of its own, the way a user's machine would after the README's
 * install command: with its own local repository (which holds what that command installed) and no network.
 *
 * <p>Everything else, third-party libraries and plugins, comes from the outer build's local repository, which the
 * nested build reads as a {@code file:} repository (for releases only, so that an old Junction snapshot a developer
 * installed there is never picked up). The nested build runs offline first. The consumer test's pom makes the outer
 * build resolve the plugins the nested one runs; only when that repository still lacks something, such as the
 * default resources plugin of a Maven version other than 3.8, does the nested build run again online, where it can
 * reach Maven Central.
 */
final class NestedMaven {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** What Maven says when an offline build lacks an artifact it would otherwise download. */
    private static final String OFFLINE_MISS = "in offline mode";

    private final Path mavenHome;
    private final Path settings;
    private final Path localRepository;

    private NestedMaven(Path mavenHome, Path settings, Path localRepository) {
        this.mavenHome = mavenHome;
        this.settings = settings;
        this.localRepository = localRepository;
    }

    /**
     * A nested Maven that uses the installation at {@code mavenHome} and the local repository
     * {@code localRepository}, and takes what that lacks from {@code outerRepository}.
     *
     * @param work a directory for the settings file
     */
    static NestedMaven create(Path mavenHome, Path outerRepository, Path localRepository, Path work)
            throws IOException {
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settingsXml(outerRepository.toUri().toString()), StandardCharsets.UTF_8);
        return new NestedMaven(mavenHome, settings, localRepository);
    }

    private static String settingsXml(String outerRepositoryUrl) {
        String repository = """
                    <id>outer-local-repository</id>
                    <url>%s</url>
                    <releases>
                      <enabled>true</enabled>
                      <!-- A local repository keeps no checksums. -->
                      <checksumPolicy>ignore</checksumPolicy>
                    </releases>
                    <snapshots><enabled>false</enabled></snapshots>
                """.formatted(outerRepositoryUrl);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <profiles>
                    <profile>
                      <id>outer-local-repository</id>
                      <repositories>
                        <repository>
                %s        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                %s        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>outer-local-repository</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(repository.indent(6), repository.indent(6));
    }

    /**
     * Runs {@code mvn} with {@code arguments} in {@code project}: offline, and once more online if the offline
     * run lacked an artifact.
     */
    Result run(Path project, List<String> arguments) throws IOException, InterruptedException {
        Result offline = runOnce(project, arguments, true);
        if (offline.succeeded() || !offline.output().contains(OFFLINE_MISS)) {
            return offline;
        }
        offline.output().lines().filter(line -> line.contains(OFFLINE_MISS)).findFirst().ifPresent(line ->
                System.out.println("The nested build runs again online; offline it lacked an artifact: " + line));
        Result online = runOnce(project, arguments, false);
        return new Result(online.exitCode(), "Offline, it lacked an artifact:\n" + offline.output()
                + "\nOnline, again:\n" + online.output(), offline.elapsed().plus(online.elapsed()), false);
    }

    private Result runOnce(Path project, List<String> arguments, boolean offline)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                mavenHome.resolve("bin").resolve(File.separatorChar == '\\' ? "mvn.cmd" : "mvn").toString(),
                "-B", "-ntp",
                "-s", settings.toString(),
                "-gs", settings.toString(),
                "-Dmaven.repo.local=" + localRepository));
        if (offline) {
            // Offline blocks every remote repository, file: ones too, unless its protocol is let through.
            command.add("-o");
            command.add("-Daether.offline.protocols=file");
        }
        command.addAll(arguments);

        Path log = Files.createTempFile(project.getParent(), "maven-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // A short build: C1 alone starts Maven faster. No options of the outer build's leak in.
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
        environment.remove("MAVEN_ARGS");

        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String header = "$ " + String.join(" ", command) + "\n";
        if (!finished) {
            return new Result(-1, header + output + "\n(killed after " + TIMEOUT.toMinutes() + " minutes)",
                    elapsed, offline);
        }
        return new Result(process.exitValue(), header + output, elapsed, offline);
    }

    /**
     * How a nested build ended.
     *
     * @param exitCode Maven's exit code; -1 when it was killed for taking too long
     * @param output the command and everything Maven printed
     * @param elapsed the wall time of the build, both runs when it ran twice
     * @param offline whether it succeeded, or failed, without a network
     */
    record Result(int exitCode, String output, Duration elapsed, boolean offline) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }
}
