package vn.presswatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Structured filters beside the query text, all combined with AND; an empty set or a null bound means
 * "no restriction". Values within one set are alternatives (OR). Immutable.
 *
 * @param from       inclusive lower bound on {@link Article#reportTime()}, or null
 * @param to         exclusive upper bound on {@link Article#reportTime()}, or null
 * @param sources    source ids
 * @param topics     topic ids
 * @param tones      tones
 * @param languages  language codes
 * @param localities locality names, matched without regard to diacritics or case
 * @param origin     domestic or foreign only, or null for both
 */
public record ArticleFilter(Instant from, Instant to, Set<String> sources, Set<String> topics, Set<Tone> tones,
                            Set<String> languages, Set<String> localities, Origin origin) {

    private static final ArticleFilter NONE = new ArticleFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null);

    public ArticleFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("time range is empty: from " + from + " is not before to " + to);
        }
        sources = Set.copyOf(Objects.requireNonNullElse(sources, Set.of()));
        topics = Set.copyOf(Objects.requireNonNullElse(topics, Set.of()));
        tones = Set.copyOf(Objects.requireNonNullElse(tones, Set.of()));
        languages = Set.copyOf(Objects.requireNonNullElse(languages, Set.of()));
        localities = Set.copyOf(Objects.requireNonNullElse(localities, Set.of()));
    }

    /** No restriction at all. */
    public static ArticleFilter none() {
        return NONE;
    }

    public ArticleFilter withRange(Instant newFrom, Instant newTo) {
        return new ArticleFilter(newFrom, newTo, sources, topics, tones, languages, localities, origin);
    }

    public ArticleFilter withSources(Collection<String> values) {
        return new ArticleFilter(from, to, Set.copyOf(values), topics, tones, languages, localities, origin);
    }

    public ArticleFilter withTopics(Collection<String> values) {
        return new ArticleFilter(from, to, sources, Set.copyOf(values), tones, languages, localities, origin);
    }

    public ArticleFilter withTones(Collection<Tone> values) {
        return new ArticleFilter(from, to, sources, topics, Set.copyOf(values), languages, localities, origin);
    }

    public ArticleFilter withLanguages(Collection<String> values) {
        return new ArticleFilter(from, to, sources, topics, tones, Set.copyOf(values), localities, origin);
    }

    public ArticleFilter withLocalities(Collection<String> values) {
        return new ArticleFilter(from, to, sources, topics, tones, languages, Set.copyOf(values), origin);
    }

    public ArticleFilter withOrigin(Origin value) {
        return new ArticleFilter(from, to, sources, topics, tones, languages, localities, value);
    }

    /** True when nothing is restricted. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
