package vn.presswatch.api.web;

import java.util.List;
import java.util.Objects;

/**
 * One article in a list (search hits, dashboard, story cluster), ready to render. Only {@code titleHtml} and
 * {@code snippetHtml} are markup: the store's highlights, HTML-escaped with {@code <mark>} around matches;
 * templates insert everything else escaped.
 *
 * @param id          the article id, for its page's address
 * @param title       plain title
 * @param titleHtml   highlighted title, or null when there are no highlights
 * @param snippetHtml highlighted passage, or null
 * @param lead        plain lead, for lists without highlights
 * @param outlet      the source's name (its id when the source is gone)
 * @param time        report time, dd/MM/yyyy HH:mm Vietnam time
 * @param origin      "Trong nước" or "Nước ngoài"
 * @param topics      topic badges, best first
 * @param tone        tone badge, or null before classification
 * @param url         the original address
 */
public record ArticleRow(String id, String title, String titleHtml, String snippetHtml, String lead, String outlet,
                         String time, String origin, List<Badge> topics, Badge tone, String url) {
    public ArticleRow {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
    }
}
