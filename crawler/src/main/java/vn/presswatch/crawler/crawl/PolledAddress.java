package vn.presswatch.crawler.crawl;

import java.util.ArrayList;
import java.util.List;
import vn.presswatch.store.Source;

/**
 * One address of a source to poll.
 *
 * @param url          the address
 * @param kind         how to read it
 * @param linkSelector CSS selector of article links, for section pages; null otherwise
 */
record PolledAddress(String url, ListingKind kind, String linkSelector) {

    static List<PolledAddress> of(Source source) {
        List<PolledAddress> all = new ArrayList<>();
        source.feedUrls().forEach(u -> all.add(new PolledAddress(u, ListingKind.FEED, null)));
        source.sitemapUrls().forEach(u -> all.add(new PolledAddress(u, ListingKind.SITEMAP, null)));
        source.sectionPages().forEach(p -> all.add(new PolledAddress(p.url(), ListingKind.SECTION_PAGE,
                p.linkSelector())));
        return all;
    }
}
