package vn.presswatch.crawler.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.presswatch.crawler.feed.FeedItem;
import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.feed.FeedParser;
import vn.presswatch.crawler.feed.ParsedFeed;
import vn.presswatch.crawler.feed.SitemapContent;
import vn.presswatch.crawler.feed.SitemapEntry;
import vn.presswatch.crawler.feed.SitemapReader;
import vn.presswatch.crawler.fetch.FetchException;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Each demo source, fetched and read with the project's fetcher, feed parser and sitemap reader, lists exactly the
 * outlet's articles with their titles and times, newest first; section pages give them through the source's CSS
 * selector.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFeedsTest {

    private SiteUnderTest under;
    private final FeedParser feeds = new FeedParser();
    private final SitemapReader sitemaps = new SitemapReader();

    @BeforeAll
    void start() {
        under = SiteUnderTest.allVisible();
    }

    @AfterAll
    void stop() {
        under.close();
    }

    private Source source(String id) {
        return under.site.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private List<DemoArticle> newestFirst(DemoOutlet outlet) {
        return under.site.articles().stream().filter(a -> a.outlet() == outlet)
                .sorted(Comparator.comparing(DemoArticle::published).reversed()).toList();
    }

    @Test
    void sourcesDescribeTheOutletsWithAddressesOnTheRunningSite() {
        List<Source> sources = under.site.sources();
        assertThat(sources).extracting(Source::id).containsExactly("demo-thoisu", "demo-haiphong", "demo-quocte",
                "demo-observer", "demo-doson", "demo-baoloi");
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.enabled()).isTrue();
            assertThat(s.verified()).isTrue();
            assertThat(s.homepage()).startsWith(under.site.baseUrl() + "/");
            assertThat(s.pollUrls()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(under.site.baseUrl() + "/"));
        });
        assertThat(source("demo-quocte").origin()).isEqualTo(Origin.FOREIGN);
        assertThat(source("demo-observer").language()).isEqualTo("en");
        assertThat(source("demo-haiphong").level()).isEqualTo(SourceLevel.LOCAL);
        assertThat(source("demo-doson").level()).isEqualTo(SourceLevel.GOVERNMENT_PORTAL);
        assertThat(source("demo-doson").feedUrls()).isEmpty();
        assertThat(source("demo-haiphong").sitemapUrls()).hasSize(1);
        assertThat(source("demo-haiphong").sectionPages()).isNotEmpty();
        assertThat(source("demo-baoloi").feedUrls()).allSatisfy(u -> assertThat(u).contains("/bad/"));
    }

    @Test
    void everyFeedListsItsOutletsArticlesNewestFirst() throws FeedParseException {
        for (String id : List.of("demo-thoisu", "demo-haiphong", "demo-quocte", "demo-observer")) {
            Source source = source(id);
            DemoOutlet outlet = DemoOutlet.valueOf(id.substring(5).toUpperCase(java.util.Locale.ROOT));
            for (String feedUrl : source.feedUrls()) {
                FetchResult fetched = under.fetch(feedUrl);
                ParsedFeed feed = feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(), under.now());
                List<DemoArticle> expected = newestFirst(outlet);

                assertThat(feed.warnings()).as(feedUrl).isEmpty();
                assertThat(feed.link()).isEqualTo(source.homepage());
                assertThat(feed.items()).extracting(FeedItem::url).as(feedUrl)
                        .containsExactlyElementsOf(expected.stream().map(DemoArticle::url).toList());
                assertThat(feed.items()).extracting(FeedItem::title)
                        .containsExactlyElementsOf(expected.stream().map(DemoArticle::title).toList());
                assertThat(feed.items()).extracting(FeedItem::published)
                        .containsExactlyElementsOf(expected.stream().map(a -> a.published().toInstant()).toList());
                assertThat(feed.items()).extracting(FeedItem::summary)
                        .containsExactlyElementsOf(expected.stream().map(DemoArticle::lead).toList());
            }
        }
    }

    @Test
    void newsSitemapListsTheLastTwoDaysWithNewsFields() throws FeedParseException {
        String url = source("demo-haiphong").sitemapUrls().get(0);
        FetchResult fetched = under.fetch(url);
        SitemapContent sitemap = sitemaps.read(fetched.body(), fetched.contentType(), url);
        List<DemoArticle> expected = newestFirst(DemoOutlet.HAIPHONG).stream()
                .filter(a -> a.published().toInstant().isAfter(under.site.startedAt().minus(Duration.ofDays(2))))
                .toList();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sitemap.isIndex()).isFalse();
        assertThat(sitemap.warnings()).isEmpty();
        assertThat(sitemap.entries()).extracting(SitemapEntry::url)
                .containsExactlyElementsOf(expected.stream().map(DemoArticle::url).toList());
        assertThat(sitemap.entries()).extracting(SitemapEntry::newsTitle)
                .containsExactlyElementsOf(expected.stream().map(DemoArticle::title).toList());
        assertThat(sitemap.entries()).extracting(SitemapEntry::newsPublished)
                .containsExactlyElementsOf(expected.stream().map(a -> a.published().toInstant()).toList());
        assertThat(sitemap.entries()).extracting(SitemapEntry::newsLanguage).containsOnly("vi");
    }

    @Test
    void sectionPagesGiveTheirArticlesThroughTheSourcesSelector() {
        Map<String, DemoArticle> byUrl = under.site.articles().stream()
                .collect(Collectors.toMap(DemoArticle::url, Function.identity()));
        for (String id : List.of("demo-haiphong", "demo-doson")) {
            Source source = source(id);
            int found = 0;
            for (Source.SectionPage section : source.sectionPages()) {
                FetchResult fetched = under.fetch(section.url());
                List<String> links = Jsoup.parse(new String(fetched.body(), UTF_8), fetched.finalUrl())
                        .select(section.linkSelector()).eachAttr("abs:href");
                String sectionPath = section.url().substring(under.site.baseUrl().length());
                List<String> expected = under.site.articles().stream()
                        .filter(a -> SiteContent.sectionPath(a.outlet(), a.section()).equals(sectionPath))
                        .sorted(Comparator.comparing(DemoArticle::published).reversed())
                        .map(DemoArticle::url).toList();
                assertThat(links).as(section.url()).isNotEmpty().containsExactlyElementsOf(expected);
                assertThat(links).allSatisfy(l -> assertThat(byUrl).containsKey(l));
                found += links.size();
            }
            DemoOutlet outlet = DemoOutlet.valueOf(id.substring(5).toUpperCase(java.util.Locale.ROOT));
            assertThat(found).isEqualTo(newestFirst(outlet).size());
        }
    }

    @Test
    void homePagesAndTheIndexAnswer() {
        for (Source source : under.site.sources()) {
            FetchResult home = under.fetch(source.homepage());
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.contentType()).startsWith("text/html");
            assertThat(new String(home.body(), UTF_8)).contains(source.name());
        }
        assertThat(new String(under.fetch(under.site.url("/")).body(), UTF_8))
                .contains("Trang báo demo của presswatch", "/bad/redirect-loop");
        // A home page asked for without its trailing slash redirects, as web servers do for directories.
        assertThat(under.fetch(under.site.url("/haiphong")).redirects()).containsExactly(under.site.url("/haiphong/"));
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfPrivate() {
        String robots = new String(under.fetch(under.site.url("/robots.txt")).body(), UTF_8);
        assertThat(robots).contains("User-agent: *", "Disallow: /private/");

        FetchException refused = under.failure(under.site.url("/private/index.html"));
        assertThat(refused.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
    }

    @Test
    void unknownAddressesAre404() {
        FetchException missing = under.failure(under.site.url("/haiphong/kinh-te/khong-co-bai-nay-1.html"));
        assertThat(missing.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS);
        assertThat(missing.status()).isEqualTo(404);
    }
}
