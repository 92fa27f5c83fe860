package vn.presswatch.api.cli;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.presswatch.api.alert.AlertBatching;
import vn.presswatch.api.alert.AlertMatching;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.bench.AlertBench;
import vn.presswatch.api.crawl.ArticlePipeline;
import vn.presswatch.api.security.OneTimePasswords;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.SavedQuery;

/**
 * {@code bench alerts}: how fast one article is matched against many alert rules (the store's matcher, as the
 * pipeline uses it), and how long an alert takes from the hand-over of its article to the store until a webhook on
 * loopback receives it, with the same rules enabled in the running application.
 */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = {
                "Đo cảnh báo: thời gian so một bài với N quy tắc, và độ trễ từ lúc lưu bài tới lúc webhook (trên "
                        + "máy này) nhận cảnh báo.",
                "Alert benchmark: time to match one article against N rules, and the latency from storing an "
                        + "article to a loopback webhook receiving its alert."})
final class AlertsBenchCommand implements Callable<Integer> {
    private static final String MARKER = "presswatchbench";
    private static final Pattern LATENCY_URL = Pattern.compile("https://latency\\.example/bai-(\\d+)");

    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "N", defaultValue = "1000",
            description = {"Số quy tắc (mặc định ${DEFAULT-VALUE}).", "Rules (default ${DEFAULT-VALUE})."})
    int rules;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = {"Số lượt so mọi bài mẫu (mặc định ${DEFAULT-VALUE}).",
                "Rounds over every sample article (default ${DEFAULT-VALUE})."})
    int rounds;

    @Option(names = "--latency-articles", paramLabel = "N", defaultValue = "200",
            description = {"Số bài đo độ trễ, gửi 20 bài mỗi nửa giây (mặc định ${DEFAULT-VALUE}; 0 để bỏ).",
                "Articles of the latency run, 20 every half second (default ${DEFAULT-VALUE}; 0 for none)."})
    int latencyArticles;

    AlertsBenchCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (rules < 1 || rounds < 1 || latencyArticles < 0) {
            throw new ParameterException(spec.commandLine(), "--rules và --rounds phải dương, --latency-articles "
                    + "không âm — must be positive (latency-articles: not negative)");
        }
        environment.reserveStdoutForData();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("presswatch-bench-alerts");
        try {
            Optional<ApplicationContext> started = DataCommand.start(environment, List.of(
                    "--presswatch.data-dir=" + dir.toAbsolutePath(), "--presswatch.store.backend=embedded",
                    "--presswatch.crawler.schedule=false", "--micronaut.server.host=127.0.0.1",
                    "--micronaut.server.port=-1", "--presswatch.security.initial-admin-password="
                            + OneTimePasswords.generate() + OneTimePasswords.generate()),
                    spec.commandLine().getErr());
            if (started.isEmpty()) {
                return PresswatchCli.FAILED;
            }
            try (ApplicationContext context = started.get()) {
                ArticleStore store = context.getBean(ArticleStore.class);
                List<Article> articles = AlertBench.articles(Instant.now());
                List<SavedQuery> queries = AlertBench.rules(rules, articles);
                out.printf(Locale.ROOT, "Đo cảnh báo — alert benchmark: %d quy tắc, %d bài mẫu × %d lượt%n", rules,
                        articles.size(), rounds);
                var matcher = store.matcher(queries);
                AlertBench.measure(matcher, articles, 1); // warm-up, not counted
                AlertBench.Result r = AlertBench.measure(matcher, articles, rounds);
                out.printf(Locale.ROOT, "so khớp — matching: trung bình %.3f ms/bài (p99 %.3f ms, chậm nhất %.3f ms) với %d quy "
                        + "tắc; %.1f quy tắc khớp mỗi bài; mục tiêu < 5 ms%n", r.averageMillis(), r.p99Millis(),
                        r.maxMillis(), r.rules(), r.matchesPerArticle());
                out.flush();
                if (latencyArticles > 0) {
                    latency(context, queries, articles, out);
                }
                return 0;
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void latency(ApplicationContext context, List<SavedQuery> queries, List<Article> samples,
                         PrintWriter out) throws Exception {
        Map<Integer, Instant> received = new ConcurrentHashMap<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Instant at = Instant.now();
                Matcher m = LATENCY_URL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    received.putIfAbsent(Integer.parseInt(m.group(1)), at);
                }
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        hook.start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        try {
            Instant now = Instant.now();
            RecordCollection<AlertRule> ruleRecords = context.getBean(ArticleStore.class)
                    .records(AlertRule.RECORD_TYPE);
            for (SavedQuery q : queries) {
                ruleRecords.put(new AlertRule(q.id(), q.id(), q.query(), q.filter().topics(), q.filter().tones(),
                        q.filter().sources(), q.filter().localities(), q.filter().origin(), List.of(), null,
                        AlertBatching.INSTANT, true, "bench", now, now));
            }
            ruleRecords.put(new AlertRule("latency", "Đo độ trễ", MARKER, Set.of(), Set.of(), Set.of(), Set.of(),
                    null, List.of(), "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook",
                    AlertBatching.INSTANT, true, "bench", now, now));
            context.getBean(AlertMatching.class).reload();
            server.start(); // starts the alert dispatcher
            ArticlePipeline pipeline = context.getBean(ArticlePipeline.class);
            long[] latencies = new long[latencyArticles];
            Instant[] handed = new Instant[latencyArticles];
            for (int start = 0; start < latencyArticles; start += 20) {
                List<Article> batch = new ArrayList<>();
                Instant at = Instant.now();
                for (int i = start; i < Math.min(start + 20, latencyArticles); i++) {
                    Article sample = samples.get(i % samples.size());
                    batch.add(sample.toBuilder().canonicalUrl("https://latency.example/bai-" + i)
                            .url("https://latency.example/bai-" + i).title(MARKER + " " + sample.title())
                            .publishedAt(at).fetchedAt(at).clusterId(null).build());
                    handed[i] = at;
                }
                pipeline.accept(batch);
                Thread.sleep(500);
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (received.size() < latencyArticles && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            int n = 0;
            for (int i = 0; i < latencyArticles; i++) {
                Instant got = received.get(i);
                if (got != null) {
                    latencies[n++] = Duration.between(handed[i], got).toNanos();
                }
            }
            latencies = Arrays.copyOf(latencies, n);
            Arrays.sort(latencies);
            long within = Arrays.stream(latencies).filter(l -> l <= 60_000_000_000L).count();
            out.printf(Locale.ROOT, "độ trễ — latency (lưu bài -> webhook nhận, %d quy tắc bật): %d/%d cảnh báo nhận được; "
                    + "trung vị %.0f ms, p99 %.0f ms, chậm nhất %.0f ms; %d trong 60 s (mục tiêu: mọi cảnh báo)%n",
                    queries.size() + 1, n, latencyArticles, percentile(latencies, 50), percentile(latencies, 99),
                    n == 0 ? 0 : latencies[n - 1] / 1e6, within);
            out.flush();
        } finally {
            server.stop();
            hook.stop(0);
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
