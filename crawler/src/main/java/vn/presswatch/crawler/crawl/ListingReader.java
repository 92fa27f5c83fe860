package vn.presswatch.crawler.crawl;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import vn.presswatch.crawler.feed.FeedItem;
import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.feed.FeedParser;
import vn.presswatch.crawler.feed.ParsedFeed;
import vn.presswatch.crawler.feed.SitemapContent;
import vn.presswatch.crawler.feed.SitemapEntry;
import vn.presswatch.crawler.feed.SitemapReader;
import vn.presswatch.crawler.fetch.FetchResult;

/** Reads the article links out of a fetched feed, sitemap or section page. CPU work: call it on a worker. */
final class ListingReader {
    private final FeedParser feeds;
    private final SitemapReader sitemaps;

    ListingReader(FeedParser feeds, SitemapReader sitemaps) {
        this.feeds = feeds;
        this.sitemaps = sitemaps;
    }

    /**
     * @param linkSelector the CSS selector of a section page's article links; ignored for other kinds
     * @throws FeedParseException if the body is not the kind of listing it should be, or a selector is invalid
     */
    Listing read(ListingKind kind, String listingUrl, String linkSelector, boolean searchFeed, FetchResult result,
                 ZonedDateTime now) throws FeedParseException {
        switch (kind) {
            case FEED:
                return feed(listingUrl, searchFeed, result, now);
            case SITEMAP:
                return sitemap(listingUrl, result, now);
            case SECTION_PAGE:
                return sectionPage(listingUrl, linkSelector, result);
            default:
                throw new IllegalArgumentException("unknown listing kind " + kind);
        }
    }

    private Listing feed(String listingUrl, boolean searchFeed, FetchResult result, ZonedDateTime now)
            throws FeedParseException {
        ParsedFeed parsed = feeds.parse(result.body(), result.headerCharset(), result.finalUrl(), now);
        List<ListedItem> items = new ArrayList<>(parsed.items().size());
        for (FeedItem item : parsed.items()) {
            String url = searchFeed ? SearchLinks.unwrap(item.url()) : item.url();
            items.add(new ListedItem(url, item.title(), item.published(), listingUrl));
        }
        return new Listing(items, List.of());
    }

    private Listing sitemap(String listingUrl, FetchResult result, ZonedDateTime now) throws FeedParseException {
        SitemapContent content = sitemaps.read(result.body(), result.contentType(), result.finalUrl(), now);
        List<ListedItem> items = new ArrayList<>(content.entries().size());
        for (SitemapEntry entry : content.entries()) {
            // A plain sitemap's lastmod is when a page last changed, not when it was published: not a date to trust.
            items.add(new ListedItem(entry.url(), entry.newsTitle(), entry.published(), listingUrl));
        }
        return new Listing(items, content.childSitemaps());
    }

    private static Listing sectionPage(String listingUrl, String linkSelector, FetchResult result)
            throws FeedParseException {
        Document page = HtmlPages.parse(result);
        List<Element> matches;
        try {
            matches = page.select(linkSelector);
        } catch (Selector.SelectorParseException e) {
            throw new FeedParseException(listingUrl, "invalid link selector \"" + linkSelector + "\": "
                    + e.getMessage(), e);
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element match : matches) {
            Element anchor = match.is("a[href]") ? match : match.selectFirst("a[href]");
            if (anchor == null) {
                continue;
            }
            String url = anchor.absUrl("href");
            if ((url.startsWith("http://") || url.startsWith("https://")) && !url.equals(result.finalUrl())) {
                links.add(url);
            }
        }
        if (links.isEmpty()) {
            // A selector that stops matching usually means the outlet redesigned its pages: say so, never go quiet.
            throw new FeedParseException(listingUrl, "the link selector \"" + linkSelector + "\" matched "
                    + (matches.isEmpty() ? "nothing on the page" : matches.size() + " elements but no article links"));
        }
        List<ListedItem> items = links.stream().map(u -> new ListedItem(u, null, null, listingUrl)).toList();
        return new Listing(items, List.of());
    }
}
