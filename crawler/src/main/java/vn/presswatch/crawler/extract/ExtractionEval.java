package vn.presswatch.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.presswatch.crawler.text.CharsetSniffer;

/**
 * Scores {@link ArticleExtractor} on the trafilatura main-text benchmark (../shared/data/extraction-eval, see
 * its README for the scoring rule and the published figures) and prints precision, recall, accuracy and F1
 * as the README's table does, plus throughput. A benchmark, not a test: it prints figures and never fails.
 *
 * <p>Usage: {@code ExtractionEval [DATA_DIR] [--limit N] [--verbose] [--fixtures DIR]}. DATA_DIR defaults to
 * {@code ../shared/data/extraction-eval} seen from the working directory or one of its parents (the project
 * root). {@code --verbose} prints each page's missed and unwanted fragments. {@code --fixtures DIR} scores our
 * own Vietnamese-style pages instead (crawler/src/test/resources/extract: each NAME.html with a NAME.json
 * whose mustContain and mustNotContain snippets count as the benchmark's "with" and "without" fragments).
 *
 * <p>The extractor's output for a page is its lead followed by its text ({@link ExtractedArticle#leadAndText()}),
 * the article as a reader sees it; the headline is metadata and is left out, as trafilatura's text output does.
 */
public final class ExtractionEval {

    private static final String DEFAULT_DIR = "../shared/data/extraction-eval";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ExtractionEval() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        int limit = Integer.MAX_VALUE;
        boolean verbose = false;
        Path fixtures = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--fixtures" -> fixtures = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (fixtures != null) {
            runFixtures(fixtures, verbose, out);
            return;
        }
        run(dir == null ? defaultDirectory() : dir, limit, verbose, out);
    }

    static FragmentScore run(Path dir, int limit, boolean verbose, PrintStream out) throws IOException {
        JsonNode annotations = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.Settings.defaults());
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        FragmentScore total = FragmentScore.ZERO;
        int pages = 0;
        int failures = 0;
        long parseNanos = 0;
        long extractNanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = annotations.properties().iterator(); it.hasNext() && pages < limit; ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String url = entry.getKey();
            JsonNode annotation = entry.getValue();
            String output;
            long t0 = System.nanoTime();
            long t1 = t0;
            try {
                byte[] page = readGzip(dir.resolve("pages").resolve(annotation.get("file").asText() + ".gz"));
                String html = CharsetSniffer.decodeHtml(page, null).text();
                Document document = Jsoup.parse(html, url);
                t1 = System.nanoTime();
                output = extractor.extract(document, now).leadAndText();
            } catch (RuntimeException e) {
                // The README's rule: a crash counts as empty output, scored like any other page.
                failures++;
                output = "";
                out.printf(Locale.ROOT, "error on %s: %s%n", url, e);
            }
            long t2 = System.nanoTime();
            parseNanos += t1 - t0;
            extractNanos += t2 - t1;
            FragmentScore page = score(FragmentScore.norm(output), texts(annotation.path("with")),
                    texts(annotation.path("without")), verbose ? url + "  [" + annotation.path("file").asText() + "]" : null, out);
            total = total.plus(page);
            pages++;
        }
        printTable(total, pages, failures, out);
        out.println("Reference (README): trafilatura 2.2.0 standard F1 0.924, readability-lxml 0.8.4.1 F1 0.826");
        double seconds = (parseNanos + extractNanos) / 1e9;
        out.printf(Locale.ROOT, "%.1f pages/s on one thread (decode + parse + extract, %.1f s); extraction alone %.1f pages/s%n",
                pages / seconds, seconds, pages / (extractNanos / 1e9));
        return total;
    }

    /** Scores our own fixture pages (NAME.html with NAME.json) with the same rule. */
    static FragmentScore runFixtures(Path dir, boolean verbose, PrintStream out) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.Settings.defaults());
        ObjectMapper json = new ObjectMapper();
        FragmentScore total = FragmentScore.ZERO;
        int pages = 0;
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path html = file.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".html");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            JsonNode expected = json.readTree(file.toFile());
            String output = extractor.extract(Files.readString(html, StandardCharsets.UTF_8), expected.path("url").asText(),
                    ZonedDateTime.parse(expected.path("now").asText())).leadAndText();
            total = total.plus(score(FragmentScore.norm(output), texts(expected.path("mustContain")),
                    texts(expected.path("mustNotContain")), verbose ? html.getFileName().toString() : null, out));
            pages++;
        }
        printTable(total, pages, 0, out);
        return total;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static FragmentScore score(String output, List<String> with, List<String> without, String verboseName,
            PrintStream out) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        List<String> missed = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        for (String fragment : with) {
            if (output.contains(FragmentScore.norm(fragment))) {
                tp++;
            } else {
                fn++;
                missed.add(fragment);
            }
        }
        for (String fragment : without) {
            if (output.contains(FragmentScore.norm(fragment))) {
                fp++;
                unwanted.add(fragment);
            } else {
                tn++;
            }
        }
        if (verboseName != null && (!missed.isEmpty() || !unwanted.isEmpty())) {
            out.printf(Locale.ROOT, "%s output %d chars%n", verboseName, output.length());
            missed.forEach(f -> out.printf(Locale.ROOT, "    missed:   %s%n", shorten(f)));
            unwanted.forEach(f -> out.printf(Locale.ROOT, "    unwanted: %s%n", shorten(f)));
        }
        return new FragmentScore(tp, fp, fn, tn);
    }

    private static void printTable(FragmentScore s, int pages, int failures, PrintStream out) {
        out.printf(Locale.ROOT, "%d pages (%d failed), %d text and %d boilerplate fragments%n", pages, failures,
                s.truePositives() + s.falseNegatives(), s.falsePositives() + s.trueNegatives());
        out.println("| Package (version, mode)          | Precision | Recall | Accuracy | F1    |");
        out.println("|----------------------------------|-----------|--------|----------|-------|");
        out.printf(Locale.ROOT, "| presswatch ArticleExtractor      | %.3f     | %.3f  | %.3f    | %.3f |%n",
                s.precision(), s.recall(), s.accuracy(), s.f1());
        out.printf(Locale.ROOT, "TP %d, FP %d, FN %d, TN %d; F1 to 4 places: %.4f%n", s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.trueNegatives(), s.f1());
    }

    private static byte[] readGzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }

    /** ../shared/data/extraction-eval from the working directory, or from the nearest parent that has it. */
    private static Path defaultDirectory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve(DEFAULT_DIR).normalize();
            if (Files.isRegularFile(candidate.resolve("evaldata.json"))) {
                return candidate;
            }
        }
        return start.resolve(DEFAULT_DIR).normalize();
    }

    private static String shorten(String s) {
        String line = FragmentScore.norm(s);
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
