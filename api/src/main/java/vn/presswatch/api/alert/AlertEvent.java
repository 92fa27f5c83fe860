package vn.presswatch.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Article;
import vn.presswatch.store.RecordType;

/**
 * One alert: a rule matched a story. Its id joins the rule and the story cluster, so the 20 outlets that carry one
 * story raise one alert per rule (the first copy stored opens it; the others only raise {@link #copies}), even on
 * several instances at once ({@code putIfAbsent}).
 *
 * @param id            {@link #idFor(String, String)}
 * @param ruleId        the rule that matched
 * @param ruleName      its name when it matched
 * @param clusterId     the story cluster (the article's own id when it has none)
 * @param articleId     the first article of the cluster that matched
 * @param title         its headline
 * @param sourceId      its source
 * @param url           its address
 * @param publishedAt   when it was published, or null
 * @param matchedAt     when it was stored and matched
 * @param copies        how many articles of the cluster matched (1 for the first)
 * @param state         where the handling is
 * @param assignee      the user it is assigned to, or null
 * @param note          the handler's note (the answer given, or why it was dismissed), or null
 * @param responseUrl   the address of the published response, or null
 * @param updatedAt     when the state last changed
 * @param updatedBy     who changed it last (a user name, or the system)
 * @param awaitingBatch true while an hourly rule's delivery has not yet gathered it
 */
public record AlertEvent(String id, String ruleId, String ruleName, String clusterId, String articleId,
                         String title, String sourceId, String url, Instant publishedAt, Instant matchedAt,
                         int copies, AlertState state, String assignee, String note, String responseUrl,
                         Instant updatedAt, String updatedBy, boolean awaitingBatch) {

    public static final RecordType<AlertEvent> RECORD_TYPE = RecordType.of("alert-event", AlertEvent.class,
                    AlertEvent::id)
            .withAttribute("rule", e -> List.of(e.ruleId()))
            .withAttribute("state", e -> List.of(e.state().id()))
            .withAttribute("assignee", e -> e.assignee() == null ? List.of() : List.of(e.assignee()))
            .withAttribute("batch", e -> e.awaitingBatch() ? List.of(e.ruleId()) : List.of());

    public AlertEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(articleId, "articleId");
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(matchedAt, "matchedAt");
        Objects.requireNonNull(state, "state");
        copies = Math.max(1, copies);
        updatedAt = Objects.requireNonNullElse(updatedAt, matchedAt);
    }

    /** The id of the alert of {@code ruleId} for one story cluster. */
    public static String idFor(String ruleId, String clusterId) {
        return ruleId + "~" + clusterId;
    }

    /** A new alert for the first article of a story that matched. */
    public static AlertEvent open(AlertRule rule, Article article, Instant at) {
        String cluster = article.clusterId() != null ? article.clusterId() : article.id();
        return new AlertEvent(idFor(rule.id(), cluster), rule.id(), rule.name(), cluster, article.id(),
                article.title(), article.sourceId(), article.url(), article.publishedAt(), at, 1, AlertState.NEW, null,
                null, null, at, null, rule.batching() == AlertBatching.HOURLY && rule.delivers());
    }

    /** The same alert after {@code more} further copies of its story matched. */
    public AlertEvent withCopies(int more) {
        return new AlertEvent(id, ruleId, ruleName, clusterId, articleId, title, sourceId, url, publishedAt, matchedAt,
                copies + more, state, assignee, note, responseUrl, updatedAt, updatedBy, awaitingBatch);
    }

    /** The same alert after its state changed. */
    public AlertEvent moved(AlertState newState, String newAssignee, String newNote, String newResponseUrl,
                            String actor, Instant at) {
        return new AlertEvent(id, ruleId, ruleName, clusterId, articleId, title, sourceId, url, publishedAt, matchedAt,
                copies, newState, newAssignee, newNote, newResponseUrl, at, actor, awaitingBatch);
    }

    /** The same alert once an hourly delivery has gathered it. */
    public AlertEvent batched() {
        return new AlertEvent(id, ruleId, ruleName, clusterId, articleId, title, sourceId, url, publishedAt, matchedAt,
                copies, state, assignee, note, responseUrl, updatedAt, updatedBy, false);
    }
}
