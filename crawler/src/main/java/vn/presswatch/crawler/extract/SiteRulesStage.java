package vn.presswatch.crawler.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies the {@link SiteRule} for the page's host, if there is one: headline, lead, byline, date line and
 * body from the rule's selectors, the body cleaned of the rule's {@code remove} selectors and then of the
 * usual boilerplate.
 */
final class SiteRulesStage implements ExtractionStage {

    private static final int MAX_AUTHOR_CHARS = 120;

    private final SiteRules rules;
    private final int minBodyChars;
    private final ContentRenderer renderer;

    SiteRulesStage(SiteRules rules, int minBodyChars, ContentRenderer renderer) {
        this.rules = rules;
        this.minBodyChars = minBodyChars;
        this.renderer = renderer;
    }

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        Optional<SiteRule> found = rules.forHost(page.host());
        if (found.isEmpty()) {
            return;
        }
        SiteRule rule = found.get();
        Document document = page.document();
        first(document, rule.title()).ifPresent(e -> draft.offerTitle(e.text()));
        first(document, rule.lead()).ifPresent(e -> draft.offerLead(e.text()));
        first(document, rule.author()).map(Element::text).filter(a -> a.length() <= MAX_AUTHOR_CHARS)
                .ifPresent(draft::offerAuthor);
        first(document, rule.date()).ifPresent(e -> {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            draft.offerPublished(Dates.parse(value, page.now()));
        });
        if (draft.body() == null) {
            first(document, rule.body()).ifPresent(container -> {
                Element work = container.clone();
                for (String selector : rule.remove()) {
                    work.select(selector).remove();
                }
                draft.offerBody(renderer.render(work), minBodyChars, "site-rules");
            });
        }
    }

    /** The first element matched by the first selector that finds one with text. */
    private static Optional<Element> first(Document document, List<String> selectors) {
        for (String selector : selectors) {
            for (Element element : document.select(selector)) {
                if (!element.text().isBlank() || element.hasAttr("datetime") || element.hasAttr("content")) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }
}
