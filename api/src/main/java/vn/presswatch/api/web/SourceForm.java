package vn.presswatch.api.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.presswatch.api.service.SourceDraft;
import vn.presswatch.store.Source;

/**
 * The source form's fields as text, in both directions: a stored source into the edit form, and what an editor
 * typed into a {@link SourceDraft} (feeds, sitemaps and section pages one per line; a section page as
 * {@code URL | CSS selector}). The values go back into the form unchanged when a field is wrong.
 */
final class SourceForm {
    static final List<String> FIELDS = List.of("id", "name", "homepage", "feedUrls", "sitemapUrls", "sectionPages",
            "country", "language", "level", "origin", "enabled");

    private SourceForm() {
    }

    /** Empty form for a new source: Vietnamese domestic press, switched on. */
    static Map<String, String> blank() {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("country", "VN");
        values.put("language", "vi");
        values.put("level", "local");
        values.put("origin", "domestic");
        values.put("enabled", "on");
        return values;
    }

    static Map<String, String> of(Source source) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", source.id());
        values.put("name", source.name());
        values.put("homepage", source.homepage() == null ? "" : source.homepage());
        values.put("feedUrls", String.join("\n", source.feedUrls()));
        values.put("sitemapUrls", String.join("\n", source.sitemapUrls()));
        values.put("sectionPages", String.join("\n", source.sectionPages().stream()
                .map(p -> p.url() + " | " + p.linkSelector()).toList()));
        values.put("country", source.country() == null ? "" : source.country());
        values.put("language", source.language() == null ? "" : source.language());
        values.put("level", source.level().name().toLowerCase(Locale.ROOT));
        values.put("origin", source.origin().id());
        values.put("enabled", source.enabled() ? "on" : "");
        return values;
    }

    /** The posted fields, every one present (a missing one as ""), nothing else. */
    static Map<String, String> values(Map<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, posted.getOrDefault(f, "")));
        return values;
    }

    static SourceDraft draft(Map<String, String> values) {
        List<SourceDraft.SectionPageDraft> pages = new ArrayList<>();
        for (String line : lines(values.get("sectionPages"))) {
            int bar = line.indexOf('|');
            pages.add(bar < 0 ? new SourceDraft.SectionPageDraft(line, null)
                    : new SourceDraft.SectionPageDraft(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return new SourceDraft(values.get("id"), values.get("name"), values.get("homepage"),
                lines(values.get("feedUrls")), lines(values.get("sitemapUrls")), pages, values.get("country"),
                values.get("language"), values.get("level"), values.get("origin"),
                !values.getOrDefault("enabled", "").isEmpty());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
