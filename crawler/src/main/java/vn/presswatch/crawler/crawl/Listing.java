package vn.presswatch.crawler.crawl;

import java.util.List;
import vn.presswatch.crawler.feed.SitemapContent.ChildSitemap;

/**
 * What one listing body held.
 *
 * @param items    the article links, in listing order
 * @param children the child sitemaps of a sitemap index (empty otherwise)
 */
record Listing(List<ListedItem> items, List<ChildSitemap> children) {
    Listing {
        items = List.copyOf(items);
        children = List.copyOf(children);
    }
}
