package vn.presswatch.crawler.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication time when no metadata gave one: a short date line near the headline ("Thứ Hai, 18/8/2025,
 * 10:30 (GMT+7)", "Cập nhật: 18/08/2025 10:30"), or a {@code <time datetime>} there, parsed by the crawler's
 * date parser. Only near the headline: the top of Vietnamese pages shows today's date, which is not the
 * article's.
 */
final class DateLineStage implements ExtractionStage {

    /** Elements (document order) looked at before and after the headline. */
    private static final int BEFORE = 25;
    private static final int AFTER = 120;
    /** A date line is short; longer text is a paragraph that merely mentions a date. */
    private static final int MAX_LINE_CHARS = 120;

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        if (draft.published() != null) {
            return;
        }
        Document document = page.document();
        Element headline = HeadlineElement.find(document, draft.title());
        if (headline == null) {
            return;
        }
        // After the headline first (where most outlets print it), then before it.
        OffsetDateTime found = scan(HeadlineElement.following(headline, AFTER), page);
        if (found == null) {
            found = scan(HeadlineElement.preceding(document, headline, BEFORE), page);
        }
        draft.offerPublished(found);
    }

    private static OffsetDateTime scan(List<Element> elements, PageContext page) {
        for (Element e : elements) {
            if (e.nameIs("time") && e.hasAttr("datetime")) {
                OffsetDateTime t = Dates.parse(e.attr("datetime"), page.now());
                if (t != null) {
                    return t;
                }
            }
            if (!HeadlineElement.hasOwnText(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= MAX_LINE_CHARS) {
                OffsetDateTime t = Dates.parse(text, page.now());
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
