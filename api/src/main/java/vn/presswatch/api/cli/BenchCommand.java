package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.api.bench.BenchPrinter;
import vn.presswatch.api.bench.BulkSiteProcess;
import vn.presswatch.api.bench.IngestBench;
import vn.presswatch.api.bench.IngestResult;
import vn.presswatch.api.bench.LoadGenerator;
import vn.presswatch.api.bench.LoadRequest;
import vn.presswatch.api.crawl.CrawlerProperties;
import vn.presswatch.api.security.ApiTokens;
import vn.presswatch.api.security.OneTimePasswords;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.StatsRequest;

/**
 * {@code bench ingest} and {@code bench api}: end-to-end speed (issue 6). Generated Vietnamese pages of the demo
 * press site, served by a child process on loopback, go through the application's own crawler (politeness off),
 * classifier and embedded store in a fresh data directory; {@code api} adds concurrent searches and statistics
 * calls over HTTP while an ingest runs. A first pass over other articles warms the JIT and is not counted.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Đo hiệu năng đầu-cuối trên máy này: bench ingest (thu thập, phân loại, lưu) và bench api (tải API "
                        + "trong khi thu thập).",
                "End-to-end benchmarks on this machine: bench ingest and bench api (API load while ingesting)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The command with its subcommands, which need the environment (picocli cannot construct them). */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.addSubcommand(new Ingest(environment));
        bench.addSubcommand(new Api(environment));
        bench.addSubcommand(new AlertsBenchCommand(environment));
        return bench;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "thiếu lệnh con (ingest, api, alerts) — a subcommand is required");
    }

    /** What both benchmarks share: options, the data directory, the demo site, the context and the warm-up. */
    abstract static class Run implements Callable<Integer> {
        private final CommandEnvironment environment;

        @Spec
        CommandSpec spec;

        @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
                description = {"Số bài mới được đo, bội số của 100 (mặc định ${DEFAULT-VALUE}).",
                    "New articles measured, a multiple of 100 (default ${DEFAULT-VALUE})."})
        int articles;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
                description = {"Số bài của lượt khởi động không tính, bội số của 100; 0 để bỏ (mặc định "
                        + "${DEFAULT-VALUE}).", "Articles of the uncounted warm-up pass, a multiple of 100; 0 for "
                        + "none (default ${DEFAULT-VALUE})."})
        int warmup;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = {"Thư mục dữ liệu trống (mặc định: thư mục tạm, xóa sau khi đo).",
                    "An empty data directory (default: a temporary one, deleted afterwards)."})
        Path dataDir;

        @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
                description = {"Thời gian tối đa của một lượt (phút).", "Time limit of one pass (minutes)."})
        long timeoutMinutes;

        @Unmatched
        List<String> settings = new ArrayList<>();

        Run(CommandEnvironment environment) {
            this.environment = environment;
        }

        /** How many measured passes of {@link #articles} the benchmark needs. */
        abstract int passes();

        /** The benchmark proper, after the warm-up. */
        abstract int measure(Bench bench) throws Exception;

        /** Checks the options of the subcommand; throws {@link ParameterException}. */
        void checkOwnOptions() {
        }

        /** Settings of this benchmark's application, before the user's. */
        List<String> benchSettings() {
            return List.of();
        }

        @Override
        public Integer call() throws Exception {
            check();
            checkOwnOptions();
            DataCommand.checkSettings(spec, settings);
            // The figures on stdout, the application's log on stderr.
            environment.reserveStdoutForData();
            PrintWriter out = spec.commandLine().getOut();
            boolean temporary = dataDir == null;
            Path dir = temporary ? Files.createTempDirectory("presswatch-bench") : dataDir;
            try (BulkSiteProcess site = new BulkSiteProcess(passes() * articles + warmup)) {
                Optional<ApplicationContext> started = DataCommand.start(environment, contextSettings(dir),
                        spec.commandLine().getErr());
                if (started.isEmpty()) {
                    return PresswatchCli.FAILED;
                }
                try (ApplicationContext context = started.get()) {
                    Bench bench = new Bench(context, site, new BenchPrinter(out));
                    bench.printer.header(spec.name().equals("api") ? "Đo API — API benchmark"
                            : "Đo thu thập — ingest benchmark", articles, warmup);
                    return measure(bench);
                }
            } finally {
                if (temporary) {
                    deleteTree(dir);
                }
            }
        }

        private void check() {
            if (articles < BulkSiteProcess.FEED_PAGE || articles % BulkSiteProcess.FEED_PAGE != 0) {
                throw new ParameterException(spec.commandLine(), "--articles phải là bội số dương của 100 (mỗi trang "
                        + "RSS của trang báo mẫu có 100 bài), không phải " + articles + " — must be a positive "
                        + "multiple of 100");
            }
            if (warmup < 0 || warmup % BulkSiteProcess.FEED_PAGE != 0) {
                throw new ParameterException(spec.commandLine(), "--warmup phải là 0 hoặc bội số của 100, không "
                        + "phải " + warmup + " — must be 0 or a multiple of 100");
            }
            if (timeoutMinutes < 1) {
                throw new ParameterException(spec.commandLine(), "--timeout phải ít nhất 1 phút — must be at least "
                        + "1 minute");
            }
            if (dataDir != null && Files.exists(dataDir)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(dataDir)) {
                    empty = entries.findAny().isEmpty();
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "--data-dir " + dataDir + ": không đọc được "
                            + "thư mục — cannot read the directory: " + e.getMessage());
                }
                if (!empty) {
                    throw new ParameterException(spec.commandLine(), "--data-dir " + dataDir + " phải là thư mục "
                            + "trống: bài đã có sẽ không được tính là bài mới — must be an empty directory");
                }
            }
        }

        private List<String> contextSettings(Path dir) {
            List<String> all = new ArrayList<>(List.of(
                    "--presswatch.data-dir=" + dir.toAbsolutePath(),
                    "--presswatch.store.backend=embedded",
                    // Only the passes crawl: no schedule.
                    "--presswatch.crawler.schedule=false",
                    "--presswatch.crawler.contact=bench@presswatch.invalid",
                    // Politeness off: one loopback host stands for hundreds of outlets.
                    "--presswatch.crawler.allow-loopback=true",
                    "--presswatch.crawler.host-delay=0s",
                    "--presswatch.crawler.max-per-host=64",
                    "--presswatch.crawler.max-items-per-poll=1000000",
                    // The generated articles span the 30 days before the site started.
                    "--presswatch.crawler.max-item-age=3650d",
                    "--presswatch.crawler.concurrent-sources=4",
                    "--presswatch.crawler.articles-in-flight=64"));
            all.addAll(benchSettings());
            all.addAll(settings);
            return all;
        }

        /** One started benchmark: its application, the site's feed pages cut into passes, and the output. */
        final class Bench {
            final ApplicationContext context;
            final IngestBench ingest;
            final BenchPrinter printer;
            private final List<String> pages;
            private final int sources;

            Bench(ApplicationContext context, BulkSiteProcess site, BenchPrinter printer) {
                this.context = context;
                this.ingest = new IngestBench(context.getBean(ArticleStore.class), context.getBean(Crawler.class));
                this.printer = printer;
                this.pages = site.feedPages();
                Integer concurrent = context.getBean(CrawlerProperties.class).concurrentSources();
                this.sources = concurrent == null ? 4 : concurrent;
            }

            /** Starts measured pass {@code k} (0-based): the k-th block of {@code --articles} articles. */
            CompletableFuture<IngestResult> pass(int k) {
                int per = articles / BulkSiteProcess.FEED_PAGE;
                return ingest.start("p" + (k + 1), pages.subList(k * per, (k + 1) * per), sources);
            }

            /** Starts the warm-up pass over the oldest articles, after every measured block; null without one. */
            CompletableFuture<IngestResult> warmup() {
                if (warmup == 0) {
                    return null;
                }
                return ingest.start("warmup", pages.subList(pages.size() - warmup / BulkSiteProcess.FEED_PAGE,
                        pages.size()), sources);
            }

            IngestResult await(CompletableFuture<IngestResult> pass) throws Exception {
                return pass.get(timeoutMinutes, TimeUnit.MINUTES);
            }
        }

        private static void deleteTree(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the benchmark's data directory " + dir, e);
            }
        }
    }

    /** {@code bench ingest}: one timed pass of new articles into the store. */
    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = {
                    "Đo tốc độ thu thập đầu-cuối: trang báo mẫu (tiến trình riêng, trên máy này) -> tải, trích bài, "
                            + "phân loại, khử trùng lặp, lưu vào kho nhúng. In số bài/giây, CPU mỗi bài, heap đỉnh.",
                    "End-to-end ingest speed: the demo site (own process, loopback) -> fetch, extract, classify, "
                            + "dedup, index into the embedded store. Prints articles/s, CPU per article, peak heap.",
                    "",
                    "Thiết lập thêm dạng --khóa=giá-trị, ví dụ --presswatch.crawler.articles-in-flight=32."})
    static final class Ingest extends Run {
        Ingest(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        int passes() {
            return 1;
        }

        @Override
        int measure(Bench bench) throws Exception {
            CompletableFuture<IngestResult> warm = bench.warmup();
            if (warm != null) {
                bench.printer.warmup(bench.await(warm));
            }
            IngestResult result = bench.await(bench.pass(0));
            bench.printer.ingest(result);
            return result.complete(articles) ? PresswatchCli.OK : PresswatchCli.FAILED;
        }
    }

    /** {@code bench api}: HTTP load on the running application while it ingests, against an unloaded pass. */
    @Command(
            name = "api",
            mixinStandardHelpOptions = true,
            description = {
                    "Đo API khi đang thu thập: một lượt thu thập không tải, rồi một lượt nữa cùng lúc với nhiều máy "
                            + "khách tìm kiếm và xem thống kê qua HTTP. In số yêu cầu/giây, p50/p99, số lỗi và tốc "
                            + "độ thu thập có tải so với không tải.",
                    "API under ingest: one ingest pass without load, then another while clients search and ask "
                            + "for statistics over HTTP. Prints requests/s, p50/p99, failures, and the ingest pace "
                            + "with load against without."})
    static final class Api extends Run {
        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
                description = {"Thời gian tải tối đa (giây; ngắn hơn nếu lượt thu thập xong trước).",
                    "Longest load (seconds; shorter if the ingest pass ends first)."})
        int seconds;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
                description = {"Số máy khách đồng thời.", "Concurrent clients."})
        int clients;

        @Option(names = "--think-ms", paramLabel = "MS", defaultValue = "0",
                description = {"Thời gian nghỉ của mỗi máy khách giữa hai yêu cầu (0: gửi liên tục).",
                    "Pause of each client between two requests (0: none, the heaviest load)."})
        long thinkMillis;

        @Option(names = "--max-requests", paramLabel = "N", defaultValue = "1000000",
                description = {"Số yêu cầu tối đa.", "Most requests in all."})
        long maxRequests;

        Api(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        int passes() {
            return 2;
        }

        @Override
        List<String> benchSettings() {
            // The server starts on a free loopback port; the first admin gets a password nobody needs, so that
            // none is generated and printed.
            return List.of("--micronaut.server.host=127.0.0.1", "--micronaut.server.port=-1",
                    "--presswatch.security.initial-admin-password=" + OneTimePasswords.generate()
                            + OneTimePasswords.generate());
        }

        @Override
        void checkOwnOptions() {
            if (seconds < 1 || clients < 1 || maxRequests < 1 || thinkMillis < 0) {
                throw new ParameterException(spec.commandLine(), "--seconds, --clients và --max-requests phải "
                        + "dương — must be positive");
            }
        }

        @Override
        int measure(Bench bench) throws Exception {
            bench.context.getBean(UserDirectory.class).create("bench", "Đo hiệu năng", Role.VIEWER,
                    OneTimePasswords.generate() + OneTimePasswords.generate(), false);
            String token = bench.context.getBean(ApiTokens.class).create("bench", "bench api").token();
            EmbeddedServer server = bench.context.getBean(EmbeddedServer.class).start();
            try {
                LocalDate today = LocalDate.now(StatsRequest.VIETNAM);
                LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:" + server.getPort()),
                        "Bearer " + token, LoadRequest.standardMix(today), clients, Duration.ofMillis(thinkMillis));
                // The warm-up pass runs under a short load, so the server's code is compiled too.
                CompletableFuture<IngestResult> warm = bench.warmup();
                if (warm != null) {
                    load.run(Duration.ofSeconds(seconds), maxRequests, warm::isDone);
                    bench.printer.warmup(bench.await(warm));
                }
                IngestResult unloaded = bench.await(bench.pass(0));
                bench.printer.ingest(unloaded);

                CompletableFuture<IngestResult> loadedPass = bench.pass(1);
                long before = bench.ingest.storedArticles();
                LoadGenerator.Result result = load.run(Duration.ofSeconds(seconds), maxRequests,
                        loadedPass::isDone);
                long during = bench.ingest.storedArticles() - before;
                boolean endedFirst = loadedPass.isDone();
                IngestResult loaded = bench.await(loadedPass);
                bench.printer.load(result, clients, thinkMillis, unloaded, during / result.seconds());
                if (endedFirst) {
                    bench.printer.line("Lưu ý: lượt thu thập xong trước khi hết %d s nên tải dừng sớm; hãy tăng "
                            + "--articles — note: the ingest pass ended first, so the load stopped early; "
                            + "raise --articles", seconds);
                }
                boolean ok = result.failures() == 0 && unloaded.complete(articles) && loaded.complete(articles);
                return ok ? PresswatchCli.OK : PresswatchCli.FAILED;
            } finally {
                server.stop();
            }
        }
    }
}
