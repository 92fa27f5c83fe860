package vn.presswatch.crawler.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Everything the outlets serve, as ready bytes: article pages are rendered once at start; home pages, section pages,
 * feeds and the news sitemap depend on how many live releases are out and are rendered once per release, on first
 * request. Thread-safe.
 */
final class SiteContent {

    static final String HTML = "text/html; charset=utf-8";
    /** Google News sitemaps list only the last two days' articles. */
    private static final Duration NEWS_SITEMAP_WINDOW = Duration.ofDays(2);

    private final DemoCatalog catalog;
    private final String baseUrl;
    private final OffsetDateTime start;
    private final LocalDate today;
    private final Map<String, Resource> pages = new HashMap<>();
    private final Map<String, IntFunction<Resource>> listings = new HashMap<>();
    private final Map<String, Resource> listingCache = new ConcurrentHashMap<>();

    SiteContent(DemoCatalog catalog, String baseUrl) {
        this.catalog = catalog;
        this.baseUrl = baseUrl;
        this.start = catalog.start().atZone(Markup.VIETNAM).toOffsetDateTime();
        this.today = start.toLocalDate();
        for (DemoArticle a : catalog.articles()) {
            String html = OutletTemplate.of(a.outlet(), today).articlePage(a, catalog.permanent(a.outlet()), baseUrl);
            pages.put(a.path(), Resource.of(HTML, html, a.published().toInstant()));
        }
        pages.put("/robots.txt", Resource.of("text/plain; charset=utf-8", robots(), catalog.start()));
        pages.put("/", Resource.of(HTML, IndexPage.render(baseUrl), catalog.start()));
        pages.put("/private/", Resource.of(HTML, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Khu vực nội bộ</title></head><body><h1>Khu vực nội bộ</h1><p>Trang dành cho biên tập viên."
                + "</p></body></html>\n", catalog.start()));
        for (DemoOutlet outlet : DemoOutlet.values()) {
            registerListings(outlet);
        }
    }

    private void registerListings(DemoOutlet outlet) {
        OutletTemplate template = OutletTemplate.of(outlet, today);
        String prefix = outlet.pathPrefix();
        if (outlet == DemoOutlet.BAOLOI) {
            listings.put(prefix, released -> html(template.homePage(catalog.misbehaving(), baseUrl),
                    catalog.misbehaving()));
            return;
        }
        listings.put(prefix, released -> {
            List<DemoArticle> visible = catalog.visible(outlet, released);
            return html(template.homePage(visible, baseUrl), visible);
        });
        for (String section : catalog.sections(outlet)) {
            listings.put(sectionPath(outlet, section), released -> {
                List<DemoArticle> inSection = catalog.visible(outlet, released).stream()
                        .filter(a -> a.section().equals(section)).toList();
                return html(template.sectionPage(section, inSection, baseUrl), inSection);
            });
        }
        switch (outlet) {
            case THOISU -> listings.put(ThoiSuTemplate.FEED_PATH, released -> feed("application/rss+xml; charset=utf-8",
                    FeedXml.rss2(channel(outlet, "Tin mới nhất - " + outlet.displayName(), ThoiSuTemplate.FEED_PATH,
                            "Tin tức thời sự trong nước và quốc tế mới nhất"), catalog.visible(outlet, released),
                            start, baseUrl), catalog.visible(outlet, released)));
            case HAIPHONG -> {
                listings.put(HaiPhongTemplate.FEED_PATH, released -> feed("application/atom+xml; charset=utf-8",
                        FeedXml.atom(channel(outlet, outlet.displayName(), HaiPhongTemplate.FEED_PATH,
                                "Tin tức Hải Phòng: thời sự, kinh tế, văn hóa, du lịch"),
                                catalog.visible(outlet, released), start), catalog.visible(outlet, released)));
                listings.put(HaiPhongTemplate.NEWS_SITEMAP_PATH, released -> {
                    Instant since = catalog.start().minus(NEWS_SITEMAP_WINDOW);
                    List<DemoArticle> recent = catalog.visible(outlet, released).stream()
                            .filter(a -> a.published().toInstant().isAfter(since)).toList();
                    return feed("application/xml; charset=utf-8",
                            SitemapXml.news(outlet.displayName(), outlet.language(), recent), recent);
                });
            }
            case QUOCTE -> listings.put(QuocTeTemplate.FEED_PATH, released -> feed("application/rdf+xml; charset=utf-8",
                    FeedXml.rdf(channel(outlet, outlet.displayName() + " - Việt Nam", QuocTeTemplate.FEED_PATH,
                            "Tin tức, phân tích về Việt Nam"), catalog.visible(outlet, released), start),
                    catalog.visible(outlet, released)));
            case OBSERVER -> listings.put(ObserverTemplate.FEED_PATH, released -> feed("application/atom+xml; "
                    + "charset=utf-8",
                    FeedXml.atom(channel(outlet, outlet.displayName(), ObserverTemplate.FEED_PATH,
                            "News and analysis from Vietnam"), catalog.visible(outlet, released), start),
                    catalog.visible(outlet, released)));
            default -> {
                // The portal publishes no feed; the "Báo Lỗi" feeds are under /bad/.
            }
        }
    }

    private FeedXml.Channel channel(DemoOutlet outlet, String title, String path, String description) {
        return new FeedXml.Channel(title, baseUrl + outlet.pathPrefix(), baseUrl + path, description,
                outlet.language(), null);
    }

    static String sectionPath(DemoOutlet outlet, String section) {
        return outlet.pathPrefix() + section + "/";
    }

    private Resource html(String page, List<DemoArticle> items) {
        return Resource.of(HTML, page, newest(items));
    }

    private Resource feed(String contentType, String xml, List<DemoArticle> items) {
        return Resource.of(contentType, xml, newest(items));
    }

    private Instant newest(List<DemoArticle> items) {
        return FeedXml.newest(items, start).toInstant();
    }

    /** A page that does not depend on releases (article, robots.txt, index), or null. */
    Resource page(String path) {
        return pages.get(path);
    }

    /** A listing (home, section, feed, sitemap) as it is with {@code released} releases out, or null. */
    Resource listing(String path, int released) {
        IntFunction<Resource> render = listings.get(path);
        if (render == null) {
            return null;
        }
        return listingCache.computeIfAbsent(released + " " + path, k -> render.apply(released));
    }

    private String robots() {
        return "# robots.txt cho trang báo demo presswatch\nUser-agent: *\nDisallow: /private/\n\nSitemap: " + baseUrl
                + HaiPhongTemplate.NEWS_SITEMAP_PATH + "\n";
    }
}
