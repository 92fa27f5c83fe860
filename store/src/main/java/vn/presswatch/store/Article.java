package vn.presswatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * One press article: what the crawler extracted and the classifier added. Immutable; text is NFC.
 *
 * <p>The id is derived from the canonical URL ({@link #idFor(String)}), so storing the same article twice
 * replaces it instead of duplicating it. {@code origin} is copied from the article's source when it is
 * crawled so that searches and reports can filter domestic/foreign press without a join.
 *
 * @param id           {@link #idFor(String) idFor(canonicalUrl)}; pass null to have it derived
 * @param url          the address the article was fetched from
 * @param canonicalUrl the article's canonical address (tracking parameters, AMP and mobile variants removed)
 * @param sourceId     the {@link Source#id()} it came from
 * @param origin       domestic or foreign press, from the source
 * @param title        the headline
 * @param lead         the lead paragraph ("sapo"), may be empty
 * @param text         the body text, may be empty (headline-only items)
 * @param author       may be null
 * @param publishedAt  when the outlet published it, null if unknown
 * @param fetchedAt    when presswatch fetched it
 * @param language     ISO 639-1 code ({@code vi}, {@code en} ...), null until classified
 * @param topics       topics with scores, best first; empty for none
 * @param tone         null until classified
 * @param localities   the localities it is about (gazetteer names), empty for none
 * @param clusterId    the story cluster of syndicated copies; its own id when alone; may be null
 * @param contentHash  hash of the extracted text, for exact-duplicate detection; may be null
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String sourceId,
        Origin origin,
        String title,
        String lead,
        String text,
        String author,
        Instant publishedAt,
        Instant fetchedAt,
        String language,
        List<TopicScore> topics,
        Tone tone,
        List<String> localities,
        String clusterId,
        String contentHash) {

    /** Longest title, lead and body kept; the crawler cuts responses well below these. */
    public static final int MAX_TITLE = 2_000;
    public static final int MAX_LEAD = 10_000;
    public static final int MAX_TEXT = 1_000_000;
    /** Longest URL accepted (browsers and servers rarely go past 8 KB). */
    public static final int MAX_URL = 8_192;
    /** Most localities per article, and the longest name. */
    public static final int MAX_LOCALITIES = 200;
    private static final int MAX_KEYWORD = 256;

    public Article {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        checkUrl("canonicalUrl", canonicalUrl);
        Objects.requireNonNull(sourceId, "sourceId");
        if (!sourceId.matches(Source.ID_PATTERN)) {
            throw new IllegalArgumentException("sourceId must be a source id (" + Source.ID_PATTERN + "): " + sourceId);
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        String derived = idFor(canonicalUrl);
        if (id == null) {
            id = derived;
        } else if (!id.equals(derived)) {
            throw new IllegalArgumentException("id " + id + " does not belong to canonical URL " + canonicalUrl);
        }
        url = url == null ? canonicalUrl : url;
        checkUrl("url", url);
        title = VietnameseFolding.normalize(checkLength("title", Objects.requireNonNullElse(title, ""), MAX_TITLE));
        lead = VietnameseFolding.normalize(checkLength("lead", Objects.requireNonNullElse(lead, ""), MAX_LEAD));
        text = VietnameseFolding.normalize(checkLength("text", Objects.requireNonNullElse(text, ""), MAX_TEXT));
        author = VietnameseFolding.normalize(checkLength("author", author, MAX_KEYWORD));
        checkLength("language", language, 16);
        checkLength("clusterId", clusterId, MAX_KEYWORD);
        checkLength("contentHash", contentHash, MAX_KEYWORD);
        topics = List.copyOf(Objects.requireNonNullElse(topics, List.of()));
        topics.forEach(t -> checkLength("topic", t.topic(), 64));
        localities = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(localities, List.<String>of())
                .stream().map(l -> VietnameseFolding.normalize(checkLength("locality", l, MAX_KEYWORD))).toList()));
        if (localities.size() > MAX_LOCALITIES) {
            throw new IllegalArgumentException("an article can name at most " + MAX_LOCALITIES + " localities, not "
                    + localities.size());
        }
    }

    /**
     * Checked here, before any index sees the article: an oversized value would otherwise fail deep inside a batch
     * write (Lucene refuses terms over 32 KB), and a batch must be stored whole or not at all.
     */
    private static String checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; at most " + max
                    + " are kept");
        }
        return value;
    }

    private static void checkUrl(String field, String value) {
        checkLength(field, value, MAX_URL);
        if (!(value.startsWith("http://") || value.startsWith("https://")) || value.length() < 10) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) address: " + value);
        }
    }

    /** The article id for a canonical URL: 32 hex digits of its SHA-256. */
    public static String idFor(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The time reports and date filters use: published time, or fetch time when the outlet gave none. */
    public Instant reportTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }

    /** The topic ids, best first. */
    public List<String> topicIds() {
        return topics.stream().map(TopicScore::topic).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, for derived copies (classification, clustering). */
    public Builder toBuilder() {
        return new Builder().url(url).canonicalUrl(canonicalUrl).sourceId(sourceId).origin(origin).title(title)
                .lead(lead).text(text).author(author).publishedAt(publishedAt).fetchedAt(fetchedAt)
                .language(language).topics(topics).tone(tone).localities(localities).clusterId(clusterId)
                .contentHash(contentHash);
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String url;
        private String canonicalUrl;
        private String sourceId;
        private Origin origin = Origin.DOMESTIC;
        private String title;
        private String lead;
        private String text;
        private String author;
        private Instant publishedAt;
        private Instant fetchedAt;
        private String language;
        private List<TopicScore> topics = new ArrayList<>();
        private Tone tone;
        private List<String> localities = new ArrayList<>();
        private String clusterId;
        private String contentHash;

        private Builder() {
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder canonicalUrl(String value) {
            this.canonicalUrl = value;
            return this;
        }

        public Builder sourceId(String value) {
            this.sourceId = value;
            return this;
        }

        public Builder origin(Origin value) {
            this.origin = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder lead(String value) {
            this.lead = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder author(String value) {
            this.author = value;
            return this;
        }

        public Builder publishedAt(Instant value) {
            this.publishedAt = value;
            return this;
        }

        public Builder fetchedAt(Instant value) {
            this.fetchedAt = value;
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public Builder topics(List<TopicScore> value) {
            this.topics = new ArrayList<>(value);
            return this;
        }

        /** Adds a topic with score 1. */
        public Builder topic(String topic) {
            this.topics.add(new TopicScore(topic, 1.0));
            return this;
        }

        public Builder tone(Tone value) {
            this.tone = value;
            return this;
        }

        public Builder localities(List<String> value) {
            this.localities = new ArrayList<>(value);
            return this;
        }

        public Builder clusterId(String value) {
            this.clusterId = value;
            return this;
        }

        public Builder contentHash(String value) {
            this.contentHash = value;
            return this;
        }

        public Article build() {
            return new Article(null, url, canonicalUrl, sourceId, origin, title, lead, text, author, publishedAt,
                    fetchedAt, language, topics, tone, localities, clusterId, contentHash);
        }
    }
}
