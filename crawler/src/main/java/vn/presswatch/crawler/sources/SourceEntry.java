package vn.presswatch.crawler.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.select.Selector;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * One source as a list writes it, before any check: the fields of a JSON or YAML entry, or what an OPML outline
 * gives. {@link #toSource()} is the one validation every list format goes through, so a source is accepted or
 * refused for the same reasons whichever file it came from.
 *
 * @param note for the people who maintain the list; not loaded
 */
record SourceEntry(String id, String name, String homepage, List<String> feedUrls, List<String> sitemapUrls,
                   List<SectionPageEntry> sectionPages, String country, String language, String level,
                   String origin, Boolean enabled, String note) {

    /**
     * The checked, unverified source.
     *
     * @throws IllegalArgumentException naming the field and what is wrong with it
     */
    Source toSource() {
        requireText("id", id);
        requireText("name", name);
        requireHttpUrl("homepage", homepage);
        List<String> feeds = addresses("feedUrls", feedUrls);
        List<String> sitemaps = addresses("sitemapUrls", sitemapUrls);
        List<Source.SectionPage> pages = new ArrayList<>();
        List<SectionPageEntry> pageEntries = sectionPages == null ? List.of() : sectionPages;
        for (int i = 0; i < pageEntries.size(); i++) {
            pages.add(pageEntries.get(i).toSectionPage("sectionPages[" + i + "]"));
        }
        if (feeds.isEmpty() && sitemaps.isEmpty() && pages.isEmpty()) {
            throw new IllegalArgumentException("no address to poll: give feedUrls, sitemapUrls or sectionPages");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code in capitals, e.g. VN: "
                    + country);
        }
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code in lower case, e.g. vi: "
                    + language);
        }
        return new Source(id, name, homepage, feeds, sitemaps, pages, country, language, level(level),
                origin(origin), enabled == null || enabled, false);
    }

    /** The level as lists write it: the enum name in any case. */
    static SourceLevel level(String value) {
        requireText("level", value);
        try {
            return SourceLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level \"" + value + "\"; expected one of "
                    + Arrays.stream(SourceLevel.values()).map(SourceEntry::levelId).toList(), e);
        }
    }

    /** How lists write a level: {@code government_portal}. */
    static String levelId(SourceLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static Origin origin(String value) {
        requireText("origin", value);
        return Origin.fromId(value);
    }

    private static List<String> addresses(String field, List<String> urls) {
        List<String> checked = urls == null ? List.of() : urls;
        for (int i = 0; i < checked.size(); i++) {
            requireHttpUrl(field + "[" + i + "]", checked.get(i));
        }
        return checked;
    }

    /** A section page as a list writes it. */
    record SectionPageEntry(String url, String linkSelector) {

        Source.SectionPage toSectionPage(String field) {
            requireHttpUrl(field + ".url", url);
            requireText(field + ".linkSelector", linkSelector);
            try {
                Selector.evaluatorOf(linkSelector);
            } catch (Selector.SelectorParseException e) {
                throw new IllegalArgumentException(field + ".linkSelector is not a CSS selector jsoup can use: \""
                        + linkSelector + "\" (" + e.getMessage() + ")", e);
            }
            return new Source.SectionPage(url, linkSelector);
        }
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
    }

    /**
     * An absolute http or https URL with a host: what the fetcher can ask for.
     *
     * @return the parsed URL
     */
    static URI requireHttpUrl(String field, String value) {
        requireText(field, value);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: \"" + value + "\" (" + e.getReason()
                    + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL with a host: \"" + value
                    + "\"");
        }
        return uri;
    }
}
