package vn.presswatch.crawler.crawl;

import java.time.Instant;
import vn.presswatch.crawler.dedup.ContentHash;
import vn.presswatch.crawler.dedup.StoryClusterer;
import vn.presswatch.crawler.extract.ExtractedArticle;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.store.Article;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Turns an extracted page into the stored {@link Article}: canonical address and id, the listing's headline and
 * date where the page had none, the outlet it belongs to, content hash and story cluster.
 */
final class ArticleAssembler {
    private final UrlCanonicalizer canonicalizer;
    private final StoryClusterer clusterer;

    ArticleAssembler(UrlCanonicalizer canonicalizer, StoryClusterer clusterer) {
        this.canonicalizer = canonicalizer;
        this.clusterer = clusterer;
    }

    /**
     * @param finalUrl where the page was fetched from, after redirects
     * @return the article, or null if the page holds no article (no body and no lead)
     * @throws IllegalArgumentException if the page's values break the store's limits
     */
    Article assemble(Source source, OutletDirectory outlets, ListedItem item, String finalUrl,
                     ExtractedArticle page, Instant fetchedAt) {
        if (page.text().isBlank() && page.lead().isBlank()) {
            return null;
        }
        String canonical = canonicalizer.canonicalize(finalUrl, page.canonicalUrl());
        String title = page.title().isBlank() && item.title() != null ? HtmlPages.nfc(item.title()) : page.title();
        Instant published = page.published() != null ? page.published().toInstant() : item.published();

        Source outlet = source;
        Origin origin = source.origin();
        if (source.level() == SourceLevel.SEARCH_FEED) {
            Source known = outlets.outletOf(canonical);
            outlet = known != null ? known : source;
            origin = known != null ? known.origin() : OutletDirectory.guessOrigin(canonical);
        }
        String language = page.language() != null && !page.language().isBlank() ? page.language()
                : outlet.language();
        Article article = Article.builder()
                .url(finalUrl)
                .canonicalUrl(canonical)
                .sourceId(outlet.id())
                .origin(origin)
                .title(title)
                .lead(page.lead())
                .text(page.text())
                .author(page.author())
                .publishedAt(published)
                .fetchedAt(fetchedAt)
                .language(language)
                .contentHash(ContentHash.of(title, page.text()))
                .build();
        // Cluster only once the article passed validation, so a rejected page never joins the window.
        String cluster = clusterer.assign(article.id(), title, page.text(), published != null ? published : fetchedAt);
        return article.toBuilder().clusterId(cluster).build();
    }
}
