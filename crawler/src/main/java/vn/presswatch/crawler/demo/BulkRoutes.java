package vn.presswatch.crawler.demo;

import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code /bulk/} resources for benchmarks: the synthetic articles, a sitemap of them ({@value #SITEMAP_PATH},
 * an index of {@value #SITEMAP_PAGE}-entry sitemaps when there are more), paged RSS feeds of {@value #FEED_PAGE}
 * items ({@code /bulk/rss/1.xml} newest), and {@code /bulk/feeds/{i}.xml}, small feeds that never change. Nothing is
 * kept: each response is made when asked for, and its ETag comes from what it is made from, so a 304 costs no
 * rendering. Memory stays flat however many articles are configured.
 */
final class BulkRoutes {

    static final String SITEMAP_PATH = "/bulk/sitemap.xml";
    static final int SITEMAP_PAGE = 1000;
    static final int FEED_PAGE = 100;
    private static final int UNCHANGED_FEED_ITEMS = 5;

    private final BulkArticles articles;
    private final int feeds;
    private final List<DemoArticle> feedItems;
    private final String baseUrl;
    private final String version;
    private final OffsetDateTime start;

    /**
     * @param feedItems articles the unchanged feeds link to (never live ones, so the feeds never change)
     */
    BulkRoutes(BulkArticles articles, int feeds, List<DemoArticle> feedItems, String baseUrl, Instant start) {
        this.articles = articles;
        this.feeds = feeds;
        this.feedItems = List.copyOf(feedItems);
        this.baseUrl = baseUrl;
        this.start = start.atZone(Markup.VIETNAM).toOffsetDateTime();
        this.version = Integer.toHexString(Objects.hash(start, articles.count(), feeds, baseUrl));
    }

    /** Answers {@code request} if its path is one of ours; returns false otherwise. */
    boolean handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals(SITEMAP_PATH) && articles.count() > 0) {
            if (articles.count() <= SITEMAP_PAGE) {
                sitemapPage(request, 1);
            } else {
                sitemapIndex(request);
            }
            return true;
        }
        int page = number(path, "/bulk/sitemap-", ".xml");
        if (page >= 1 && page <= pages(SITEMAP_PAGE) && articles.count() > SITEMAP_PAGE) {
            sitemapPage(request, page);
            return true;
        }
        page = number(path, "/bulk/rss/", ".xml");
        if (page >= 1 && page <= pages(FEED_PAGE)) {
            rssPage(request, page);
            return true;
        }
        int feed = number(path, "/bulk/feeds/", ".xml");
        if (feed >= 0 && feed < feeds && !feedItems.isEmpty()) {
            unchangedFeed(request, feed);
            return true;
        }
        int index = articles.indexOf(path);
        if (index >= 0) {
            DemoArticle article = articles.article(index);
            Responder.sendRendered(request, etag("a" + index), article.published().toInstant(), () ->
                    Resource.of("text/html; charset=utf-8", OutletTemplate.of(article.outlet(), start.toLocalDate())
                            .articlePage(article, neighbours(index), baseUrl), article.published().toInstant()));
            return true;
        }
        return false;
    }

    private void sitemapIndex(HttpServerRequest request) {
        Responder.sendRendered(request, etag("si"), newest(0), () -> {
            List<SitemapXml.Child> children = new ArrayList<>();
            for (int p = 1; p <= pages(SITEMAP_PAGE); p++) {
                children.add(new SitemapXml.Child(baseUrl + "/bulk/sitemap-" + p + ".xml",
                        articles.article((p - 1) * SITEMAP_PAGE).published()));
            }
            return Resource.of("application/xml; charset=utf-8", SitemapXml.index(children), newest(0));
        });
    }

    private void sitemapPage(HttpServerRequest request, int page) {
        int from = (page - 1) * SITEMAP_PAGE;
        Responder.sendRendered(request, etag("s" + page), newest(from), () -> Resource.of(
                "application/xml; charset=utf-8", SitemapXml.urlSet(range(from, SITEMAP_PAGE)), newest(from)));
    }

    private void rssPage(HttpServerRequest request, int page) {
        int from = (page - 1) * FEED_PAGE;
        String self = baseUrl + "/bulk/rss/" + page + ".xml";
        String next = page < pages(FEED_PAGE) ? baseUrl + "/bulk/rss/" + (page + 1) + ".xml" : null;
        Responder.sendRendered(request, etag("r" + page), newest(from), () -> Resource.of(
                "application/rss+xml; charset=utf-8",
                FeedXml.rss2(new FeedXml.Channel("Tin tổng hợp - trang " + page, baseUrl + "/", self,
                        "Tin tổng hợp cho đo hiệu năng", "vi", next), range(from, FEED_PAGE), start, baseUrl),
                newest(from)));
    }

    private void unchangedFeed(HttpServerRequest request, int feed) {
        List<DemoArticle> items = new ArrayList<>();
        for (int k = 0; k < UNCHANGED_FEED_ITEMS; k++) {
            items.add(feedItems.get((feed * UNCHANGED_FEED_ITEMS + k) % feedItems.size()));
        }
        items.sort((a, b) -> b.published().compareTo(a.published()));
        Instant modified = items.get(0).published().toInstant();
        String self = baseUrl + "/bulk/feeds/" + feed + ".xml";
        Responder.sendRendered(request, etag("f" + feed), modified, () -> Resource.of(
                "application/rss+xml; charset=utf-8",
                FeedXml.rss2(new FeedXml.Channel(String.format(Locale.ROOT, "Kênh tin số %d", feed), baseUrl + "/",
                        self, "Kênh tin không đổi", "vi", null), items, start, baseUrl), modified));
    }

    private List<DemoArticle> range(int from, int size) {
        List<DemoArticle> list = new ArrayList<>(size);
        for (int i = from; i < Math.min(articles.count(), from + size); i++) {
            list.add(articles.article(i));
        }
        return list;
    }

    private List<DemoArticle> neighbours(int index) {
        List<DemoArticle> list = new ArrayList<>();
        for (int i = index + 1; i < Math.min(articles.count(), index + 8); i++) {
            list.add(articles.article(i));
        }
        return list;
    }

    private Instant newest(int from) {
        return from < articles.count() ? articles.article(from).published().toInstant() : start.toInstant();
    }

    private int pages(int pageSize) {
        return (articles.count() + pageSize - 1) / pageSize;
    }

    private String etag(String what) {
        return "\"bulk-" + what + "-" + version + "\"";
    }

    /** The number between {@code prefix} and {@code suffix}, or -1. */
    private static int number(String path, String prefix, String suffix) {
        if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.length() <= prefix.length() + suffix.length()) {
            return -1;
        }
        String digits = path.substring(prefix.length(), path.length() - suffix.length());
        if (digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** Addresses for a benchmark, in order. */
    List<String> rssPageUrls() {
        List<String> urls = new ArrayList<>();
        for (int p = 1; p <= pages(FEED_PAGE); p++) {
            urls.add(baseUrl + "/bulk/rss/" + p + ".xml");
        }
        return urls;
    }

    List<String> unchangedFeedUrls() {
        List<String> urls = new ArrayList<>(feeds);
        for (int i = 0; i < feeds; i++) {
            urls.add(baseUrl + "/bulk/feeds/" + i + ".xml");
        }
        return urls;
    }
}
