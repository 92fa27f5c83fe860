package vn.presswatch.crawler.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import vn.presswatch.crawler.feed.SitemapContent;
import vn.presswatch.crawler.feed.SitemapEntry;
import vn.presswatch.crawler.feed.SitemapReader;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;

/** The synthetic bulk articles, their sitemaps and paged feeds, and the never-changing feeds for benchmarks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkArticlesTest {

    private static final int ARTICLES = 2_500;
    private static final int FEEDS = 3;

    private SiteUnderTest under;
    private final SitemapReader sitemaps = new SitemapReader();
    private final FeedParser feeds = new FeedParser();

    @BeforeAll
    void start() {
        under = new SiteUnderTest(DemoPressSite.Settings.defaults()
                .withClock(Clock.fixed(SiteUnderTest.START, ZoneOffset.UTC)).withReleaseInterval(Duration.ZERO)
                .withBulk(ARTICLES, FEEDS), SiteUnderTest.fetchSettings());
    }

    @AfterAll
    void stop() {
        under.close();
    }

    @Test
    void sitemapIndexListsEveryArticleOnce() throws Exception {
        FetchResult index = under.fetch(under.site.bulkSitemapUrl());
        SitemapContent content = sitemaps.read(index.body(), index.contentType(), index.finalUrl());
        assertThat(content.isIndex()).isTrue();
        assertThat(content.childSitemaps()).hasSize(3);

        List<String> urls = new ArrayList<>();
        for (SitemapContent.ChildSitemap child : content.childSitemaps()) {
            FetchResult page = under.fetch(child.url());
            SitemapContent set = sitemaps.read(page.body(), page.contentType(), page.finalUrl());
            assertThat(set.warnings()).isEmpty();
            set.entries().stream().map(SitemapEntry::url).forEach(urls::add);
        }
        assertThat(urls).hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(urls.get(0)).isEqualTo(under.site.bulkArticle(0).url());
        assertThat(urls.get(ARTICLES - 1)).isEqualTo(under.site.bulkArticle(ARTICLES - 1).url());
    }

    @Test
    void aSmallBulkHasAPlainSitemapAndNoneWithoutBulk() throws Exception {
        try (SiteUnderTest small = new SiteUnderTest(under.site.settings().withBulk(40, 0),
                SiteUnderTest.fetchSettings())) {
            FetchResult fetched = small.fetch(small.site.bulkSitemapUrl());
            SitemapContent set = sitemaps.read(fetched.body(), fetched.contentType(), fetched.finalUrl());
            assertThat(set.isIndex()).isFalse();
            assertThat(set.entries()).hasSize(40);
        }
        try (SiteUnderTest none = SiteUnderTest.allVisible()) {
            assertThat(none.failure(none.site.bulkSitemapUrl()).status()).isEqualTo(404);
            assertThat(none.site.bulkFeedPageUrls()).isEmpty();
        }
    }

    @Test
    void articlesExtractWithUniqueTitlesAndPlausibleLength() {
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.Settings.defaults());
        for (int i : new int[] {0, 1, 2, 3, 777, ARTICLES - 1}) {
            DemoArticle expected = under.site.bulkArticle(i);
            FetchResult fetched = under.fetch(expected.url());
            ExtractedArticle article = extractor.extract(new String(fetched.body(), UTF_8), expected.url(), under.now());
            assertThat(article.title()).isEqualTo(expected.title());
            assertThat(article.lead()).isEqualTo(expected.lead());
            for (String paragraph : expected.paragraphs()) {
                assertThat(article.text()).contains(paragraph);
            }
            assertThat(article.published().toInstant()).isEqualTo(expected.published().toInstant());
            int words = BulkArticles.words(expected.text());
            assertThat(words).isBetween(300, 620);
        }
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(titles.add(under.site.bulkArticle(i).title())).as("title of %d is unique", i).isTrue();
        }
        assertThat(BulkArticles.title(123_456)).isNotEqualTo(BulkArticles.title(23_456));
    }

    @Test
    void articlesAreTheSameOnEverySiteWithTheSameStart() throws Exception {
        try (SiteUnderTest twin = new SiteUnderTest(under.site.settings(), SiteUnderTest.fetchSettings())) {
            for (int i : new int[] {5, 1_234}) {
                DemoArticle mine = under.site.bulkArticle(i);
                DemoArticle theirs = twin.site.bulkArticle(i);
                assertThat(theirs.title()).isEqualTo(mine.title());
                assertThat(theirs.paragraphs()).isEqualTo(mine.paragraphs());
                assertThat(theirs.published()).isEqualTo(mine.published());
            }
        }
    }

    @Test
    void pagedFeedsListTheArticlesNewestFirst() throws FeedParseException {
        List<String> pages = under.site.bulkFeedPageUrls();
        assertThat(pages).hasSize(ARTICLES / BulkRoutes.FEED_PAGE);
        FetchResult second = under.fetch(pages.get(1));
        ParsedFeed feed = feeds.parse(second.body(), second.headerCharset(), second.finalUrl(), under.now());
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.items()).hasSize(BulkRoutes.FEED_PAGE);
        assertThat(feed.items().get(0).url()).isEqualTo(under.site.bulkArticle(BulkRoutes.FEED_PAGE).url());
        assertThat(feed.items()).extracting(FeedItem::published).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void unchangedFeedsAnswer304() throws FeedParseException {
        List<String> urls = under.site.unchangedFeedUrls();
        assertThat(urls).hasSize(FEEDS);
        for (String url : urls) {
            FetchResult first = under.fetch(url);
            assertThat(feeds.parse(first.body(), first.headerCharset(), url, under.now()).items()).hasSize(5);
            assertThat(under.fetch(new FetchRequest(url, first.etag(), null)).notModified()).isTrue();
            assertThat(under.fetch(new FetchRequest(url, null, first.lastModified())).notModified()).isTrue();
            assertThat(under.fetch(url).body()).isEqualTo(first.body());
        }
        assertThat(under.failure(under.site.url("/bulk/feeds/" + FEEDS + ".xml")).status()).isEqualTo(404);
    }
}
