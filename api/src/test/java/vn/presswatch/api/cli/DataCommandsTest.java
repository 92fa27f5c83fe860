package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.presswatch.crawler.demo.DemoArticle;
import vn.presswatch.crawler.demo.DemoPressSite;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** crawl --once and import, run in-process against a real store, the demo press site and real archives. */
class DataCommandsTest {
    @TempDir
    Path dir;

    private String[] args(String... command) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.add("--presswatch.data-dir=" + dir.resolve("data"));
        all.add("--presswatch.crawler.allow-loopback=true");
        all.add("--presswatch.crawler.host-delay=0s");
        all.add("--presswatch.crawler.total-timeout=3s");
        all.add("--presswatch.crawler.max-item-age=3650d");
        return all.toArray(String[]::new);
    }

    private ArticleStore openStore() {
        return new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")));
    }

    @Test
    void crawlOnceStoresTheDemoSitesArticlesAndReportsTheBrokenSource() {
        try (DemoPressSite site = new DemoPressSite(DemoPressSite.Settings.defaults()
                .withReleaseInterval(Duration.ZERO)).start()) {
            try (ArticleStore store = openStore()) {
                site.sources().forEach(store.sources()::put);
            }
            CliRun run = CliRun.run(args("crawl", "--once"));

            assertThat(run.out()).contains("Thu thập " + site.sources().size() + " nguồn").contains("Xong:");
            assertThat(run.out()).contains("demo-haiphong: ");
            // "Báo Lỗi" polls endpoints that fail: its line says why, and the exit status says something failed.
            assertThat(run.out()).containsPattern("demo-baoloi: (LỖI|.*cảnh báo)");
            try (ArticleStore store = openStore()) {
                DemoArticle local = site.articles().stream().filter(a -> a.id().startsWith("haiphong")).findFirst()
                        .orElse(site.articles().get(0));
                assertThat(store.count()).isGreaterThanOrEqualTo(site.articleCount() - 3L);
                assertThat(store.search(vn.presswatch.store.SearchRequest.of("\"" + local.title() + "\"", null))
                        .total()).isPositive();
            }
        }
    }

    @Test
    void crawlNeedsOnce() {
        CliRun run = CliRun.run(args("crawl"));
        assertThat(run.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(run.err()).contains("--once");
    }

    @Test
    void aDataDirectoryInUseIsOneClearSentence() {
        try (ArticleStore store = openStore()) {
            CliRun run = CliRun.run(args("crawl", "--once"));
            assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
            assertThat(run.err()).startsWith("Không khởi động được").doesNotContain("at vn.presswatch");
        }
    }

    @Test
    void starterSourcesAreAddedOnceAndEditsAreKept() {
        CliRun first = CliRun.run(args("import", "--starter-sources"));
        assertThat(first.status()).isZero();
        assertThat(first.out()).containsPattern("thêm [1-9][0-9]*, giữ nguyên 0");
        try (ArticleStore store = openStore()) {
            assertThat(store.sources().all()).isNotEmpty().allMatch(s -> !s.verified());
            store.sources().put(store.sources().get("vnexpress").orElseThrow().withEnabled(false));
        }
        CliRun second = CliRun.run(args("import", "--starter-sources"));
        assertThat(second.out()).contains("thêm 0,");
        try (ArticleStore store = openStore()) {
            assertThat(store.sources().get("vnexpress").orElseThrow().enabled()).isFalse();
        }
    }

    @Test
    void warcArchivesAreImported() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        String url = "https://baohaiphong.vn/van-hoa/le-hoi-hoa-phuong-do-2025-789.html";
        String html = "<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Khai mạc Lễ hội Hoa Phượng Đỏ</title>"
                + "</head><body><article><h1>Khai mạc Lễ hội Hoa Phượng Đỏ năm 2025</h1>"
                + "<p>Tối 10/5, tại Quảng trường Nhà hát Thành phố, Hải Phòng long trọng khai mạc Lễ hội Hoa Phượng Đỏ "
                + "với chủ đề Hải Phòng - Khát vọng vươn xa, thu hút hàng vạn người dân và du khách.</p>"
                + "<p>Chương trình nghệ thuật tái hiện lịch sử, văn hóa của thành phố Cảng qua các thời kỳ, cùng "
                + "màn pháo hoa rực rỡ trên bầu trời trung tâm thành phố.</p></article></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder(url).date(Instant.parse("2025-05-10T14:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                            html.getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        CliRun run = CliRun.run(args("import", warc.toString()));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã đọc 1 trang").contains("lưu 1 bài");
        try (ArticleStore store = openStore()) {
            Article article = store.get(Article.idFor(url)).orElseThrow();
            assertThat(article.title()).isEqualTo("Khai mạc Lễ hội Hoa Phượng Đỏ năm 2025");
        }
    }

    @Test
    void anOpmlFeedListIsImportedAndSourcesWithDefaultsAreCounted() throws Exception {
        Path opml = dir.resolve("feedly.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0" xmlns:pw="https://presswatch.vn/opml">
                  <head><title>Feedly</title></head>
                  <body>
                    <outline text="Hải Phòng">
                      <outline text="Báo Hải Phòng" type="rss" xmlUrl="https://baohaiphong.vn/rss/tin-moi-nhat.rss"
                               htmlUrl="https://baohaiphong.vn/"/>
                      <outline text="Báo Hải Phòng - Chính trị" type="rss"
                               xmlUrl="https://baohaiphong.vn/rss/chinh-tri.rss" htmlUrl="https://baohaiphong.vn/"/>
                    </outline>
                    <outline text="RFI Tiếng Việt" type="rss" xmlUrl="https://www.rfi.fr/vi/rss"
                             htmlUrl="https://www.rfi.fr/vi/" pw:country="FR" pw:language="vi" pw:level="foreign"
                             pw:origin="foreign"/>
                  </body>
                </opml>""", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(args("import", "--sources", opml.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("thêm 2, giữ nguyên 0")
                .contains("Chú ý: 1 nguồn mới từ tệp OPML").contains("(VN, vi, khác, trong nước)")
                .contains(": baohaiphong-vn.").contains("Note: 1 new sources");
        try (ArticleStore store = openStore()) {
            Source local = store.sources().get("baohaiphong-vn").orElseThrow();
            assertThat(local.feedUrls()).containsExactly("https://baohaiphong.vn/rss/tin-moi-nhat.rss",
                    "https://baohaiphong.vn/rss/chinh-tri.rss");
            assertThat(local.origin()).isEqualTo(Origin.DOMESTIC);
            assertThat(local.verified()).isFalse();
            Source foreign = store.sources().get("rfi-fr").orElseThrow();
            assertThat(foreign.level()).isEqualTo(SourceLevel.FOREIGN);
            assertThat(foreign.country()).isEqualTo("FR");
        }
        CliRun again = CliRun.run(args("import", "--sources", opml.toString()));
        assertThat(again.out()).contains("thêm 0, giữ nguyên 2").doesNotContain("Chú ý");
    }

    @Test
    void aBrokenSourceListIsNamedAndNothingIsImported() throws Exception {
        Path yaml = dir.resolve("nguon.yaml");
        Files.writeString(yaml, """
                sources:
                  - id: baohaiphong
                    name: Báo Hải Phòng
                    homepage: https://baohaiphong.vn/
                    feedUrls: [/rss/tin-moi-nhat.rss]
                    country: VN
                    language: vi
                    level: local
                    origin: domestic
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.run(args("import", "--starter-sources", "--sources", yaml.toString()));

        assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
        assertThat(run.err()).startsWith("Không đọc được danh sách nguồn").contains(yaml + ", mục số 1")
                .contains("feedUrls[0] must be an absolute http(s) URL");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void importWithNothingToImportIsAUsageError() {
        assertThat(CliRun.run(args("import")).status()).isEqualTo(PresswatchCli.USAGE_ERROR);
    }
}
