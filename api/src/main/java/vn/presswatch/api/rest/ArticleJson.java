package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON shapes of articles in the API. Times are ISO-8601 instants (UTC), e.g. 2025-05-31T02:00:00Z. */
public final class ArticleJson {
    private ArticleJson() {
    }

    /**
     * A topic of an article.
     *
     * @param id    taxonomy id, e.g. {@code sovereignty}
     * @param name  its Vietnamese name
     * @param score the classifier's confidence (1 for an editor's correction)
     */
    @Serdeable
    public record Topic(String id, String name, double score) {
    }

    /**
     * Where the query matched, HTML-escaped with {@code <mark>} around the matches.
     */
    @Serdeable
    public record Highlight(@Nullable String title, @Nullable String snippet) {
    }

    /** One search hit. */
    @Serdeable
    public record Hit(String id, String title, String url, String source, String sourceName, String origin,
                      @Nullable String publishedAt, @Nullable String language, List<Topic> topics,
                      @Nullable String tone, List<String> localities, @Nullable String clusterId,
                      @Nullable Highlight highlight) {
    }

    /**
     * A page of search hits.
     *
     * @param total every article matching, not only this page's
     * @param page  1-based
     * @param size  hits per page asked for
     */
    @Serdeable
    public record Page(long total, int page, int size, List<Hit> hits) {
    }

    /** Another outlet's copy of the same story. */
    @Serdeable
    public record ClusterMember(String id, String title, String url, String source, String sourceName,
                                @Nullable String publishedAt) {
    }

    /** An article in full, with the other copies of its story. */
    @Serdeable
    public record Detail(String id, String title, String lead, String text, @Nullable String author, String url,
                         String canonicalUrl, String source, String sourceName, String origin,
                         @Nullable String publishedAt, String fetchedAt, @Nullable String language, List<Topic> topics,
                         @Nullable String tone, List<String> localities, @Nullable String clusterId,
                         List<ClusterMember> cluster) {
    }

    /**
     * An editor's correction of an article's classification (PUT /api/articles/{id}/classification).
     *
     * @param topics the true topic ids, possibly none
     * @param tone   positive, neutral or negative; null to keep the tone
     * @param note   why, optional
     */
    @Serdeable
    public record Classification(@Nullable List<String> topics, @Nullable String tone, @Nullable String note) {
    }
}
