package vn.presswatch.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled examples shipped in this module: {@code training/} (what the models learn from) and
 * {@code heldout/} (what they are evaluated on and never trained with). Each folder's {@code files.txt} lists its
 * files, so a new file (a new topic's examples) is one more line there.
 */
public final class TrainingSet {
    private static final String ROOT = "/vn/presswatch/classifier/";

    private TrainingSet() {
    }

    public static List<Example> training(Taxonomy taxonomy) {
        return load(taxonomy, "training");
    }

    public static List<Example> heldOut(Taxonomy taxonomy) {
        return load(taxonomy, "heldout");
    }

    /** A hash of the examples' labels and texts: which data a set of models was trained from. */
    public static String fingerprint(List<Example> examples) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Example e : examples) {
                String line = String.join(",", e.topics()) + "\t" + (e.tone() == null ? "" : e.tone().id()) + "\t"
                        + e.title() + "\t" + e.text() + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static List<Example> load(Taxonomy taxonomy, String folder) {
        ExampleReader reader = new ExampleReader(taxonomy);
        List<Example> all = new ArrayList<>();
        try {
            for (String file : lines(folder + "/files.txt")) {
                try (InputStream in = open(folder + "/" + file)) {
                    all.addAll(reader.read(in, folder + "/" + file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + folder + " examples: " + e.getMessage(), e);
        }
        return all;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = TrainingSet.class.getResourceAsStream(ROOT + resource);
        if (in == null) {
            throw new IOException("missing resource " + ROOT + resource);
        }
        return in;
    }
}
