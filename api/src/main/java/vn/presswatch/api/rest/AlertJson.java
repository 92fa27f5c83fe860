package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.presswatch.api.alert.AlertDelivery;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.audit.AuditEntry;
import vn.presswatch.store.Tone;

/** The JSON shapes of alert rules, alerts and deliveries. Times are ISO-8601 instants (UTC). */
public final class AlertJson {
    private AlertJson() {
    }

    /** A rule as stored. */
    @Serdeable
    public record Rule(String id, String name, String query, List<String> topics, List<String> tones,
                       List<String> sources, List<String> localities, @Nullable String origin, List<String> emails,
                       @Nullable String webhookUrl, String batching, boolean enabled, String createdBy,
                       String createdAt, String updatedAt) {
        static Rule of(AlertRule r) {
            return new Rule(r.id(), r.name(), r.query(), r.topics().stream().sorted().toList(),
                    r.tones().stream().map(Tone::id).sorted().toList(), r.sources().stream().sorted().toList(),
                    r.localities().stream().sorted().toList(),
                    r.origin() == null ? null : r.origin().name().toLowerCase(Locale.ROOT), r.emails(),
                    r.webhookUrl(), r.batching().id(), r.enabled(), r.createdBy(), r.createdAt().toString(),
                    r.updatedAt().toString());
        }
    }

    /** A rule with its latest deliveries. */
    @Serdeable
    public record RuleDetail(Rule rule, List<Delivery> deliveries) {
    }

    /** One alert. */
    @Serdeable
    public record Alert(String id, String ruleId, String ruleName, String clusterId, String articleId, String title,
                        @Nullable String url, @Nullable String sourceId, @Nullable String publishedAt,
                        String matchedAt, int copies, String state, String stateName, @Nullable String assignee,
                        @Nullable String note, @Nullable String responseUrl, String updatedAt,
                        @Nullable String updatedBy) {
        static Alert of(AlertEvent e) {
            return new Alert(e.id(), e.ruleId(), e.ruleName(), e.clusterId(), e.articleId(), e.title(), e.url(),
                    e.sourceId(), text(e.publishedAt()), e.matchedAt().toString(), e.copies(), e.state().id(),
                    e.state().vietnameseName(), e.assignee(), e.note(), e.responseUrl(), e.updatedAt().toString(),
                    e.updatedBy());
        }
    }

    /** One alert with its history (the audit entries about it, oldest first). */
    @Serdeable
    public record AlertDetail(Alert alert, List<AccountJson.AuditView> history) {
        static AlertDetail of(AlertEvent e, List<AuditEntry> history) {
            return new AlertDetail(Alert.of(e), history.stream().map(AccountJson.AuditView::of).toList());
        }
    }

    /** A page of alerts. */
    @Serdeable
    public record Page(long total, int page, int size, List<Alert> alerts) {
    }

    /** A delivery and how it went. */
    @Serdeable
    public record Delivery(String id, String ruleId, String ruleName, String channel, String target,
                           List<String> alertIds, String createdAt, int attempts, String status, boolean failing,
                           @Nullable String nextAttemptAt, @Nullable String lastError,
                           @Nullable String deliveredAt) {
        static Delivery of(AlertDelivery d) {
            return new Delivery(d.id(), d.ruleId(), d.ruleName(), d.channel().name().toLowerCase(Locale.ROOT), d.target(), d.eventIds(), d.createdAt().toString(), d.attempts(),
                    d.status().name().toLowerCase(Locale.ROOT), d.failing(), text(d.nextAttemptAt()),
                    d.lastError(), text(d.deliveredAt()));
        }
    }

    /** Alerts opened in a period, by the state they are in now. */
    @Serdeable
    public record StateCounts(@Nullable String from, @Nullable String to, long total, Map<String, Long> states) {
    }

    /** Body of {@code POST /api/alerts/{id}/assign}. */
    @Serdeable
    public record Assign(@Nullable String assignee) {
    }

    /** Body of {@code POST /api/alerts/{id}/answer} and {@code /dismiss} (which ignores responseUrl). */
    @Serdeable
    public record Close(@Nullable String note, @Nullable String responseUrl) {
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
