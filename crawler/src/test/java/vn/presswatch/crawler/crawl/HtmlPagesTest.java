package vn.presswatch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.presswatch.crawler.demo.DemoArticle;
import vn.presswatch.crawler.demo.DemoPressSite;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.extract.ExtractedArticle;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.crawler.fetch.FetchSettings;
import vn.presswatch.crawler.fetch.HttpFetcher;
import vn.presswatch.crawler.url.AddressGuard;

class HtmlPagesTest {

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void aGzipBodyIsInflatedBeforeItsCharsetIsSniffed() throws IOException {
        // windows-1258 declared only in the page itself: the meta tag can be read only once the body is inflated.
        // The tones are combining marks after the base letter, as windows-1258 writes them.
        String haiPhong = "Ha\u0309i Pho\u0300ng";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                + "<title>" + haiPhong + "</title></head><body><p>Tin " + haiPhong + "</p></body></html>";
        byte[] body = gzip(html.getBytes("windows-1258"));

        Document page = HtmlPages.parse(body, "text/html", "https://baohaiphong.example/tin.html");

        assertThat(page.title()).isEqualTo("Hải Phòng");
        assertThat(page.body().text()).isEqualTo("Tin Hải Phòng");
        assertThat(page.location()).isEqualTo("https://baohaiphong.example/tin.html");
    }

    @Test
    void aPlainBodyIsReadAsBefore() {
        Document page = HtmlPages.parse("<title>Đồ Sơn</title>".getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                "https://doson.example/");

        assertThat(page.title()).isEqualTo("Đồ Sơn");
    }

    @Test
    void aCorruptGzipBodyIsAnErrorNotAPageOfGarbage() throws IOException {
        byte[] body = gzip("<title>Hải Phòng</title>".getBytes(StandardCharsets.UTF_8));
        Arrays.fill(body, 10, body.length, (byte) 0xff);

        assertThatThrownBy(() -> HtmlPages.parse(body, "text/html", "https://baohaiphong.example/hong.html"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("https://baohaiphong.example/hong.html")
                .hasMessageContaining("gzip");
    }

    @Test
    void theDemoSitesUnlabelledGzipPageBecomesItsArticle() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (DemoPressSite site = new DemoPressSite(DemoPressSite.Settings.defaults().withReleaseInterval(Duration.ZERO))
                .start();
             HttpFetcher fetcher = new HttpFetcher(vertx, FetchSettings.defaults("mailto:test@presswatch.invalid")
                     .withHostDelay(Duration.ZERO), new AddressGuard(new AddressGuard.Settings(true, false)))) {
            DemoArticle expected = site.misbehavingArticles().get(2);
            FetchResult fetched = fetcher.fetch(FetchRequest.of(site.url("/bad/gzip-unlabelled.html")))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertThat(fetched.body()[0]).as("still gzip after HTTP decoding").isEqualTo((byte) 0x1f);

            ExtractedArticle article = new ArticleExtractor(ArticleExtractor.Settings.defaults())
                    .extract(HtmlPages.parse(fetched), ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")));

            assertThat(article.title()).isEqualTo(expected.title());
            assertThat(article.lead()).isEqualTo(expected.lead());
            assertThat(article.text()).contains(expected.paragraphs().get(0));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
