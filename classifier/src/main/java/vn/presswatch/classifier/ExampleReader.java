package vn.presswatch.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.presswatch.store.Tone;

/**
 * Reads labelled examples in the training file format: UTF-8, one example per line,
 * {@code topics<TAB>tone<TAB>title<TAB>text}, where topics are comma-separated ids or {@code -} for none and tone is
 * positive, neutral or negative; {@code #} starts a comment line. A malformed line is an error naming the file and
 * line, because a silently skipped example is a silently worse model.
 */
public final class ExampleReader {
    private final Taxonomy taxonomy;

    public ExampleReader(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<Example> read(InputStream in, String name) throws IOException {
        List<Example> examples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            examples.add(parse(line, name + ":" + lineNumber));
        }
        return examples;
    }

    Example parse(String line, String origin) throws IOException {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            throw new IOException(origin + ": expected 4 TAB-separated fields (topics, tone, title, text), found "
                    + fields.length);
        }
        List<String> topics = new ArrayList<>();
        String labels = fields[0].strip();
        if (!labels.equals("-")) {
            for (String id : labels.split(",")) {
                String topic = id.strip();
                if (!taxonomy.contains(topic)) {
                    throw new IOException(origin + ": unknown topic '" + topic + "'");
                }
                if (!topics.contains(topic)) {
                    topics.add(topic);
                }
            }
        }
        Tone tone;
        try {
            tone = Tone.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(origin + ": tone must be positive, neutral or negative, not '" + fields[1] + "'", e);
        }
        String title = Normalizer.normalize(fields[2].strip(), Normalizer.Form.NFC);
        if (title.isEmpty()) {
            throw new IOException(origin + ": empty title");
        }
        return new Example(topics, tone, title, Normalizer.normalize(fields[3].strip(), Normalizer.Form.NFC), origin);
    }
}
