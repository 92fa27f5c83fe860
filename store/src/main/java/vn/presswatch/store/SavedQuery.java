package vn.presswatch.store;

import java.util.Objects;

/**
 * A query kept for matching new articles against (an alert rule's condition).
 *
 * @param id     the owner's id for it (e.g. the alert rule id)
 * @param query  text in the query language
 * @param filter structured filters; its time range is ignored when matching single articles
 */
public record SavedQuery(String id, String query, ArticleFilter filter) {
    public SavedQuery {
        Objects.requireNonNull(id, "id");
        query = Objects.requireNonNullElse(query, "");
        filter = Objects.requireNonNullElse(filter, ArticleFilter.none());
    }
}
