package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.api.crawl.CrawlerProperties;
import vn.presswatch.crawler.crawl.ArchiveImport;
import vn.presswatch.crawler.crawl.ArticleSink;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.crawler.dedup.StoryClusterer;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.sources.InvalidSourceListException;
import vn.presswatch.crawler.sources.SourceListReader;
import vn.presswatch.crawler.sources.StarterSources;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.crawler.warc.WarcReadException;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Source;

/**
 * {@code import}: adds sources (the starter list, or a list file in the same JSON format) and backfills articles
 * from web archives (WARC files such as Common Crawl's CC-NEWS).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
                "Nhập nguồn tin (danh sách khởi đầu hoặc tệp danh sách JSON) và bài viết từ tệp lưu trữ WARC.",
                "Imports sources (the starter list or a JSON list file) and articles from WARC archives.",
                "",
                "Ví dụ — examples:",
                "  import --starter-sources",
                "  import --sources nguon.json",
                "  import --language vi CC-NEWS-20250818.warc.gz",
                "",
                "Thiết lập dạng --khóa=giá-trị, ví dụ --presswatch.data-dir=/srv/presswatch."})
final class ImportCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--starter-sources", description = {"Thêm danh sách nguồn khởi đầu (báo trung ương, Hải Phòng, "
            + "Ninh Bình, báo nước ngoài; địa chỉ chưa kiểm chứng).", "Adds the starter source list."})
    private boolean starter;

    @Option(names = "--sources", paramLabel = "FILE", description = {"Thêm các nguồn trong tệp danh sách JSON.",
        "Adds the sources of a JSON list file (the starter list's format)."})
    private Path sourceList;

    @Option(names = "--only-known-outlets", description = {"Chỉ nhập bài của các nguồn đã cấu hình.",
        "Import only articles of configured outlets."})
    private boolean onlyKnown;

    @Option(names = "--language", paramLabel = "CODE", description = {"Chỉ nhập bài bằng ngôn ngữ này (lặp lại được).",
        "Import only articles in this language (repeatable)."})
    private List<String> languages = new ArrayList<>();

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Parameters(paramLabel = "WARC", arity = "0..*", description = {"Tệp WARC hoặc WARC.gz.", "WARC or WARC.gz files."})
    private List<Path> archives = new ArrayList<>();

    ImportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (!starter && sourceList == null && archives.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "không có gì để nhập — nothing to import: give "
                    + "--starter-sources, --sources FILE or WARC files");
        }
        List<String> micronautArgs = List.copyOf(settings);
        DataCommand.checkSettings(spec, micronautArgs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Source> listed = new ArrayList<>();
        try {
            if (starter) {
                listed.addAll(StarterSources.load());
            }
            if (sourceList != null) {
                try (InputStream in = Files.newInputStream(sourceList)) {
                    listed.addAll(SourceListReader.read(in, sourceList.toString()));
                }
            }
        } catch (InvalidSourceListException | IOException e) {
            err.println("Không đọc được danh sách nguồn — cannot read the source list: " + e.getMessage());
            return PresswatchCli.FAILED;
        }
        Optional<ApplicationContext> started = DataCommand.start(environment, micronautArgs, err);
        if (started.isEmpty()) {
            return PresswatchCli.FAILED;
        }
        try (ApplicationContext context = started.get()) {
            ArticleStore store = context.getBean(ArticleStore.class);
            if (!listed.isEmpty()) {
                int added = 0;
                for (Source source : listed) {
                    if (store.sources().putIfAbsent(source)) {
                        added++;
                    }
                }
                out.printf(Locale.ROOT, "Nguồn tin: thêm %d, giữ nguyên %d đã có. — Sources: %d added, %d already "
                        + "there (kept as they are).%n", added, listed.size() - added, added, listed.size() - added);
            }
            boolean ok = true;
            for (Path archive : archives) {
                ok &= importArchive(context, store, archive, out, err);
            }
            return ok ? PresswatchCli.OK : PresswatchCli.FAILED;
        }
    }

    private boolean importArchive(ApplicationContext context, ArticleStore store, Path archive, PrintWriter out,
                                  PrintWriter err) throws Exception {
        Crawler.Settings crawl = context.getBean(CrawlerProperties.class).toSettings();
        ArchiveImport importer = new ArchiveImport(new ArticleExtractor(crawl.extract()),
                new UrlCanonicalizer(crawl.urls()), new StoryClusterer(crawl.stories()), store.sources().all(),
                context.getBean(ArticleSink.class), ArchiveImport.Settings.defaults().withFilter(onlyKnown, languages));
        try {
            ArchiveImport.Report report = importer.importFile(archive);
            out.printf(Locale.ROOT, "%s: %s; lưu %d bài, lọc bỏ %d, %d trang không phải bài viết, %d trang lỗi.%n",
                    archive, report.read(), report.stored(), report.filtered(), report.notArticles(), report.failed());
            if (report.error() != null) {
                err.println(archive + ": " + report.error());
                return false;
            }
            return true;
        } catch (WarcReadException e) {
            err.println(archive + ": " + e.vietnameseMessage());
            return false;
        }
    }
}
