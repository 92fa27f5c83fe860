package vn.presswatch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.presswatch.crawler.dedup.StoryClusterer;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** Backfilling from a real (jwarc-written) archive into a real embedded store. */
class ArchiveImportTest {
    private static final Instant CAPTURED = Instant.parse("2025-08-18T03:30:00Z");

    @TempDir
    Path dir;
    private ArticleStore store;

    @BeforeEach
    void open() {
        store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void write(Path file, List<String[]> pages) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String[] page : pages) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page[1].getBytes(StandardCharsets.UTF_8))
                        .build();
                writer.write(new WarcResponse.Builder(page[0]).date(CAPTURED).body(http).build());
            }
        }
    }

    private ArchiveImport importer(ArchiveImport.Settings settings) {
        Source known = new Source("baohaiphong", "Báo Hải Phòng", "https://baohaiphong.vn/", List.of(), List.of(),
                List.of(), "VN", "vi", SourceLevel.LOCAL, Origin.DOMESTIC, true, true);
        return new ArchiveImport(new ArticleExtractor(ArticleExtractor.Settings.defaults()),
                new UrlCanonicalizer(UrlCanonicalizer.Settings.defaults()),
                new StoryClusterer(StoryClusterer.Settings.defaults()), List.of(known), ArticleSink.into(store),
                settings);
    }

    private static List<String[]> pages() {
        return List.of(
                new String[] {"https://baohaiphong.vn/kinh-te/cang-lach-huyen-don-tau-lon-123.html",
                    Pages.article("Cảng Lạch Huyện đón tàu container lớn nhất", "Sáng nay, cảng cửa ngõ quốc tế "
                            + "Hải Phòng tại Lạch Huyện đón tàu container có sức chở lớn nhất từ trước đến nay.",
                            "Sự kiện khẳng định vị thế của cảng biển Hải Phòng trong chuỗi logistics khu vực.")},
                new String[] {"https://www.example.com/world/vietnam-port-456",
                    Pages.article("Vietnam's northern port welcomes record ship", "The port of Haiphong received the "
                            + "largest container ship ever to call at a Vietnamese port, officials said.",
                            "The deep-water terminal at Lach Huyen has drawn investment from shipping lines.")},
                new String[] {"https://baohaiphong.vn/", "<html><body><nav><a href=\"/a\">Tin</a></nav></body></html>"});
    }

    @Test
    void archivedPagesAreStoredUnderTheirOutlet() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        write(warc, pages());

        ArchiveImport.Report report = importer(ArchiveImport.Settings.defaults()).importFile(warc);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.notArticles()).isEqualTo(1);
        assertThat(report.error()).isNull();
        assertThat(report.read()).startsWith("Đã đọc 3 trang");
        Article local = store.get(Article.idFor("https://baohaiphong.vn/kinh-te/cang-lach-huyen-don-tau-lon-123.html"))
                .orElseThrow();
        assertThat(local.sourceId()).isEqualTo("baohaiphong");
        assertThat(local.origin()).isEqualTo(Origin.DOMESTIC);
        assertThat(local.fetchedAt()).isEqualTo(CAPTURED);
        String canonical = new UrlCanonicalizer(UrlCanonicalizer.Settings.defaults())
                .canonicalize("https://www.example.com/world/vietnam-port-456");
        Article foreign = store.get(Article.idFor(canonical)).orElseThrow();
        assertThat(foreign.sourceId()).isEqualTo(ArchiveImport.ARCHIVE_SOURCE_ID);
        assertThat(foreign.origin()).isEqualTo(Origin.FOREIGN);

        // A second import of the same archive changes nothing.
        importer(ArchiveImport.Settings.defaults()).importFile(warc);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void filtersKeepOnlyKnownOutlets() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        write(warc, pages());
        ArchiveImport.Report report = importer(ArchiveImport.Settings.defaults().withFilter(true, List.of()))
                .importFile(warc);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.filtered()).isEqualTo(1);
        assertThat(report.notArticles()).isEqualTo(1);
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheCut() throws Exception {
        Path warc = dir.resolve("cut.warc.gz");
        write(warc, pages());
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length - 40));

        ArchiveImport.Report report = importer(ArchiveImport.Settings.defaults()).importFile(warc);
        assertThat(report.error()).contains("WARC");
        assertThat(report.stored()).isEqualTo(2);
        assertThat(store.count()).isEqualTo(2);
    }
}
