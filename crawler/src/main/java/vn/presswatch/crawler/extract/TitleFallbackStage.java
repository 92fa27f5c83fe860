package vn.presswatch.crawler.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline when no metadata gave one: the first {@code h1}, else the {@code <title>} without the site
 * name that pages append (" - VnExpress", " | Báo Hải Phòng").
 */
final class TitleFallbackStage implements ExtractionStage {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·]\\s+");
    private static final int MAX_TITLE_CHARS = 400;

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        if (draft.title() != null) {
            return;
        }
        Document document = page.document();
        Element h1 = HeadlineElement.find(document, null);
        if (h1 != null && h1.text().length() <= MAX_TITLE_CHARS) {
            draft.offerTitle(h1.text());
        }
        draft.offerTitle(withoutSiteName(document.title()));
    }

    /** The longest part of a title split at " - ", " | " and the like: the headline, not the site's name. */
    static String withoutSiteName(String title) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }
}
