package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import vn.presswatch.crawler.sources.OpmlSources;
import vn.presswatch.crawler.sources.SourceList;
import vn.presswatch.crawler.sources.SourceLists;
import vn.presswatch.crawler.sources.StarterSources;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.crawler.warc.WarcReadException;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Source;

/**
 * {@code import}: adds sources (the starter list, or a list file: JSON or YAML in the starter list's format, or an
 * OPML feed list from a feed reader) and backfills articles from web archives (WARC files such as Common Crawl's
 * CC-NEWS). OPML says nothing of country, language, level or origin unless presswatch wrote it, so such sources get
 * {@link OpmlSources.Defaults#domestic()} and the command says how many, for an editor to check.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
                "Nhập nguồn tin (danh sách khởi đầu, tệp danh sách JSON, YAML hoặc OPML) và bài viết từ tệp lưu "
                        + "trữ WARC.",
                "Imports sources (the starter list, or a JSON, YAML or OPML list file) and articles from WARC "
                        + "archives.",
                "",
                "Ví dụ — examples:",
                "  import --starter-sources",
                "  import --sources nguon.json",
                "  import --sources nguon.yaml",
                "  import --sources feedly.opml",
                "  import --language vi CC-NEWS-20250818.warc.gz",
                "",
                "Thiết lập dạng --khóa=giá-trị, ví dụ --presswatch.data-dir=/srv/presswatch."})
final class ImportCommand implements Callable<Integer> {
    /** What sources from an OPML list get for what the file does not say. */
    private static final OpmlSources.Defaults DEFAULTS = OpmlSources.Defaults.domestic();
    /** How many ids the defaults notice lists before "…". */
    private static final int SHOWN_IDS = 10;

    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--starter-sources", description = {"Thêm danh sách nguồn khởi đầu (báo trung ương, Hải Phòng, "
            + "Ninh Bình, báo nước ngoài; địa chỉ chưa kiểm chứng).", "Adds the starter source list."})
    private boolean starter;

    @Option(names = "--sources", paramLabel = "FILE", description = {"Thêm các nguồn trong tệp danh sách: .json "
            + "hoặc .yaml/.yml (cùng cấu trúc với danh sách khởi đầu), hoặc .opml xuất từ trình đọc tin (nguồn không "
            + "ghi quốc gia, ngôn ngữ, cấp, loại sẽ lấy mặc định: Việt Nam, tiếng Việt, khác, trong nước).",
        "Adds the sources of a list file: .json or .yaml/.yml (the starter list's format), or .opml from a feed "
            + "reader (sources without country, language, level or origin get VN, vi, other, domestic)."})
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
        Set<String> defaulted = new HashSet<>();
        try {
            if (starter) {
                listed.addAll(StarterSources.load());
            }
            if (sourceList != null) {
                SourceList list = SourceLists.read(sourceList, DEFAULTS);
                listed.addAll(list.sources());
                defaulted.addAll(list.defaultedIds());
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
                List<String> addedWithDefaults = new ArrayList<>();
                for (Source source : listed) {
                    if (store.sources().putIfAbsent(source)) {
                        added++;
                        if (defaulted.contains(source.id())) {
                            addedWithDefaults.add(source.id());
                        }
                    }
                }
                out.printf(Locale.ROOT, "Nguồn tin: thêm %d, giữ nguyên %d đã có. — Sources: %d added, %d already "
                        + "there (kept as they are).%n", added, listed.size() - added, added, listed.size() - added);
                printDefaulted(addedWithDefaults, out);
            }
            boolean ok = true;
            for (Path archive : archives) {
                ok &= importArchive(context, store, archive, out, err);
            }
            return ok ? PresswatchCli.OK : PresswatchCli.FAILED;
        }
    }

    /** Sources from OPML that got the defaults: the office checks them in the web UI. */
    private static void printDefaulted(List<String> ids, PrintWriter out) {
        if (ids.isEmpty()) {
            return;
        }
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), SHOWN_IDS)))
                + (ids.size() > SHOWN_IDS ? ", …" : "");
        out.printf(Locale.ROOT, "Chú ý: %d nguồn mới từ tệp OPML không ghi quốc gia, ngôn ngữ, cấp hoặc loại nên "
                        + "lấy mặc định (%s, %s, %s, %s); hãy kiểm tra và sửa trên giao diện: %s.%n"
                        + "Note: %d new sources from the OPML file got the default country, language, level or "
                        + "origin (%s, %s, %s, %s); check them in the web UI.%n",
                ids.size(), DEFAULTS.country(), DEFAULTS.language(), DEFAULTS.level().vietnameseName().toLowerCase(
                        Locale.ROOT), DEFAULTS.origin().vietnameseName().toLowerCase(Locale.ROOT), shown, ids.size(),
                DEFAULTS.country(), DEFAULTS.language(), DEFAULTS.level().name().toLowerCase(Locale.ROOT),
                DEFAULTS.origin().id());
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
