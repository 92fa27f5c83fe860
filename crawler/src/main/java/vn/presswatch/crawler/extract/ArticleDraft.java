package vn.presswatch.crawler.extract;

import java.time.OffsetDateTime;

/**
 * The article as the stages fill it in, one field at a time. Every {@code offer} keeps the first usable value,
 * so the order of the stages is their order of trust. One draft per page; not thread-safe.
 */
final class ArticleDraft {

    private String title;
    private String description;
    private String lead;
    private String body;
    private String bodySource;
    private String author;
    private OffsetDateTime published;
    private String canonicalUrl;
    private String language;
    private String imageUrl;

    /** Takes {@code value} as the title if none is set yet and it is not blank; returns whether it did. */
    boolean offerTitle(String value) {
        if (title == null && usable(value)) {
            title = PlainText.line(value);
            return true;
        }
        return false;
    }

    /** A summary from metadata (og:description, JSON-LD description); a lead candidate, not the lead itself. */
    boolean offerDescription(String value) {
        if (description == null && usable(value)) {
            description = PlainText.line(value);
            return true;
        }
        return false;
    }

    boolean offerLead(String value) {
        if (lead == null && usable(value)) {
            lead = PlainText.line(value);
            return true;
        }
        return false;
    }

    /**
     * Takes {@code text} as the body if none is set yet and it has at least {@code minChars} characters.
     *
     * @param source who found it ("json-ld", "site-rules", "generic"...), for debugging
     */
    boolean offerBody(String text, int minChars, String source) {
        if (body == null && text != null) {
            String cleaned = PlainText.paragraphs(text);
            if (!cleaned.isEmpty() && cleaned.length() >= minChars) {
                body = cleaned;
                bodySource = source;
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the body after cleanup (removing a repeated title or a byline); only the finishing stages do: the
     * byline under the article and the cleanup.
     */
    void replaceBody(String text) {
        body = PlainText.paragraphs(text);
    }

    /** Replaces the title after cleanup (the site name removed); only the finishing stage does. */
    void replaceTitle(String value) {
        title = PlainText.line(value);
    }

    boolean offerAuthor(String value) {
        if (author == null && usable(value)) {
            author = PlainText.line(value);
            return true;
        }
        return false;
    }

    boolean offerPublished(OffsetDateTime value) {
        if (published == null && value != null) {
            published = value;
            return true;
        }
        return false;
    }

    boolean offerCanonicalUrl(String value) {
        if (canonicalUrl == null && usable(value)) {
            canonicalUrl = value.trim();
            return true;
        }
        return false;
    }

    boolean offerLanguage(String value) {
        if (language == null && usable(value)) {
            language = value;
            return true;
        }
        return false;
    }

    boolean offerImageUrl(String value) {
        if (imageUrl == null && usable(value)) {
            imageUrl = value.trim();
            return true;
        }
        return false;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String lead() {
        return lead;
    }

    String body() {
        return body;
    }

    String bodySource() {
        return bodySource;
    }

    String author() {
        return author;
    }

    OffsetDateTime published() {
        return published;
    }

    String canonicalUrl() {
        return canonicalUrl;
    }

    String language() {
        return language;
    }

    String imageUrl() {
        return imageUrl;
    }

    ExtractedArticle toArticle() {
        return new ExtractedArticle(
                title == null ? "" : title,
                lead == null ? "" : lead,
                body == null ? "" : body,
                author, published, canonicalUrl, language, imageUrl);
    }

    private static boolean usable(String value) {
        return value != null && !value.isBlank();
    }
}
