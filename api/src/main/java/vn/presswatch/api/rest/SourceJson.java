package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;
import vn.presswatch.api.service.SourceImport;
import vn.presswatch.api.service.SourceStatus;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Source;

/**
 * A source in the API, with the crawler's view of its health.
 *
 * @param level  central, local, government_portal, foreign, search_feed or other
 * @param origin domestic or foreign
 */
@Serdeable
public record SourceJson(String id, String name, @Nullable String homepage, List<String> feedUrls,
                         List<String> sitemapUrls, List<SectionPage> sectionPages, @Nullable String country,
                         @Nullable String language, String level, String origin, boolean enabled, boolean verified,
                         Health health) {

    /** A section page and the CSS selector of its article links. */
    @Serdeable
    public record SectionPage(String url, String linkSelector) {
    }

    /**
     * How polling the source goes. Times are ISO-8601 instants, null for never.
     *
     * @param consecutiveFailures failed polls since the last success
     * @param autoDisabled        the crawler switched the source off after too many failures
     * @param nextPoll            null for as soon as possible
     */
    @Serdeable
    public record Health(@Nullable String lastAttempt, @Nullable String lastSuccess, @Nullable String lastError,
                         @Nullable String lastErrorAt, int consecutiveFailures, boolean autoDisabled,
                         @Nullable String nextPoll) {
    }

    /** Answer of a deletion. */
    @Serdeable
    public record Deleted(String id, long deletedArticles) {
    }

    /**
     * Answer of an import.
     *
     * @param defaulted sources an OPML document gave no country, language, level or origin for (they got the
     *                  defaults: VN, vi, other, domestic)
     */
    @Serdeable
    public record Imported(int added, int skipped, List<String> addedIds, List<String> skippedIds,
                           List<SourceImport.EntryError> errors, List<String> defaulted) {
    }

    static SourceJson of(SourceStatus status) {
        Source s = status.source();
        CrawlState c = status.state();
        return new SourceJson(s.id(), s.name(), s.homepage(), s.feedUrls(), s.sitemapUrls(),
                s.sectionPages().stream().map(p -> new SectionPage(p.url(), p.linkSelector())).toList(), s.country(),
                s.language(), s.level().name().toLowerCase(Locale.ROOT), s.origin().id(), s.enabled(), s.verified(),
                new Health(ArticleMapper.time(c.lastAttempt()), ArticleMapper.time(c.lastSuccess()), c.lastError(),
                        ArticleMapper.time(c.lastErrorAt()), c.consecutiveFailures(), c.autoDisabled(),
                        ArticleMapper.time(c.nextPoll())));
    }
}
