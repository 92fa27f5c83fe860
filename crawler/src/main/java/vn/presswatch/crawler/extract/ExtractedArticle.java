package vn.presswatch.crawler.extract;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What {@link ArticleExtractor} found on one page. All text is NFC.
 *
 * @param title        the headline; empty when none was found, never null
 * @param lead         the lead paragraph ("sapo"); empty when none, never null
 * @param text         the body as plain text, paragraphs separated by a blank line ("\n\n"); empty when none,
 *                     never null. It may start with the lead when the page has no separate lead block.
 * @param author       the byline, or null
 * @param published    when the outlet published it, or null
 * @param canonicalUrl the page's own idea of its address (rel=canonical, og:url, JSON-LD), else the fetched
 *                     address; null only when neither is known
 * @param language     a lower-case ISO 639-1 code from the page's markup ("vi", "en"), or null
 * @param imageUrl     the main image, absolute, or null
 */
public record ExtractedArticle(
        String title,
        String lead,
        String text,
        String author,
        OffsetDateTime published,
        String canonicalUrl,
        String language,
        String imageUrl) {

    public ExtractedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(text, "text");
    }

    /** The lead followed by the body, without repeating the lead when the body already starts with it. */
    public String leadAndText() {
        if (lead.isEmpty()) {
            return text;
        }
        if (text.isEmpty()) {
            return lead;
        }
        return text.startsWith(lead) ? text : lead + "\n\n" + text;
    }
}
