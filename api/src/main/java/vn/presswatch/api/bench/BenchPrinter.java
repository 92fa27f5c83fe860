package vn.presswatch.api.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * The bench command's figures, a line each, Vietnamese first. Rates and times use a decimal point, so that the
 * lines can be compared and parsed the same everywhere.
 */
public final class BenchPrinter {
    /** Media Cloud's whole daily intake, the scale issue 6 measures against. */
    public static final long DAILY_INTAKE = 500_000;
    /** Articles per second that take in {@link #DAILY_INTAKE} in under 30 minutes. */
    public static final double TARGET_RATE = 280;
    private static final long MB = 1024 * 1024;

    private final PrintWriter out;

    public BenchPrinter(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public void header(String what, int articles, int warmup) {
        line("%s: %d bài mới, khởi động %d bài (không tính) — %d new articles, %d warm-up articles (not counted); "
                        + "%d lõi — cores, Java %s, heap tối đa — max heap %d MB", what, articles, warmup, articles,
                warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / MB);
    }

    public void warmup(IngestResult r) {
        line("Khởi động — warm-up: %d bài trong %.1f s (không tính — not counted)", r.stored(), r.wallSeconds());
    }

    /** The full figures of one pass. */
    public void ingest(IngestResult r) {
        line("Bài đã lưu — articles stored: %d (lỗi — failed: %d bài — articles, %d nguồn — sources)", r.stored(),
                r.failedItems(), r.failedSources());
        line("Thời gian — wall time: %.2f s", r.wallSeconds());
        line("Tốc độ — rate: %.1f bài/s — articles/s", r.articlesPerSecond());
        line("CPU của tiến trình này — this process's CPU: %.2f s = %.2f ms/bài — per article (%.5f s)",
                r.cpuSeconds(), r.cpuMillisPerArticle(), r.cpuMillisPerArticle() / 1000);
        line("Heap đỉnh — peak heap: %d MB trước GC — before a collection; %d MB sau GC, gần với dữ liệu đang dùng — "
                + "after a collection, close to the live data", r.peakHeapBytes() / MB, r.peakLiveBytes() / MB);
        boolean met = r.articlesPerSecond() >= TARGET_RATE;
        line("Dự tính — projection: 500.000 bài trong %.1f phút — 500,000 articles in %.1f min "
                        + "(mục tiêu — target ≥ %.0f bài/s: %s)", r.minutesFor(DAILY_INTAKE),
                r.minutesFor(DAILY_INTAKE), TARGET_RATE, met ? "ĐẠT — met" : "CHƯA ĐẠT — not met");
    }

    /** The load's figures and the ingest pace with and without it. */
    public void load(LoadGenerator.Result load, int clients, long thinkMillis, IngestResult unloaded,
                     double loadedRate) {
        line("Tải API — API load: %d máy khách, nghỉ %d ms giữa hai yêu cầu, trong %.1f s, đồng thời với thu thập — "
                + "%d clients, %d ms between requests, for %.1f s while ingesting", clients, thinkMillis,
                load.seconds(), clients, thinkMillis, load.seconds());
        for (LatencySummary e : load.endpoints()) {
            line("  %s: %d yêu cầu — requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, lỗi — failures %d",
                    e.endpoint(), e.requests(), e.p50Millis(), e.p99Millis(), e.maxMillis(), e.failures());
        }
        line("Tổng — total: %d yêu cầu = %.1f yêu cầu/s — requests/s; lỗi — failures: %d", load.requests(),
                load.requestsPerSecond(), load.failures());
        load.failureSamples().forEach(s -> line("  lỗi — failure: %s", s));
        line("Thu thập không tải — ingest without load: %.1f bài/s — articles/s", unloaded.articlesPerSecond());
        line("Thu thập khi có tải — ingest under load: %.1f bài/s — articles/s (%.0f%% tốc độ không tải — of the "
                + "unloaded pace)", loadedRate, 100 * loadedRate / Math.max(1e-9, unloaded.articlesPerSecond()));
    }

    public void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
