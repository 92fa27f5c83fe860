package vn.presswatch.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.Origin;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.SavedQuery;
import vn.presswatch.store.Tone;

/**
 * What an office wants to hear about at once: a query in the store's query language plus filters, and where the
 * alerts go. Validated by {@link AlertRuleDraft}; kept as a small record in the store so that every instance sharing
 * one Elasticsearch cluster matches the same rules.
 *
 * @param id         time-ordered id
 * @param name       what people call it ("Tin sai lệch về biển đảo")
 * @param query      query text; blank when the filters alone select
 * @param topics     topic ids (any of them), empty for all
 * @param tones      tones (any of them), empty for all
 * @param sources    source ids (any of them), empty for all
 * @param localities locality names (any of them), empty for all
 * @param origin     domestic or foreign press only, or null for both
 * @param emails     e-mail recipients, possibly none
 * @param webhookUrl http(s) address that receives each delivery as JSON, or null
 * @param batching   at once, or gathered per hour
 * @param enabled    false while an editor has it switched off
 * @param createdBy  user name of its author
 * @param createdAt  when it was created
 * @param updatedAt  when it was last changed
 */
public record AlertRule(String id, String name, String query, Set<String> topics, Set<Tone> tones,
                        Set<String> sources, Set<String> localities, Origin origin, List<String> emails,
                        String webhookUrl, AlertBatching batching, boolean enabled, String createdBy,
                        Instant createdAt, Instant updatedAt) {

    public static final RecordType<AlertRule> RECORD_TYPE = RecordType.of("alert-rule", AlertRule.class,
            AlertRule::id).withAttribute("enabled", r -> List.of(Boolean.toString(r.enabled())));

    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        query = Objects.requireNonNullElse(query, "");
        topics = Set.copyOf(Objects.requireNonNullElse(topics, Set.of()));
        tones = Set.copyOf(Objects.requireNonNullElse(tones, Set.of()));
        sources = Set.copyOf(Objects.requireNonNullElse(sources, Set.of()));
        localities = Set.copyOf(Objects.requireNonNullElse(localities, Set.of()));
        emails = List.copyOf(Objects.requireNonNullElse(emails, List.of()));
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl;
        batching = Objects.requireNonNullElse(batching, AlertBatching.INSTANT);
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
    }

    /** The structured filters, without a time range. */
    public ArticleFilter filter() {
        return new ArticleFilter(null, null, sources, topics, tones, Set.of(), localities, origin);
    }

    /** The condition as the store's matcher takes it. */
    public SavedQuery savedQuery() {
        return new SavedQuery(id, query, filter());
    }

    /** Whether it sends anything anywhere (otherwise its alerts only show in the UI). */
    public boolean delivers() {
        return !emails.isEmpty() || webhookUrl != null;
    }

    public AlertRule withEnabled(boolean value, Instant at) {
        return new AlertRule(id, name, query, topics, tones, sources, localities, origin, emails, webhookUrl,
                batching, value, createdBy, createdAt, at);
    }
}
