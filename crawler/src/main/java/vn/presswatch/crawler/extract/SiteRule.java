package vn.presswatch.crawler.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * CSS selectors for one outlet's article pages. Each field lists selectors to try in order (fallbacks for
 * redesigns); the first that matches an element with text wins. Missing lists are empty.
 *
 * @param hosts  the hosts this applies to, without "www."; subdomains match too ("m.vnexpress.net")
 * @param title  the headline
 * @param lead   the lead paragraph ("sapo")
 * @param body   the article body container
 * @param date   the date line or a {@code time} element (its datetime attribute is read first)
 * @param author the byline
 * @param remove elements to delete from the body before rendering (related boxes, captions, ads)
 * @param note   where the rule comes from and whether it was checked against live pages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteRule(
        List<String> hosts,
        List<String> title,
        List<String> lead,
        List<String> body,
        List<String> date,
        List<String> author,
        List<String> remove,
        String note) {

    public SiteRule {
        hosts = copy(hosts).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a site rule needs at least one host");
        }
        title = copy(title);
        lead = copy(lead);
        body = copy(body);
        date = copy(date);
        author = copy(author);
        remove = copy(remove);
        note = note == null ? "" : note;
    }

    /** Whether {@code host} (lower case, without "www.") is one of this rule's hosts or a subdomain of one. */
    public boolean appliesTo(String host) {
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
