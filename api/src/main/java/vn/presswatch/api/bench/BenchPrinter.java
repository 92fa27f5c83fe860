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
    /** Share of its unloaded pace that ingest should keep while users search (issue 6). */
    public static final double KEPT_PACE = 0.85;
    /** Cores other programs may take during a measurement before its wall times are called disturbed. */
    private static final double QUIET_MACHINE = 0.2;
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
        line("CPU của tiến trình này — this process's CPU: %.2f s = %.2f ms/bài — per article (%.5f s); luồng thu "
                        + "thập — ingest threads %.2f ms/bài — per article", r.cpuSeconds(), r.cpuMillisPerArticle(),
                r.cpuMillisPerArticle() / 1000, r.ingestThreadMillisPerArticle());
        otherPrograms(r.threads());
        line("Heap đỉnh — peak heap: %d MB trước GC — before a collection; %d MB sau GC, gần với dữ liệu đang dùng — "
                + "after a collection, close to the live data", r.peakHeapBytes() / MB, r.peakLiveBytes() / MB);
        boolean met = r.articlesPerSecond() >= TARGET_RATE;
        line("Dự tính — projection: 500.000 bài trong %.1f phút — 500,000 articles in %.1f min "
                        + "(mục tiêu — target ≥ %.0f bài/s: %s)", r.minutesFor(DAILY_INTAKE),
                r.minutesFor(DAILY_INTAKE), TARGET_RATE, verdict(met));
    }

    /** The load's figures, where the CPU went, and the ingest pace with and without the load. */
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
        ThreadCpuMeter.Reading cpu = load.cpu();
        // A pass stores unevenly (slowly while it reads the feed pages, in a rush at the end), so the load is
        // compared with the same stretch of the pass without load: all of it when the load lasted until its pass
        // was done, else its start.
        boolean whole = load.stopped();
        double window = whole ? unloaded.wallSeconds() : Math.min(load.seconds(), unloaded.wallSeconds());
        double articles = loadedRate * load.seconds();
        line("CPU khi có tải, số lõi bận — CPU under load, cores busy: thu thập — ingest %.2f (%.2f ms/bài — per "
                        + "article; cùng đoạn không tải — same stretch without load %.2f), phục vụ API — serving "
                        + "%.2f (%.1f ms/yêu cầu — per request), máy khách đo — load clients %.2f, còn lại (GC, JIT) "
                        + "— the rest %.2f", cpu.cores(ThreadCpuMeter.Group.INGEST),
                articles == 0 ? 0 : cpu.cpuSeconds(ThreadCpuMeter.Group.INGEST) * 1000 / articles,
                unloaded.ingestThreadMillisPerArticleWithin(window), cpu.cores(ThreadCpuMeter.Group.SERVING),
                load.requests() == 0 ? 0 : cpu.cpuSeconds(ThreadCpuMeter.Group.SERVING) * 1000 / load.requests(),
                cpu.cores(ThreadCpuMeter.Group.CLIENTS), cpu.cores(ThreadCpuMeter.Group.OTHER));
        otherPrograms(cpu);
        double reference = unloaded.articlesPerSecondWithin(window);
        line("Thu thập không tải — ingest without load: %.1f bài/s — articles/s cả lượt — whole pass%s",
                unloaded.articlesPerSecond(), whole ? "" : String.format(Locale.ROOT, "; %.1f bài/s trong %.0f s "
                        + "đầu — in its first %.0f s", reference, window, window));
        double kept = loadedRate / Math.max(1e-9, reference);
        line("Thu thập khi có tải — ingest under load: %.1f bài/s — articles/s (%.0f%% %s)", loadedRate, 100 * kept,
                whole ? "tốc độ không tải — of the unloaded pace" : "cùng đoạn không tải — of the same stretch "
                        + "without load");
        if (whole) {
            line("Thu thập giữ tốc độ — ingest keeps its pace: ≥ %.0f bài/s — articles/s: %s; ≥ %.0f%% không tải — "
                            + "of the pace without load: %s", TARGET_RATE, verdict(loadedRate >= TARGET_RATE),
                    100 * KEPT_PACE, verdict(kept >= KEPT_PACE));
        } else {
            line("Lưu ý: tải chỉ phủ phần đầu lượt thu thập, lúc lưu chưa đều, nên không kết luận về tốc độ; để so "
                    + "cả lượt, cho --seconds dài hơn lượt — note: the load covered only the start of the pass, "
                    + "which stores unevenly, so no verdict on the pace; for whole passes give a --seconds longer "
                    + "than the pass");
        }
        if (unloaded.threads().otherProgramsCores() > QUIET_MACHINE || cpu.otherProgramsCores() > QUIET_MACHINE) {
            line("Lưu ý: chương trình khác đã dùng CPU trong lúc đo nên hai tốc độ không so sánh được; hãy đo lại "
                    + "khi máy rảnh — note: other programs used the CPU meanwhile, so the paces are not comparable; "
                    + "measure again on an idle machine (CPU per article and per request still are)");
        }
    }

    /** The cores other programs took, when the platform tells. */
    private void otherPrograms(ThreadCpuMeter.Reading cpu) {
        if (!Double.isNaN(cpu.otherProgramsCores())) {
            line("Chương trình khác trên máy — other programs on this machine: %.2f lõi — cores",
                    cpu.otherProgramsCores());
        }
    }

    private static String verdict(boolean met) {
        return met ? "ĐẠT — met" : "CHƯA ĐẠT — not met";
    }

    public void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
