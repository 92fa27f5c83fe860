package vn.presswatch.store;

import java.util.List;
import java.util.Objects;

/**
 * A press outlet presswatch watches, with where to find its articles.
 *
 * @param id          short stable id, e.g. {@code baohaiphong}; lower-case letters, digits, '-' and '_'
 * @param name        display name, e.g. "Báo Hải Phòng"
 * @param homepage    the outlet's home page URL
 * @param feedUrls    RSS/Atom feeds to poll
 * @param sitemapUrls sitemaps and news sitemaps to poll
 * @param sectionPages section (category) pages whose article links are picked by a CSS selector, for outlets
 *                     that publish no usable feed
 * @param country     ISO 3166-1 alpha-2 code of the outlet's country, e.g. {@code VN}
 * @param language    the outlet's main language (ISO 639-1)
 * @param level       central, local, government portal, foreign ...
 * @param origin      domestic or foreign press
 * @param enabled     false when an editor (or repeated failures) switched it off
 * @param verified    false while its addresses come from a published list and have never answered: the first
 *                    successful poll sets it, so a wrong address in a starter list shows up as an error on an
 *                    unverified source instead of a silent gap
 */
public record Source(
        String id,
        String name,
        String homepage,
        List<String> feedUrls,
        List<String> sitemapUrls,
        List<SectionPage> sectionPages,
        String country,
        String language,
        SourceLevel level,
        Origin origin,
        boolean enabled,
        boolean verified) {

    /** Sources are kept as small records in the store. */
    public static final RecordType<Source> RECORD_TYPE = RecordType.of("source", Source.class, Source::id)
            .withAttribute("origin", s -> List.of(s.origin().id()))
            .withAttribute("enabled", s -> List.of(Boolean.toString(s.enabled())));

    /** What a source id may look like: it appears in URLs, queries ({@code source:}) and index keys. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";

    public Source {
        Objects.requireNonNull(id, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("source id must be 1-64 lower-case letters, digits, '-' or '_': " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(origin, "origin");
        feedUrls = List.copyOf(Objects.requireNonNullElse(feedUrls, List.of()));
        sitemapUrls = List.copyOf(Objects.requireNonNullElse(sitemapUrls, List.of()));
        sectionPages = List.copyOf(Objects.requireNonNullElse(sectionPages, List.of()));
    }

    public Source withEnabled(boolean value) {
        return new Source(id, name, homepage, feedUrls, sitemapUrls, sectionPages, country, language, level, origin,
                value, verified);
    }

    public Source withVerified(boolean value) {
        return new Source(id, name, homepage, feedUrls, sitemapUrls, sectionPages, country, language, level, origin,
                enabled, value);
    }

    /** Every address polled for this source: feeds, then sitemaps, then section pages. */
    public List<String> pollUrls() {
        List<String> urls = new java.util.ArrayList<>(feedUrls);
        urls.addAll(sitemapUrls);
        sectionPages.forEach(p -> urls.add(p.url()));
        return List.copyOf(urls);
    }

    /**
     * A section page of an outlet and how to find its article links.
     *
     * @param url          the page, e.g. {@code https://baohaiphong.vn/chinh-tri}
     * @param linkSelector a CSS selector matching the article links ({@code a} elements or their containers),
     *                     e.g. {@code article h3 a}
     */
    public record SectionPage(String url, String linkSelector) {
        public SectionPage {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(linkSelector, "linkSelector");
            if (linkSelector.isBlank()) {
                throw new IllegalArgumentException("linkSelector must not be blank");
            }
        }
    }
}
