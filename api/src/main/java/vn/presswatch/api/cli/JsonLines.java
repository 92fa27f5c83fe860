package vn.presswatch.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Writes JSON Lines: one JSON object per line, UTF-8 whatever the platform's charset, "\n" after each, flushed at
 * once so that a consumer sees each file's result as soon as it is known.
 */
final class JsonLines {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream out;

    JsonLines(PrintStream out) {
        this.out = out;
    }

    void write(Object line) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + line.getClass().getSimpleName() + " as JSON", e);
        }
        out.write(json, 0, json.length);
        out.write('\n');
        out.flush();
    }
}
