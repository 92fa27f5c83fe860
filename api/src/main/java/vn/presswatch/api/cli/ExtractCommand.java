package vn.presswatch.api.cli;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.extract.ExtractedArticle;

/**
 * {@code extract [--url URL] FILE...}: runs the crawler's article extractor on saved pages and prints one JSON
 * line per file ({@link ArticleLine}, or {@link FailureLine}). For checking what presswatch makes of a site's
 * pages, and for bug reports.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
                "Trích xuất bài báo (tiêu đề, sapo, nội dung, tác giả, ngày đăng, địa chỉ gốc, ngôn ngữ) từ các "
                        + "trang HTML đã lưu; in mỗi tệp một dòng JSON.",
                "Extracts the article (title, lead, text, author, published, canonical URL, language) from saved "
                        + "HTML pages; prints one JSON line per file."},
        footer = {"", "Mã thoát — exit status: 0 mọi tệp đều được — all files ok; 1 có tệp lỗi — some files failed; "
                + "2 sai cú pháp lệnh — usage error."})
final class ExtractCommand implements Callable<Integer> {

    /** News pages are well under 2 MB; a limit keeps a mistaken argument (a disk image) from filling the heap. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final CommandEnvironment environment;
    private final JsonLines json;
    private final Clock clock;
    private final HtmlDecoder decoder = new HtmlDecoder();

    @Spec
    private CommandSpec spec;

    @Mixin
    private TimeLimitOption timeLimit;

    private String url = "";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = {"Các trang HTML đã lưu.", "Saved HTML pages."})
    private List<String> files;

    ExtractCommand(CommandEnvironment environment, JsonLines json, Clock clock) {
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    @Option(names = "--url", paramLabel = "URL", description = {
            "Địa chỉ gốc của trang (để tính liên kết tương đối và địa chỉ chuẩn).",
            "The address the pages were saved from (resolves relative links; the canonical URL falls back to it)."})
    void url(String value) {
        url = WebUrls.requireAbsoluteWebUrl(spec, value);
    }

    @Override
    public Integer call() {
        environment.reserveStdoutForData();
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.Settings.defaults());
        try (FileRunner runner = new FileRunner(timeLimit.limit())) {
            return runner.processAll(files, file -> extract(file, extractor), json);
        }
    }

    private ArticleLine extract(String file, ArticleExtractor extractor) throws UnusableFileException {
        byte[] bytes = FileInput.read(file, MAX_BYTES);
        String html = decoder.decodeHtml(bytes);
        HtmlSniffer.requireHtml(bytes, html);
        ExtractedArticle article = extractor.extract(html, url, ZonedDateTime.now(clock.withZone(ArticleLine.VIETNAM)));
        return ArticleLine.of(file, article);
    }
}
