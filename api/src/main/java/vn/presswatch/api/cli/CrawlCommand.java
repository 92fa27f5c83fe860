package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.crawler.crawl.CrawlListener;
import vn.presswatch.crawler.crawl.CrawlReport;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.crawler.crawl.PollOutcome;

/** {@code crawl --once}: one full pass over the enabled sources into the store, with progress on the terminal. */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
                "Thu thập một lượt tất cả các nguồn đang bật vào kho dữ liệu (cùng thư mục dữ liệu với máy chủ; "
                        + "không chạy khi máy chủ đang mở thư mục đó).",
                "Crawls every enabled source once into the store (the server's data directory; not while the server "
                        + "has it open).",
                "",
                "Thiết lập dạng --khóa=giá-trị, ví dụ --presswatch.data-dir=/srv/presswatch."})
final class CrawlCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--once", description = {"Một lượt rồi thoát (bắt buộc; thu thập liên tục là việc của serve).",
        "One pass, then exit (required; continuous crawling is what serve does)."})
    private boolean once;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = {"Thời gian tối đa của cả lượt (phút).", "Time limit of the whole pass (minutes)."})
    private long timeoutMinutes;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    CrawlCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (!once) {
            throw new ParameterException(spec.commandLine(), "thiếu --once; để thu thập liên tục hãy chạy serve"
                    + " — --once is required; run serve to crawl continuously");
        }
        DataCommand.checkSettings(spec, settings);
        PrintWriter out = spec.commandLine().getOut();
        Optional<ApplicationContext> started = DataCommand.start(environment, settings, spec.commandLine().getErr());
        if (started.isEmpty()) {
            return PresswatchCli.FAILED;
        }
        try (ApplicationContext context = started.get()) {
            Crawler crawler = context.getBean(Crawler.class);
            CrawlReport report = crawler.crawlOnce(new SourceLines(out)).toCompletionStage().toCompletableFuture()
                    .get(timeoutMinutes, TimeUnit.MINUTES);
            out.printf(Locale.ROOT, "Xong: %d nguồn, %d bài mới được lưu, %d nguồn lỗi, %d bài không tải được."
                            + " — Done: %d sources, %d new articles stored, %d sources failed, %d articles failed.%n",
                    report.outcomes().size(), report.stored(), report.failedSources(), report.failedItems(),
                    report.outcomes().size(), report.stored(), report.failedSources(), report.failedItems());
            return report.failedSources() == 0 ? PresswatchCli.OK : PresswatchCli.FAILED;
        }
    }

    /** One line per source as it finishes. */
    /** One line per source as it finishes, with the time the pass still needs. */
    private static final class SourceLines implements CrawlListener {
        private final PrintWriter out;
        private final AtomicInteger done = new AtomicInteger();
        private final long started = System.nanoTime();
        private volatile int total;

        SourceLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(int sources) {
            total = sources;
            out.printf(Locale.ROOT, "Thu thập %d nguồn — crawling %d sources%n", sources, sources);
            out.flush();
        }

        @Override
        public void finished(PollOutcome o) {
            int n = done.incrementAndGet();
            String line;
            if (o.failed()) {
                line = String.format(Locale.ROOT, "[%d/%d] %s: LỖI — %s", n, total, o.sourceId(),
                        o.state().lastError());
            } else {
                line = String.format(Locale.ROOT, "[%d/%d] %s: %d bài mới, %d đã lưu, %d không phải bài viết, "
                                + "%d lỗi, %d để lượt sau%s", n, total, o.sourceId(), o.newItems(),
                        o.stored(), o.skipped(), o.failedItems(), o.deferred(),
                        o.errors().isEmpty() ? "" : " (cảnh báo: " + String.join("; ", o.errors()) + ")");
            }
            line += timeLeft(n);
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }

        /** " · còn khoảng 2 phút" from the pace so far; nothing at the end. */
        private String timeLeft(int n) {
            if (n >= total || n == 0) {
                return "";
            }
            double perSource = (System.nanoTime() - started) / 1e9 / n;
            return " · còn khoảng " + Progress.vietnamese(Math.round(perSource * (total - n)));
        }
    }

}
