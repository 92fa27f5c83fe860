package vn.presswatch.crawler.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.extract.ExtractedArticle;
import vn.presswatch.crawler.feed.FeedItem;
import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.feed.FeedParser;
import vn.presswatch.crawler.feed.ParsedFeed;
import vn.presswatch.crawler.fetch.FetchException;
import vn.presswatch.crawler.fetch.FetchException.Reason;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.store.Source;

/** Each {@code /bad/} endpoint fails a crawl in the way it is meant to, as the project's own parts see it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MisbehavingEndpointsTest {

    private SiteUnderTest under;
    private final FeedParser feeds = new FeedParser();

    @BeforeAll
    void start() {
        // Short limits so the slow and huge endpoints fail fast: 2 s per response, 1 MB per body.
        under = new SiteUnderTest(SiteUnderTest.allVisible().site.settings(),
                SiteUnderTest.fetchSettings().withLimits(Duration.ofSeconds(2), 1024 * 1024, 5));
    }

    @AfterAll
    void stop() {
        under.close();
    }

    private String url(String path) {
        return under.site.url(path);
    }

    @Test
    void slowResponseTimesOut() {
        assertThat(under.failure(url(MisbehavingRoutes.SLOW)).reason()).isEqualTo(Reason.TIMEOUT);
    }

    @Test
    void hugeResponseIsCutOff() {
        assertThat(under.failure(url(MisbehavingRoutes.HUGE)).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void redirectLoopIsSeen() {
        assertThat(under.failure(url(MisbehavingRoutes.REDIRECT_LOOP)).reason()).isEqualTo(Reason.REDIRECT_LOOP);
    }

    @Test
    void redirectChainIsTooLongForFiveHopsButEndsAfterTen() {
        assertThat(under.failure(url(MisbehavingRoutes.REDIRECT_CHAIN)).reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);

        try (SiteUnderTest patient = new SiteUnderTest(under.site.settings(),
                SiteUnderTest.fetchSettings().withLimits(Duration.ofSeconds(10), 1024 * 1024, 10))) {
            FetchResult end = patient.fetch(patient.site.url(MisbehavingRoutes.REDIRECT_CHAIN));
            assertThat(end.status()).isEqualTo(200);
            assertThat(end.redirects()).hasSize(MisbehavingRoutes.REDIRECT_CHAIN_LENGTH);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void errorStatuses() {
        FetchException error = under.failure(url(MisbehavingRoutes.SERVER_ERROR));
        assertThat(error.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(error.status()).isEqualTo(500);

        FetchException busy = under.failure(url(MisbehavingRoutes.UNAVAILABLE));
        assertThat(busy.reason()).isEqualTo(Reason.RATE_LIMITED);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(120));

        FetchException missing = under.failure(url(MisbehavingRoutes.NOT_FOUND));
        assertThat(missing.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void windows1258PageMislabelledAsUtf8() throws CharacterCodingException {
        DemoArticle expected = under.site.misbehavingArticles().get(0);
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.MISLABELLED_1258));

        assertThat(fetched.headerCharset()).isEqualToIgnoringCase("utf-8");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(fetched.body()))).isInstanceOf(CharacterCodingException.class);
        String text = Normalizer.normalize(new String(fetched.body(), Windows1258.CHARSET), Normalizer.Form.NFC);
        assertThat(text).contains(expected.title(), expected.lead(), expected.paragraphs().get(0));
    }

    @Test
    void windows1258PageLabelledByMetaTagReadsCorrectly() throws IOException {
        DemoArticle expected = under.site.misbehavingArticles().get(1);
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.LABELLED_1258));
        assertThat(fetched.headerCharset()).isNull();

        // The page's own declaration, as a browser or Jsoup reads it.
        var page = Jsoup.parse(new ByteArrayInputStream(fetched.body()), null, fetched.finalUrl());
        ExtractedArticle article = new ArticleExtractor(ArticleExtractor.Settings.defaults()).extract(page, under.now());
        assertThat(article.title()).isEqualTo(expected.title());
        assertThat(article.lead()).isEqualTo(expected.lead());
        assertThat(article.text()).contains(expected.paragraphs().get(0));
    }

    @Test
    void gzipBodyLabelledDeflate() {
        FetchException failure = under.failure(url(MisbehavingRoutes.GZIP_WRONG_ENCODING));
        assertThat(failure.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(failure.getMessage()).contains("could not be decompressed");
        assertThat(failure.vietnameseMessage()).startsWith("Nội dung nén bị lỗi hoặc sai khai báo nén: ");
    }

    @Test
    void gzipBodyWithoutContentEncoding() throws IOException {
        DemoArticle expected = under.site.misbehavingArticles().get(2);
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.GZIP_UNLABELLED));

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()[0]).isEqualTo((byte) 0x1f);
        assertThat(fetched.body()[1]).isEqualTo((byte) 0x8b);
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(fetched.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(expected.title(), expected.lead());
        }
    }

    @Test
    void brokenFeedIsReadAfterRepair() throws FeedParseException {
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.BROKEN_FEED));
        ParsedFeed feed = feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now());
        List<DemoArticle> articles = under.site.misbehavingArticles();

        assertThat(feed.warnings()).anySatisfy(w -> assertThat(w).contains("repaired"));
        assertThat(feed.title()).isEqualTo("Báo Lỗi - Tin mới & nóng");
        assertThat(feed.items()).hasSize(articles.size() + 1);
        assertThat(feed.items().get(0).title()).isEqualTo("Nóng: " + articles.get(0).title());
        assertThat(feed.items().get(0).summary()).startsWith(articles.get(0).lead());
        assertThat(feed.items().get(1).title()).isEqualTo(articles.get(1).title() + " & bình luận");
        assertThat(feed.items().get(1).summary()).endsWith("Giá < 200.000 đồng");
        assertThat(feed.items().get(2).title()).isEqualTo(articles.get(2).title() + " (ảnh)");
        assertThat(feed.items()).extracting(FeedItem::url).startsWith(articles.get(0).url(), articles.get(1).url());
        assertThat(feed.items().get(2).url()).startsWith(articles.get(2).url() + "?utm_source=rss");
        assertThat(feed.items()).extracting(FeedItem::published).startsWith(articles.get(0).published().toInstant());
        assertThat(feed.items().get(3).url()).isEqualTo(url(MisbehavingRoutes.NOT_FOUND));
    }

    @Test
    void feedWithUnclosedTagsIsReadLeniently() throws FeedParseException {
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.UNCLOSED_TAGS));
        List<DemoArticle> articles = under.site.misbehavingArticles();

        ParsedFeed feed = feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now());

        assertThat(feed.warnings()).anySatisfy(w -> assertThat(w).startsWith("feed read leniently"));
        assertThat(feed.title()).isEqualTo("Báo Lỗi - Tin nóng");
        assertThat(feed.items()).extracting(FeedItem::url)
                .containsExactlyElementsOf(articles.stream().map(DemoArticle::url).toList());
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactlyElementsOf(articles.stream().map(DemoArticle::title).toList());
        assertThat(feed.items()).extracting(FeedItem::summary)
                .containsExactlyElementsOf(articles.stream().map(DemoArticle::lead).toList());
    }

    @Test
    void feedWithDuplicateGuidsAndRelativeLinks() throws FeedParseException {
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.DUPLICATE_GUIDS));
        ParsedFeed feed = feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now());

        assertThat(feed.items()).extracting(FeedItem::url)
                .containsExactlyElementsOf(under.site.misbehavingArticles().stream().map(DemoArticle::url).toList());
        assertThat(feed.items()).extracting(FeedItem::guid).containsOnly("baoloi-tin-1");
        assertThat(feed.link()).isEqualTo(url("/baoloi/"));
    }

    @Test
    void htmlErrorPageInsteadOfAFeed() {
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.NOT_A_FEED));
        assertThat(fetched.status()).isEqualTo(200);
        assertThatThrownBy(() -> feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now()))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("HTML page").hasMessageContaining("Lỗi hệ "
                        + "thống");
    }

    @Test
    void emptyBody() {
        FetchResult fetched = under.fetch(url(MisbehavingRoutes.EMPTY));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEmpty();
        assertThatThrownBy(() -> feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now()))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("empty");
    }

    @Test
    void theBaoLoiSourcePointsAtFailingAddresses() {
        Source baoLoi = under.site.sources().stream().filter(s -> s.id().equals("demo-baoloi")).findFirst().orElseThrow();
        assertThat(baoLoi.enabled()).isTrue();
        assertThat(baoLoi.feedUrls()).contains(url(MisbehavingRoutes.BROKEN_FEED), url(MisbehavingRoutes.NOT_A_FEED),
                url(MisbehavingRoutes.UNCLOSED_TAGS), url(MisbehavingRoutes.EMPTY), url(MisbehavingRoutes.UNAVAILABLE));
        assertThat(under.failure(baoLoi.sitemapUrls().get(0)).reason()).isEqualTo(Reason.REDIRECT_LOOP);
    }
}
