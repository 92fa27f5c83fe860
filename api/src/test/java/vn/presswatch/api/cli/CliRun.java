package vn.presswatch.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line, with what it printed; and the fixtures under src/test/resources/cli. */
record CliRun(int status, String out, String err) {

    /** A fixed "now" after every date in the fixtures, so that none is refused as in the future. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-05T00:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(CommandEnvironment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new PresswatchCli(environment, CLOCK).run(args, outStream, errStream);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(String... args) {
        return run(new RecordingEnvironment(), args);
    }

    /** Stdout parsed as JSON Lines; fails the test if any line is not a JSON object. */
    List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        if (out.isEmpty()) {
            return lines;
        }
        if (!out.endsWith("\n")) {
            throw new AssertionError("output does not end with a line break: " + out);
        }
        for (String line : out.substring(0, out.length() - 1).split("\n", -1)) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node == null || !node.isObject()) {
                    throw new AssertionError("not a JSON object: " + line);
                }
                lines.add(node);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return lines;
    }

    /** The field names of a JSON object, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The path of a fixture, as a command-line argument. */
    static String fixture(String name) {
        URL url = CliRun.class.getResource("/cli/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
