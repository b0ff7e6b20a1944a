package org.tomoni.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files under docker/ are only exercised when someone deploys; this catches a broken Compose file at build time.
 * No Docker engine is needed: {@code config} only parses, merges and validates.
 */
class ComposeFilesTest {

    private static final List<String> SINGLE_NODE = List.of("-f", "docker/compose.yaml");
    private static final List<String> SCALED = List.of("-f", "docker/compose.yaml", "-f", "docker/compose.scale.yaml");

    private static @Nullable List<String> compose;

    @TempDir
    Path temp;

    @BeforeAll
    static void findCompose() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            if (runs(candidate)) {
                compose = candidate;
                return;
            }
        }
    }

    // Per test rather than in @BeforeAll: Surefire then reports each test as skipped, with this reason.
    @BeforeEach
    void needsCompose() {
        assumeTrue(compose != null,
                "Neither `docker compose` nor `docker-compose` is on the PATH: skipping the docker/ checks "
                        + "(apt-get install docker-compose; .ci/run installs it)");
    }

    @Test
    void singleNodeComposeFileIsValid() throws Exception {
        Result result = config(SINGLE_NODE, "-q");

        assertThat(result.exitCode()).as("compose config -q failed:%n%s", result.stderr()).isZero();
    }

    @Test
    void scaleOverrideIsValidOnTopOfTheComposeFile() throws Exception {
        Result result = config(SCALED, "-q");

        assertThat(result.exitCode()).as("compose config -q failed:%n%s", result.stderr()).isZero();
    }

    @Test
    void appUsesTheMongoReplicaSet() throws Exception {
        Map<String, String> services = services(config(SINGLE_NODE));

        assertThat(services).containsKeys("mongo1", "mongo2", "mongo3", "mongo-init", "app");
        assertThat(services.get("app")).contains("SPRING_MONGODB_URI").contains("replicaSet=rs0");
    }

    @Test
    void scaledVariantRunsTwoAppNodesBehindHaproxy() throws Exception {
        Map<String, String> services = services(config(SCALED));

        assertThat(services).containsKeys("app", "app2", "haproxy");
        assertThat(services.get("app2")).contains("SPRING_MONGODB_URI").contains("replicaSet=rs0");
        assertThat(services.get("haproxy")).contains("haproxy.cfg");
    }

    private Result config(List<String> files, String... options) throws Exception {
        List<String> command = new ArrayList<>(Objects.requireNonNull(compose));
        command.addAll(files);
        command.add("config");
        command.addAll(List.of(options));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        // Files rather than pipes: a full pipe would block the process until the timeout.
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Service name to its block of the normalised YAML that {@code config} prints: good enough for text checks. */
    private static Map<String, String> services(Result result) {
        assertThat(result.exitCode()).as("compose config failed:%n%s", result.stderr()).isZero();
        Matcher section = Pattern.compile("(?ms)^services:\\n(.*?)(?=^\\S|\\z)").matcher(result.stdout());
        assertThat(section.find()).as("no services: section in%n%s", result.stdout()).isTrue();
        Map<String, String> services = new LinkedHashMap<>();
        Matcher service = Pattern.compile("(?ms)^  ([\\w.-]+):\\n(.*?)(?=^  \\S|\\z)").matcher(section.group(1));
        while (service.find()) {
            services.put(service.group(1), service.group(2));
        }
        return services;
    }

    private static boolean runs(List<String> command) {
        List<String> version = new ArrayList<>(command);
        version.add("version");
        try {
            Process process = new ProcessBuilder(version)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
