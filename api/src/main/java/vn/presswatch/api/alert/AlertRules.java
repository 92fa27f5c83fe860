package vn.presswatch.api.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.audit.TimeOrderedIds;
import vn.presswatch.api.classify.CurrentClassifier;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Source;
import vn.presswatch.store.Tone;

/**
 * Alert rules: create, change, switch on/off and delete (each audited and applied to matching at once), and the
 * "test this rule" preview of what a rule would have matched in the past days. Blocking (store calls).
 */
@Singleton
public class AlertRules {
    /** How far back the preview looks by default. */
    public static final int PREVIEW_DAYS = 30;

    private final ArticleStore store;
    private final RecordCollection<AlertRule> rules;
    private final RecordCollection<AlertEvent> events;
    private final AlertMatching matching;
    private final CurrentClassifier classifier;
    private final AuditLog audit;
    private final Clock clock;

    public AlertRules(ArticleStore store, AlertMatching matching, CurrentClassifier classifier, AuditLog audit,
                      Clock clock) {
        this.store = store;
        this.rules = store.records(AlertRule.RECORD_TYPE);
        this.events = store.records(AlertEvent.RECORD_TYPE);
        this.matching = matching;
        this.classifier = classifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, by name. */
    public List<AlertRule> list() {
        return rules.all().stream().sorted(Comparator.comparing(AlertRule::name).thenComparing(AlertRule::id))
                .toList();
    }

    /** @throws RecordNotFoundException when there is no such rule */
    public AlertRule require(String id) {
        return rules.get(id).orElseThrow(() -> new RecordNotFoundException("Không có quy tắc cảnh báo mã '" + id
                + "'."));
    }

    /** @throws vn.presswatch.api.service.InvalidFieldsException naming each wrong field */
    public AlertRule create(String actor, AlertRuleDraft draft) {
        Instant now = clock.instant();
        AlertRule rule = check(draft, TimeOrderedIds.of(now), actor, now, now, true);
        rules.put(rule);
        matching.reload();
        audit.record(actor, "alert-rule.create", rule.id(), "Thêm quy tắc cảnh báo \"" + rule.name() + "\": "
                + describe(rule));
        return rule;
    }

    public AlertRule update(String actor, String id, AlertRuleDraft draft) {
        AlertRule before = require(id);
        AlertRule rule = check(draft, id, before.createdBy(), before.createdAt(), clock.instant(), before.enabled());
        rules.put(rule);
        matching.reload();
        audit.record(actor, "alert-rule.update", id, "Sửa quy tắc cảnh báo \"" + rule.name() + "\": "
                + describe(rule));
        return rule;
    }

    public AlertRule setEnabled(String actor, String id, boolean enabled) {
        AlertRule rule = require(id).withEnabled(enabled, clock.instant());
        rules.put(rule);
        matching.reload();
        audit.record(actor, enabled ? "alert-rule.enable" : "alert-rule.disable", id,
                (enabled ? "Bật" : "Tắt") + " quy tắc cảnh báo \"" + rule.name() + "\"");
        return rule;
    }

    /** Deletes the rule; its alerts stay, as the record of what was handled. */
    public AlertRule delete(String actor, String id) {
        AlertRule rule = require(id);
        rules.delete(id);
        matching.reload();
        int open = (int) events.find("rule", id).stream().filter(e -> e.state().open()).count();
        audit.record(actor, "alert-rule.delete", id, "Xóa quy tắc cảnh báo \"" + rule.name() + "\""
                + (open > 0 ? " (còn " + open + " cảnh báo chưa xử lý)" : ""));
        return rule;
    }

    /**
     * What a rule as drafted would have matched in the last {@code days} days: the newest matches first.
     *
     * @throws vn.presswatch.api.service.InvalidFieldsException when the draft is not a valid rule
     */
    public SearchResult preview(AlertRuleDraft draft, int days, int limit) {
        Instant now = clock.instant();
        AlertRule rule = check(draft, "preview", "preview", now, now, true);
        Instant from = now.minus(Duration.ofDays(Math.max(1, Math.min(days, 366))));
        return store.search(new SearchRequest(rule.query(), rule.filter().withRange(from, null), Sort.NEWEST, 0,
                Math.max(1, Math.min(limit, 100)), true));
    }

    private AlertRule check(AlertRuleDraft draft, String id, String author, Instant createdAt, Instant now,
                            boolean wasEnabled) {
        Set<String> known = store.sources().all().stream().map(Source::id).collect(Collectors.toSet());
        return draft.toRule(id, author, createdAt, now, wasEnabled, classifier.get().taxonomy(), known::contains);
    }

    private static String describe(AlertRule rule) {
        StringBuilder d = new StringBuilder();
        d.append("truy vấn '").append(rule.query()).append('\'');
        if (!rule.topics().isEmpty()) {
            d.append("; chủ đề ").append(String.join(", ", rule.topics().stream().sorted().toList()));
        }
        if (!rule.tones().isEmpty()) {
            d.append("; sắc thái ").append(String.join(", ", rule.tones().stream().map(Tone::id).sorted()
                    .toList()));
        }
        if (!rule.sources().isEmpty()) {
            d.append("; nguồn ").append(String.join(", ", rule.sources().stream().sorted().toList()));
        }
        if (rule.origin() != null) {
            d.append("; ").append(rule.origin().name().toLowerCase(Locale.ROOT));
        }
        d.append("; gửi ").append(rule.batching().vietnameseName().toLowerCase(Locale.ROOT));
        if (!rule.emails().isEmpty()) {
            d.append(" tới ").append(String.join(", ", rule.emails()));
        }
        if (rule.webhookUrl() != null) {
            d.append("; webhook ").append(rule.webhookUrl());
        }
        return d.toString();
    }
}
