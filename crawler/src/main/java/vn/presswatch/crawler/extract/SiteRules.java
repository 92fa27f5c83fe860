package vn.presswatch.crawler.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.select.Selector;

/**
 * Per-outlet extraction rules, as data: a JSON document {@code {"sites": [SiteRule...]}}. The bundled set
 * ({@link #bundled()}, resource {@value #BUNDLED}) covers a few Vietnamese outlets' typical markup and is
 * unverified against live pages; an office can load its own with {@link #load}.
 *
 * <p>Immutable and thread-safe. Every selector is checked when loaded, so a typo fails at start-up, not on
 * the thousandth page.
 */
public final class SiteRules {

    static final String BUNDLED = "/vn/presswatch/crawler/extract/site-rules.json";

    private final List<SiteRule> rules;

    private SiteRules(List<SiteRule> rules) {
        this.rules = List.copyOf(rules);
        for (SiteRule rule : this.rules) {
            for (List<String> selectors : List.of(rule.title(), rule.lead(), rule.body(), rule.date(), rule.author(),
                    rule.remove())) {
                selectors.forEach(s -> validate(s, rule));
            }
        }
    }

    public static SiteRules of(List<SiteRule> rules) {
        return new SiteRules(rules);
    }

    public static SiteRules empty() {
        return new SiteRules(List.of());
    }

    /** The rules shipped with the crawler. */
    public static SiteRules bundled() {
        try (InputStream in = SiteRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** Reads rules from JSON ({@code {"sites": [...]}}); fails on a rule without hosts or a bad selector. */
    public static SiteRules load(InputStream json) throws IOException {
        File file = new ObjectMapper().readValue(json, File.class);
        return new SiteRules(file.sites() == null ? List.of() : file.sites());
    }

    /** The rule for {@code host} (lower case, without "www."), if any. */
    public Optional<SiteRule> forHost(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> r.appliesTo(host)).findFirst();
    }

    public List<SiteRule> rules() {
        return rules;
    }

    private static void validate(String selector, SiteRule rule) {
        try {
            Selector.evaluatorOf(selector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("bad selector '" + selector + "' in the site rule for " + rule.hosts(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(List<SiteRule> sites) {
    }
}
