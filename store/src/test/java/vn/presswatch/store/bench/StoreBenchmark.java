package vn.presswatch.store.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Interval;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.Sort;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.elasticsearch.ElasticsearchArticleStore;
import vn.presswatch.store.elasticsearch.ElasticsearchNode;
import vn.presswatch.store.elasticsearch.ElasticsearchStoreSettings;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * The store benchmark (a command, not a test): bulk indexing rate, the monthly-report aggregation (counts by topic,
 * source and tone plus a daily histogram of one month) and search latency, and memory, for one backend.
 *
 * <p>Usage: {@code StoreBenchmark --backend embedded|elasticsearch [--docs 1000000] [--seed 42]}; run it through
 * {@code scripts/bench-store}, which sets the heap (512 MB for the embedded store).
 */
public final class StoreBenchmark {
    private static final ZoneId VIETNAM = StatsRequest.VIETNAM;
    private static final String[] QUERIES = {"chủ quyền biển đảo", "\"Hải Phòng\"", "Hai Phong AND du lich",
            "\"thông tin sai lệch\"~3", "topic:ocop làng nghề", "title:(Tràng An OR Cát Bà)", "xuyên tạc NOT \"tin giả\"",
            "chuyển đổi số", "đầu tư*", "locality:\"Ninh Bình\" lễ hội", "\"nước mắm Cát Hải\"", "nhan quyen"};

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String backend = option(args, "--backend", "embedded");
        int docs = Integer.parseInt(option(args, "--docs", "1000000"));
        long seed = Long.parseLong(option(args, "--seed", "42"));
        System.out.printf(Locale.ROOT, "presswatch store benchmark: backend=%s docs=%,d seed=%d cores=%d max-heap=%d MB%n",
                backend, docs, seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        HeapWatcher heap = new HeapWatcher();
        Path dir = null;
        ArticleStore store;
        ElasticsearchNode node = null;
        if (backend.equals("embedded")) {
            dir = Files.createTempDirectory(Path.of("target"), "bench-data-");
            store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir));
        } else if (backend.equals("elasticsearch")) {
            node = ElasticsearchNode.shared();
            store = new ElasticsearchArticleStore(ElasticsearchStoreSettings.defaults(node.httpUrl())
                    .withIndexPrefix("bench"));
        } else {
            throw new IllegalArgumentException("--backend must be embedded or elasticsearch");
        }
        try {
            run(store, docs, seed, heap);
            if (node != null) {
                System.out.printf(Locale.ROOT, "elasticsearch node heap used: %s%n", nodeHeap(node.httpUrl()));
            }
        } finally {
            store.close();
            if (dir != null) {
                deleteTree(dir);
            }
            if (node != null) {
                node.stop();
            }
        }
    }

    private static void run(ArticleStore store, int docs, long seed, HeapWatcher heap) {
        long t0 = System.nanoTime();
        long written = store.bulkImport(new ArticleGenerator(seed, docs));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "indexing: %,d articles in %.1f s = %,.0f docs/s (count now %,d)%n",
                written, seconds, written / seconds, store.count());
        System.out.printf(Locale.ROOT, "heap: peak %d MB live after GC during indexing (limit %d MB, %s)%n",
                heap.peakLiveMb(), Runtime.getRuntime().maxMemory() >> 20, gcNames());

        SplittableRandom random = new SplittableRandom(seed + 1);
        Supplier<Long> report = () -> time(() -> {
            int month = 1 + random.nextInt(12);
            LocalDate first = LocalDate.of(2025, month, 1);
            ArticleFilter range = ArticleFilter.none().withRange(first.atStartOfDay(VIETNAM).toInstant(),
                    first.plusMonths(1).atStartOfDay(VIETNAM).toInstant());
            store.stats(new StatsRequest("", range, EnumSet.of(Facet.TOPIC, Facet.SOURCE, Facet.TONE), Interval.DAY,
                    VIETNAM));
        });
        Supplier<Long> search = () -> time(() -> {
            String q = QUERIES[random.nextInt(QUERIES.length)];
            ArticleFilter filter = ArticleFilter.none();
            if (random.nextBoolean()) {
                LocalDate first = LocalDate.of(2025, 1 + random.nextInt(12), 1);
                filter = filter.withRange(first.atStartOfDay(VIETNAM).toInstant(),
                        first.plusMonths(1).atStartOfDay(VIETNAM).toInstant());
            }
            store.search(new SearchRequest(q, filter, random.nextBoolean() ? Sort.RELEVANCE : Sort.NEWEST, 0, 20, true));
        });
        print("monthly report aggregation (topic+source+tone counts, daily histogram)", measure(report, 30, 200));
        print("search (first page of 20, highlighted)", measure(search, 50, 300));
        System.out.printf(Locale.ROOT, "heap: peak %d MB live after GC over the whole run%n", heap.peakLiveMb());
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static long[] measure(Supplier<Long> op, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            op.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = op.get();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms (%d runs)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted.length);
    }

    private static String gcNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    private static String nodeHeap(String url) throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/_nodes/stats/jvm"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher used = Pattern.compile("\"heap_used_in_bytes\":(\\d+)").matcher(body);
        Matcher max = Pattern.compile("\"heap_max_in_bytes\":(\\d+)").matcher(body);
        return used.find() && max.find()
                ? (Long.parseLong(used.group(1)) >> 20) + " MB of " + (Long.parseLong(max.group(1)) >> 20) + " MB" : "?";
    }

    private static String option(String[] args, String name, String fallback) {
        List<String> list = new ArrayList<>(List.of(args));
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
