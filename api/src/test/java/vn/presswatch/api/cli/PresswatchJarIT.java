package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.api.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as people run it: {@code java -jar presswatch.jar [COMMAND] ...}, in a process of its own. */
class PresswatchJarIT {

    private static final Path JAR = Path.of("target", "presswatch.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Exit(int status, String out, String err) {
    }

    @Test
    void extractPrintsOnlyJsonLinesOnStdout() throws Exception {
        Exit exit = run("extract", fixture("vi-article.html"), fixture("en-article.html"));

        assertThat(exit.status()).as(exit.err()).isZero();
        String[] lines = exit.out().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode article = JSON.readTree(line);
            assertThat(article.get("ok").asBoolean()).isTrue();
        }
        assertThat(JSON.readTree(lines[0]).get("title").asText())
                .isEqualTo("Hải Phòng đón đoàn đại biểu thành phố kết nghĩa Kitakyushu");
    }

    @Test
    void parseFeedExitsWithOneWhenAFileFailed() throws Exception {
        Exit exit = run("parse-feed", fixture("feed-vi.rss"), fixture("empty.txt"));

        assertThat(exit.status()).isEqualTo(PresswatchCli.FAILED);
        assertThat(exit.out().split("\n")).extracting(line -> JSON.readTree(line).get("ok").asBoolean())
                .containsExactly(true, false);
    }

    @Test
    void unknownCommandExitsWithTwoAndExplainsOnStderr() throws Exception {
        Exit exit = run("frobnicate");

        assertThat(exit.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err()).startsWith("Lệnh không hợp lệ — usage error: ").contains("frobnicate");
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        Exit exit = run("--version");

        assertThat(exit.status()).isZero();
        assertThat(exit.out()).matches("presswatch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void withoutACommandTheJarStartsTheServer() throws Exception {
        int port = freePort();
        ProcessBuilder builder = command(List.of()).directory(tmp.toFile());
        builder.environment().put("PRESSWATCH_DATA_DIR", tmp.resolve("data").toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.redirectOutput(tmp.resolve("out.log").toFile()).redirectError(tmp.resolve("err.log").toFile());
        Process server = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            // 503 while starting: the "service" health indicator is DOWN until start-up has completed.
            while ((response == null || response.statusCode() == 503) && server.isAlive()
                    && System.nanoTime() < deadline) {
                try {
                    response = client.send(health, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    response = null;
                }
                if (response == null || response.statusCode() == 503) {
                    Thread.sleep(200);
                }
            }

            assertThat(response).as("server answered; its log: %s", Files.readString(tmp.resolve("out.log")))
                    .isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
            assertThat(server.isAlive()).as("still serving after main returned").isTrue();
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Exit run(String... args) throws Exception {
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process process = command(List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("presswatch.jar did not finish: " + String.join(" ", args));
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder command(List<String> args) {
        assertThat(JAR).as("run after package").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
