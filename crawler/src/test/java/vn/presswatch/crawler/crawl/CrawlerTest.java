package vn.presswatch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.crawler.url.AddressGuard;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** The crawl loop against a real loopback site and a real embedded store. */
class CrawlerTest {
    @TempDir
    Path dir;

    private Vertx vertx;
    private TestSite site;
    private ArticleStore store;
    private final List<Crawler> crawlers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        site = new TestSite();
        store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")));
    }

    @AfterEach
    void stop() throws Exception {
        crawlers.forEach(Crawler::close);
        store.close();
        site.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private Crawler crawler(ArticleSink sink, CrawlSettings crawl) {
        Crawler.Settings settings = Crawler.Settings.defaults("mailto:test@example.vn").withCrawl(crawl)
                .withAddresses(new AddressGuard.Settings(true, false));
        settings = settings.withFetch(settings.fetch().withHostDelay(Duration.ZERO));
        Crawler crawler = new Crawler(vertx, store, sink, settings, Clock.systemUTC());
        crawlers.add(crawler);
        return crawler;
    }

    private Crawler crawler() {
        return crawler(ArticleSink.into(store), CrawlSettings.defaults());
    }

    private static CrawlReport once(Crawler crawler) throws Exception {
        return crawler.crawlOnce(CrawlListener.NONE).toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
    }

    private Source source(String id, List<String> feeds, List<String> sitemaps, List<Source.SectionPage> sections,
                          SourceLevel level) {
        Source s = new Source(id, "Báo " + id, site.url("/"), feeds, sitemaps, sections, "VN", "vi", level,
                Origin.DOMESTIC, true, true);
        store.sources().put(s);
        return s;
    }

    /** Three articles listed in an RSS feed at /rss, which honours If-None-Match. */
    private List<String> threeArticles() {
        List<String[]> items = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        String[] titles = {"Hải Phòng đón 2 triệu lượt khách du lịch", "Khánh thành cầu mới qua sông Cấm",
            "Ngư dân Cát Hải vươn khơi bám biển"};
        for (int i = 0; i < titles.length; i++) {
            String path = "/tin/bai-" + (i + 1) + ".html";
            site.html(path, Pages.article(titles[i], "Sa pô của bài " + (i + 1) + " về thành phố cảng Hải Phòng trong tuần qua.",
                    "Nội dung bài viết số " + (i + 1) + " về thành phố Hải Phòng với nhiều thông tin đáng chú ý."));
            urls.add(site.url(path));
            items.add(new String[] {site.url(path), titles[i]});
        }
        site.feed("/rss", Pages.rss(items), "\"v1\"");
        return urls;
    }

    @Test
    void storesListedArticlesOnceAndPollsUnchangedFeedsWithConditionalGet() throws Exception {
        List<String> urls = threeArticles();
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler();

        CrawlReport first = once(crawler);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(store.count()).isEqualTo(3);
        Article stored = store.get(Article.idFor(urls.get(0))).orElseThrow();
        assertThat(stored.title()).isEqualTo("Hải Phòng đón 2 triệu lượt khách du lịch");
        assertThat(stored.lead()).contains("Sa pô của bài 1");
        assertThat(stored.text()).contains("Nội dung bài viết số 1");
        assertThat(stored.sourceId()).isEqualTo("baothu");
        assertThat(stored.publishedAt()).isEqualTo(Pages.PUBLISHED);
        assertThat(stored.contentHash()).startsWith("sha256:");
        assertThat(stored.clusterId()).isNotNull();

        CrawlState state = store.crawlStates().get("baothu").orElseThrow();
        assertThat(state.url(site.url("/rss")).etag()).isEqualTo("\"v1\"");
        assertThat(state.lastSuccess()).isNotNull();
        assertThat(state.consecutiveFailures()).isZero();

        site.clearLog();
        PollOutcome second = once(crawler).outcomes().get(0);
        assertThat(second.listingsUnchanged()).isEqualTo(1);
        assertThat(second.newItems()).isZero();
        assertThat(site.hits("/tin/bai-1.html")).isZero();
    }

    @Test
    void anUnchangedBodyIsRecognisedWhenTheServerIgnoresValidators() throws Exception {
        threeArticles();
        site.put("/rss", 200, "application/rss+xml", Pages.rss(List.<String[]>of(new String[] {site.url("/tin/bai-1.html"),
            "Hải Phòng đón khách"})), "\"always-new\"", false, Map.of());
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler();
        assertThat(once(crawler).stored()).isEqualTo(1);

        PollOutcome again = once(crawler).outcomes().get(0);
        assertThat(again.listingsUnchanged()).isEqualTo(1);
        assertThat(again.newItems()).isZero();
    }

    @Test
    void aStoreOutageLosesNothing() throws Exception {
        threeArticles();
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        AtomicBoolean down = new AtomicBoolean(true);
        ArticleSink flaky = articles -> {
            if (down.get()) {
                throw new IllegalStateException("disk full");
            }
            store.upsert(articles);
        };
        Crawler crawler = crawler(flaky, CrawlSettings.defaults());

        PollOutcome failed = once(crawler).outcomes().get(0);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.state().lastError()).startsWith("Không lưu được bài viết").contains("disk full");
        assertThat(store.count()).isZero();
        // The feed's validators did not advance, or the next poll would get a 304 and never see the items again.
        assertThat(store.crawlStates().get("baothu").orElseThrow().url(site.url("/rss")).etag()).isNull();

        down.set(false);
        PollOutcome recovered = once(crawler).outcomes().get(0);
        assertThat(recovered.stored()).isEqualTo(3);
        assertThat(recovered.state().consecutiveFailures()).isZero();
        assertThat(recovered.state().lastError()).isNull();
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void anArticleThatFailsForNowIsFetchedOnTheNextPoll() throws Exception {
        List<String> urls = threeArticles();
        String page3 = "/tin/bai-3.html";
        site.put(page3, 503, "text/html", "bận", null, false, Map.of());
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler();

        PollOutcome first = once(crawler).outcomes().get(0);
        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.failedItems()).isEqualTo(1);
        assertThat(first.failed()).isFalse();

        site.html(page3, Pages.article("Ngư dân Cát Hải vươn khơi bám biển", "Sa pô của bài 3 về ngư dân thành phố cảng Hải Phòng.",
                "Nội dung bài viết số 3 về ngư dân bám biển, giữ vững chủ quyền biển đảo của Tổ quốc."));
        PollOutcome second = once(crawler).outcomes().get(0);
        assertThat(second.listingsUnchanged()).isZero();
        assertThat(second.stored()).isEqualTo(1);
        assertThat(store.exists(Article.idFor(urls.get(2)))).isTrue();
        // Now everything is stored, the validators advance and the feed is polled conditionally.
        assertThat(once(crawler).outcomes().get(0).listingsUnchanged()).isEqualTo(1);
    }

    @Test
    void thePerPollLimitLeavesTheRestForTheNextPoll() throws Exception {
        threeArticles();
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler(ArticleSink.into(store), CrawlSettings.defaults().withLimits(2, 8, 4, 50));

        PollOutcome first = once(crawler).outcomes().get(0);
        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.deferred()).isEqualTo(1);
        PollOutcome second = once(crawler).outcomes().get(0);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void sitemapIndexesAndSectionPagesAreRead() throws Exception {
        threeArticles();
        site.put("/sitemap.xml", 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>",
                null, false, Map.of());
        site.put("/sitemap-news.xml", 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + site.url("/tin/bai-1.html") + "</loc></url></urlset>", null, false, Map.of());
        site.html("/chuyen-muc/bien-dao", "<html><body><div class=\"list\"><div class=\"story\"><h3><a href=\""
                + "/tin/bai-2.html\">Bài 2</a></h3></div><div class=\"story\"><h3><a href=\"/tin/bai-3.html\">Bài 3"
                + "</a></h3></div></div><div class=\"side\"><a href=\"/quang-cao\">Quảng cáo</a></div></body></html>");
        source("baothu", List.of(), List.of(site.url("/sitemap.xml")),
                List.of(new Source.SectionPage(site.url("/chuyen-muc/bien-dao"), ".story h3 a")), SourceLevel.LOCAL);

        CrawlReport report = once(crawler());
        assertThat(report.stored()).isEqualTo(3);
        assertThat(site.hits("/quang-cao")).isZero();
        assertThat(report.outcomes().get(0).listingsPolled()).isEqualTo(3);
    }

    @Test
    void aSelectorThatMatchesNothingIsAnErrorNotASilentGap() throws Exception {
        site.html("/chuyen-muc", "<html><body><p>Trang đã đổi giao diện</p></body></html>");
        source("baothu", List.of(), List.of(), List.of(new Source.SectionPage(site.url("/chuyen-muc"), ".story a")),
                SourceLevel.LOCAL);
        PollOutcome outcome = once(crawler()).outcomes().get(0);
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.state().lastError()).contains(".story a").contains("matched nothing");
    }

    @Test
    void repeatedFailuresBackOffAndFinallySwitchTheSourceOff() throws Exception {
        site.put("/rss", 500, "text/html", "lỗi máy chủ", null, false, Map.of());
        Source unverified = source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL)
                .withVerified(false);
        store.sources().put(unverified);
        Crawler crawler = crawler(ArticleSink.into(store), CrawlSettings.defaults().withFailures(
                Duration.ofMinutes(5), 3));

        PollOutcome first = once(crawler).outcomes().get(0);
        assertThat(first.failed()).isTrue();
        assertThat(first.state().consecutiveFailures()).isEqualTo(1);
        assertThat(first.state().lastError()).contains("chưa từng được kiểm chứng").contains("HTTP 500");
        Instant firstRetry = first.state().url(site.url("/rss")).nextPoll();
        assertThat(firstRetry).isAfter(Instant.now().plus(Duration.ofMinutes(4)));

        PollOutcome second = once(crawler).outcomes().get(0);
        assertThat(second.state().url(site.url("/rss")).nextPoll())
                .isAfter(Instant.now().plus(Duration.ofMinutes(9)));
        PollOutcome third = once(crawler).outcomes().get(0);
        assertThat(third.state().consecutiveFailures()).isEqualTo(3);
        assertThat(third.state().autoDisabled()).isTrue();
        assertThat(third.state().lastError()).contains("tự động tạm dừng sau 3 lần lỗi");
        crawler.refresh();
        assertThat(store.sources().get("baothu").orElseThrow().enabled()).isFalse();
        assertThat(once(crawler).outcomes()).isEmpty();

        // An editor switches it back on with a reset state (as the application's SourceService does): the next
        // failure is the first of a new count, not the fourth.
        store.sources().put(store.sources().get("baothu").orElseThrow().withEnabled(true));
        store.crawlStates().put(CrawlState.initial("baothu"));
        crawler.resetState("baothu");
        PollOutcome again = once(crawler).outcomes().get(0);
        assertThat(again.state().consecutiveFailures()).isEqualTo(1);
        assertThat(again.state().autoDisabled()).isFalse();
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        site.put("/rss", 503, "text/html", "bảo trì", null, false, Map.of("Retry-After", "7200"));
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        PollOutcome outcome = once(crawler()).outcomes().get(0);
        assertThat(outcome.state().url(site.url("/rss")).nextPoll())
                .isAfter(Instant.now().plus(Duration.ofMinutes(59)));
    }

    @Test
    void aFirstSuccessMarksAnUnverifiedSourceVerified() throws Exception {
        threeArticles();
        store.sources().put(source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL)
                .withVerified(false));
        once(crawler());
        assertThat(store.sources().get("baothu").orElseThrow().verified()).isTrue();
    }

    @Test
    void pollingIntervalsAdaptToHowOftenAFeedBringsNews() throws Exception {
        threeArticles();
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler();
        Duration initial = CrawlSettings.defaults().initialInterval();

        Duration afterNews = once(crawler).outcomes().get(0).state().url(site.url("/rss")).interval();
        assertThat(afterNews).isEqualTo(initial.dividedBy(2));
        Duration afterNothing = once(crawler).outcomes().get(0).state().url(site.url("/rss")).interval();
        assertThat(afterNothing).isEqualTo(afterNews.plus(afterNews.dividedBy(2)));
    }

    @Test
    void searchFeedItemsAreStoredUnderTheOutletThatPublishedThem() throws Exception {
        List<String> urls = threeArticles();
        String wrapped = "https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url="
                + java.net.URLEncoder.encode(urls.get(0), java.nio.charset.StandardCharsets.UTF_8) + "&c=1";
        site.feed("/search-rss", Pages.rss(List.<String[]>of(new String[] {wrapped, "Hải Phòng đón khách"})), null);
        source("baothu", List.of(), List.of(), List.of(), SourceLevel.LOCAL);
        source("tim-kiem-hai-phong", List.of(site.url("/search-rss")), List.of(), List.of(), SourceLevel.SEARCH_FEED);

        once(crawler());
        Article stored = store.get(Article.idFor(urls.get(0))).orElseThrow();
        assertThat(stored.sourceId()).isEqualTo("baothu");
    }

    @Test
    void theSchedulerPollsDueSourcesByItself() throws Exception {
        threeArticles();
        source("baothu", List.of(site.url("/rss")), List.of(), List.of(), SourceLevel.LOCAL);
        Crawler crawler = crawler(ArticleSink.into(store), CrawlSettings.defaults().withTick(Duration.ofMillis(50)));
        crawler.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (store.count() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(store.count()).isEqualTo(3);
        // Polled once: the next poll is scheduled about half the initial interval away, not on the next tick.
        Thread.sleep(300);
        assertThat(site.hits("/rss")).isEqualTo(1);
        assertThat(crawler.state("baothu").nextPoll()).isAfter(Instant.now().plus(Duration.ofMinutes(10)));
    }
}
