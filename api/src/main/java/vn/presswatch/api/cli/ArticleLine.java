package vn.presswatch.api.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.presswatch.crawler.extract.ExtractedArticle;

/**
 * What {@code extract} prints for a page. Fields as in {@link ExtractedArticle}; missing ones are null (title,
 * lead and text are empty instead).
 *
 * @param published ISO-8601 with the Vietnam offset, e.g. "2025-08-18T10:30:00+07:00"; null when unknown
 */
@JsonPropertyOrder({"file", "ok", "title", "lead", "text", "author", "published", "canonicalUrl", "language"})
record ArticleLine(String file, String title, String lead, String text, String author, String published,
        String canonicalUrl, String language) implements FileLine {

    /** Times are shown as the office reads them, whatever offset the page used. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static ArticleLine of(String file, ExtractedArticle article) {
        String published = article.published() == null ? null
                : article.published().atZoneSameInstant(VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new ArticleLine(file, article.title(), article.lead(), article.text(), article.author(), published,
                article.canonicalUrl(), article.language());
    }

    @Override
    @JsonProperty
    public boolean ok() {
        return true;
    }
}
