package vn.presswatch.crawler.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SitemapReader} read: a sitemap index lists {@code childSitemaps} (and no entries), any other sitemap
 * lists {@code entries} (and no children).
 *
 * @param childSitemaps the sitemaps an index points to, in document order
 * @param entries       the pages a sitemap lists, in document order, unique by URL
 * @param warnings      what was dropped or looked wrong, one short sentence each; empty when clean
 */
public record SitemapContent(List<ChildSitemap> childSitemaps, List<SitemapEntry> entries, List<String> warnings) {

    /**
     * A sitemap listed by an index.
     *
     * @param url          absolute URL of the child sitemap
     * @param lastModified its {@code <lastmod>}, which lets a scheduler skip unchanged archive sitemaps; may be null
     */
    public record ChildSitemap(String url, Instant lastModified) {
        public ChildSitemap {
            Objects.requireNonNull(url, "url");
        }
    }

    public SitemapContent {
        childSitemaps = List.copyOf(Objects.requireNonNull(childSitemaps, "childSitemaps"));
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** True for a sitemap index (one that lists at least one child sitemap). */
    public boolean isIndex() {
        return !childSitemaps.isEmpty();
    }
}
