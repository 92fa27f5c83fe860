package vn.presswatch.crawler.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.select.Selector;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Reads a source list: a JSON object {@code {"addresses": "...", "sources": [entry...]}} where each entry has
 * {@code id, name, homepage, feedUrls, sitemapUrls, sectionPages [{url, linkSelector}], country, language, level,
 * origin}, and optionally {@code enabled} (default true) and {@code note} (for the people who maintain the list;
 * not loaded). {@code level} and {@code origin} are the enum names in any case ({@code central},
 * {@code domestic}).
 *
 * <p>A list cannot say that a source is verified: every source read is unverified until a poll succeeds. Every
 * entry is checked before any is returned (unknown fields, absolute http(s) addresses, at least one address, CSS
 * selectors that parse, ISO codes, unique ids and addresses), and the first problem raises
 * {@link InvalidSourceListException} naming the entry.
 */
public final class SourceListReader {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("addresses", "sources");

    private SourceListReader() {
    }

    /**
     * @param json     the list; read fully, not closed
     * @param listName names the list in error messages, e.g. its file name
     * @throws IOException                 when the stream cannot be read
     * @throws InvalidSourceListException when the JSON is malformed or an entry is invalid
     */
    public static List<Source> read(InputStream json, String listName) throws IOException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(listName, "listName");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSourceListException(listName, 0, null, "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject() || !root.path("sources").isArray()) {
            throw new InvalidSourceListException(listName, 0, null,
                    "expected an object with a \"sources\" array", null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!TOP_LEVEL_FIELDS.contains(field)) {
                throw new InvalidSourceListException(listName, 0, null, "unknown field \"" + field
                        + "\"; expected " + TOP_LEVEL_FIELDS, null);
            }
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> entryById = new HashMap<>();
        Map<String, Integer> entryByAddress = new HashMap<>();
        int position = 0;
        for (JsonNode node : root.path("sources")) {
            position++;
            String id = node.path("id").isTextual() ? node.path("id").asText() : null;
            Source source = toSource(mapper, node, listName, position, id);
            Integer sameId = entryById.putIfAbsent(source.id(), position);
            if (sameId != null) {
                throw new InvalidSourceListException(listName, position, id, "id already used by entry #" + sameId,
                        null);
            }
            for (String address : source.pollUrls()) {
                Integer sameAddress = entryByAddress.putIfAbsent(address, position);
                if (sameAddress != null) {
                    throw new InvalidSourceListException(listName, position, id, "address " + address
                            + " is already polled for entry #" + sameAddress, null);
                }
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    private static Source toSource(ObjectMapper mapper, JsonNode node, String listName, int position, String id) {
        if (!node.isObject()) {
            throw new InvalidSourceListException(listName, position, null, "expected an object, found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT), null);
        }
        Entry entry;
        try {
            entry = mapper.treeToValue(node, Entry.class);
        } catch (UnrecognizedPropertyException e) {
            String hint = "verified".equals(e.getPropertyName())
                    ? " (a list cannot mark a source verified: its first successful poll does)" : "";
            throw new InvalidSourceListException(listName, position, id, "unknown field \"" + e.getPropertyName()
                    + "\"" + hint + "; expected " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) : "";
            throw new InvalidSourceListException(listName, position, id, (field.isEmpty() ? "" : field + ": ")
                    + e.getOriginalMessage(), e);
        }
        try {
            return entry.toSource();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSourceListException(listName, position, id, e.getMessage(), e);
        }
    }

    /** One entry as written in the JSON; {@link #toSource()} checks it. */
    private record Entry(String id, String name, String homepage, List<String> feedUrls, List<String> sitemapUrls,
                         List<SectionPageEntry> sectionPages, String country, String language, String level,
                         String origin, Boolean enabled, String note) {

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

        private static SourceLevel level(String value) {
            requireText("level", value);
            try {
                return SourceLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown level \"" + value + "\"; expected one of "
                        + Arrays.stream(SourceLevel.values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList(), e);
            }
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
    }

    private record SectionPageEntry(String url, String linkSelector) {

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

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
    }

    /** An absolute http or https URL with a host: what the fetcher can ask for. */
    private static void requireHttpUrl(String field, String value) {
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
    }
}
