package vn.presswatch.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search form's values exactly as the user sent them, kept apart from the parsed {@link
 * vn.presswatch.api.query.ArticleQuery} so that a form with a mistake comes back filled in as it was.
 */
public record SearchForm(String q, String from, String to, Set<String> topics, Set<String> tones,
                         Set<String> sources, String origin, String language, String locality, String sort,
                         String size) {

    /** The parameters the form and the exports carry (page is added by the pager). */
    private static final List<String> NAMES = List.of("q", "from", "to", "topic", "tone", "source", "origin",
            "language", "locality", "sort", "size");

    public SearchForm {
        topics = Set.copyOf(topics);
        tones = Set.copyOf(tones);
        sources = Set.copyOf(sources);
    }

    public static SearchForm of(Map<String, List<String>> parameters) {
        return new SearchForm(first(parameters, "q"), first(parameters, "from"), first(parameters, "to"),
                all(parameters, "topic"), all(parameters, "tone"), all(parameters, "source"),
                first(parameters, "origin"), first(parameters, "language"), first(parameters, "locality"),
                first(parameters, "sort"), first(parameters, "size"));
    }

    /** The query string of this form without the page, e.g. {@code q=bi%E1%BB%83n&topic=ocop}. */
    public static String queryString(Map<String, List<String>> parameters) {
        List<String> parts = new ArrayList<>();
        for (String name : NAMES) {
            for (String value : parameters.getOrDefault(name, List.of())) {
                if (!value.isBlank()) {
                    parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("&", parts);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    private static Set<String> all(Map<String, List<String>> parameters, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }
}
