package vn.presswatch.crawler.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.crawler.feed.FeedItem;
import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.feed.FeedParser;
import vn.presswatch.crawler.feed.ParsedFeed;
import vn.presswatch.crawler.fetch.FetchException;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;

/**
 * Held-back articles appear one by one as the site's clock passes their release time: in their outlet's feed (whose
 * validators change then, and only then), its listings, and at their own address.
 */
class LiveReleaseTest {

    private static final Duration INTERVAL = Duration.ofSeconds(20);

    private final SteppedClock clock = new SteppedClock(SiteUnderTest.START);
    private SiteUnderTest under;
    private final FeedParser feeds = new FeedParser();

    @BeforeEach
    void start() {
        under = new SiteUnderTest(DemoPressSite.Settings.defaults().withClock(clock).withReleaseInterval(INTERVAL),
                SiteUnderTest.fetchSettings());
    }

    @AfterEach
    void stop() {
        under.close();
    }

    private ParsedFeed parse(FetchResult fetched) throws FeedParseException {
        return feeds.parse(fetched.body(), fetched.headerCharset(), fetched.finalUrl(),
                clock.instant().atZone(SiteUnderTest.VIETNAM));
    }

    @Test
    void releasesAppearOneByOneAndChangeOnlyTheirOutletsFeed() throws FeedParseException {
        List<DemoArticle> live = under.site.liveArticles();
        assertThat(live).hasSizeGreaterThanOrEqualTo(3);
        assertThat(live).extracting(DemoArticle::releaseOrder).containsExactly(1, 2, 3);
        DemoArticle first = live.get(0);
        String feedUrl = under.site.url(first.outlet() == DemoOutlet.HAIPHONG ? HaiPhongTemplate.FEED_PATH
                : ThoiSuTemplate.FEED_PATH);
        String otherFeedUrl = under.site.url(ObserverTemplate.FEED_PATH);
        assertThat(live).noneMatch(a -> a.outlet() == DemoOutlet.OBSERVER);

        FetchResult before = under.fetch(feedUrl);
        FetchResult otherBefore = under.fetch(otherFeedUrl);
        assertThat(parse(before).items()).extracting(FeedItem::url).doesNotContain(first.url());
        assertThat(under.failure(first.url()).status()).isEqualTo(404);
        assertThat(under.site.visibleArticles()).doesNotContain(first);

        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(under.fetch(new FetchRequest(feedUrl, before.etag(), null)).notModified()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        FetchResult after = under.fetch(new FetchRequest(feedUrl, before.etag(), before.lastModified()));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(after.lastModified()).isNotEqualTo(before.lastModified());
        List<FeedItem> items = parse(after).items();
        assertThat(items.get(0).url()).isEqualTo(first.url());
        assertThat(items.get(0).published()).isEqualTo(under.site.releaseTime(1));
        assertThat(items).hasSize(parse(before).items().size() + 1);
        assertThat(under.fetch(first.url()).status()).isEqualTo(200);
        assertThat(under.site.visibleArticles()).contains(first);

        assertThat(under.fetch(new FetchRequest(feedUrl, after.etag(), null)).notModified()).isTrue();
        assertThat(under.fetch(new FetchRequest(otherFeedUrl, otherBefore.etag(), null)).notModified())
                .as("a feed without releases keeps its validators").isTrue();

        clock.advance(INTERVAL.multipliedBy(10));
        for (DemoArticle a : live) {
            assertThat(under.fetch(a.url()).status()).isEqualTo(200);
        }
        assertThat(under.site.visibleArticles()).hasSize(under.site.articleCount());
    }

    @Test
    void listingsShowAReleaseOnceItIsOut() {
        DemoArticle first = under.site.liveArticles().get(0);
        String section = under.site.url(SiteContent.sectionPath(first.outlet(), first.section()));
        String home = under.site.url(first.outlet().pathPrefix());

        assertThat(body(section)).doesNotContain(first.title());
        assertThat(body(home)).doesNotContain(first.title());
        clock.advance(INTERVAL);
        assertThat(body(section)).contains(first.title());
        assertThat(body(home)).contains(first.title());
    }

    @Test
    void beforeTheStartNothingIsReleasedAndAZeroIntervalReleasesEverything() throws Exception {
        FetchException notYet = under.failure(under.site.liveArticles().get(2).url());
        assertThat(notYet.status()).isEqualTo(404);

        try (SiteUnderTest all = SiteUnderTest.allVisible()) {
            for (DemoArticle a : all.site.liveArticles()) {
                assertThat(all.fetch(a.url()).status()).isEqualTo(200);
                assertThat(a.published().toInstant()).isBefore(all.site.startedAt());
            }
        }
    }

    private String body(String url) {
        return new String(under.fetch(url).body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
