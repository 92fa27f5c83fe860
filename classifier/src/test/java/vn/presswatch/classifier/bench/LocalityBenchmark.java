package vn.presswatch.classifier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.presswatch.classifier.locality.CustomLocality;
import vn.presswatch.classifier.locality.LocalityMatcher;

/**
 * Prints how many articles per second {@link LocalityMatcher} tags on one thread.
 *
 * <p>Texts: real headlines and leads from DANeS (dataset-vn/DANeS, CC BY 4.0, read from the shared data folder, not
 * shipped) joined into articles of about 3,000 characters, each with a paragraph of local news naming a few Hải
 * Phòng and Ninh Bình places the way the press does. Without the DANeS file it uses only the local paragraphs.
 *
 * <p>Usage: {@code LocalityBenchmark [DANES_JSONL] [SECONDS]} (defaults: ../shared/data/danes/danes-annotated.jsonl
 * or ../../shared/..., 5 s).
 */
public final class LocalityBenchmark {

    private static final int ARTICLE_CHARS = 3_000;

    private static final String[] LOCAL = {
        "Chiều 12/6, UBND TP Hải Phòng tổ chức hội nghị tại phường Đồ Sơn về phát triển du lịch biển. Đại diện đặc "
                + "khu Cát Hải cho biết lượng khách đến đảo Cát Bà tăng mạnh.",
        "Tỉnh Ninh Bình (sau khi hợp nhất với Hà Nam và Nam Định) đón hơn 2 triệu lượt khách đến Tràng An, Bái "
                + "Đính và phường Hoa Lư trong dịp lễ.",
        "Ông Nguyễn Văn Linh, Chủ tịch UBND xã Tân Tiến, Hải Phòng, cho biết sản phẩm OCOP của địa phương đã có mặt "
                + "tại TP.HCM và Hà Nội.",
        "Trên đường Lê Lợi, người dân phường Lê Chân dọn vệ sinh sau bão. Huyện Thủy Nguyên cũ nay là các phường "
                + "Thủy Nguyên, Lưu Kiếm và Bạch Đằng.",
        "Hai Phong city and Ninh Binh province signed a tourism agreement; visitors to Ha Long Bay can now take a "
                + "ferry to Cat Ba island.",
    };

    private LocalityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path danes = args.length > 0 ? Path.of(args[0]) : findDanes();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<String[]> articles = articles(danes);
        long chars = articles.stream().mapToLong(a -> a[0].length() + a[1].length()).sum();

        long built = System.nanoTime();
        LocalityMatcher matcher = new LocalityMatcher(LocalityMatcher.Settings.defaults()
                .withCustomLocalities(List.of(new CustomLocality("Làng nghề bánh đa Kinh Giao", List.of(), "31"))));
        double buildMs = (System.nanoTime() - built) / 1e6;

        long found = 0;
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String[] article : articles) {
                found += matcher.match(article[0], article[1]).size();
            }
        }
        long matched = 0;
        found = 0;
        // CPU time as well as wall time: on a shared machine other processes stretch the wall time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long stop = start + (long) (seconds * 1e9);
        while (System.nanoTime() < stop) {
            for (String[] article : articles) {
                found += matcher.match(article[0], article[1]).size();
                matched++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // For scale on a busy or slow machine: the CPU time of one plain pass over the same characters.
        long baseStart = threads.getCurrentThreadCpuTime();
        long passes = 0;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() - baseStart < 1_000_000_000L) {
            for (String[] article : articles) {
                sink += lowerCaseLetters(article[0]) + lowerCaseLetters(article[1]);
                passes++;
            }
        }
        double baseUs = (threads.getCurrentThreadCpuTime() - baseStart) / 1e3 / passes;
        System.out.printf(Locale.ROOT, "texts: %d (%s), %.0f chars each on average%n", articles.size(),
                danes == null ? "local paragraphs only" : "DANeS + local paragraphs", (double) chars / articles.size());
        System.out.printf(Locale.ROOT, "matcher built in %.0f ms%n", buildMs);
        System.out.printf(Locale.ROOT, "%,.0f articles/s per core by CPU time (%.1f us each), %,.0f by wall time;"
                + " %.1f localities per article%n", matched / cpu, cpu * 1e6 / matched, matched / elapsed,
                (double) found / matched);
        System.out.printf(Locale.ROOT, "for scale: one Character.toLowerCase pass over an article takes %.1f us here"
                + " (%.1fx)%s%n", baseUs, cpu * 1e6 / matched / baseUs, sink == 42 ? " " : "");
    }

    private static int lowerCaseLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase(s.charAt(i)) == 'a') {
                n++;
            }
        }
        return n;
    }

    private static Path findDanes() {
        for (String candidate : new String[] {"../shared/data/danes/danes-annotated.jsonl",
                "../../shared/data/danes/danes-annotated.jsonl"}) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                return path;
            }
        }
        return null;
    }

    /** Articles as {title, text}: DANeS records joined to about 3,000 characters, each with a local paragraph. */
    private static List<String[]> articles(Path danes) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        if (danes != null) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader lines = Files.newBufferedReader(danes, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode record = json.readTree(line);
                        paragraphs.add(record.path("title").asText() + ". " + record.path("lead").asText());
                    }
                }
            }
        }
        List<String[]> articles = new ArrayList<>();
        int next = 0;
        for (int a = 0; a < 300; a++) {
            String title = paragraphs.isEmpty() ? "Tin địa phương số " + a : paragraphs.get(next % paragraphs.size());
            StringBuilder text = new StringBuilder(LOCAL[a % LOCAL.length]).append('\n');
            while (text.length() < ARTICLE_CHARS) {
                text.append(paragraphs.isEmpty() ? LOCAL[(a + text.length()) % LOCAL.length]
                        : paragraphs.get(++next % paragraphs.size())).append('\n');
            }
            articles.add(new String[] {title, text.toString()});
            next++;
        }
        return articles;
    }
}
