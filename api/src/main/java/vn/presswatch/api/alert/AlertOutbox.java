package vn.presswatch.api.alert;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.presswatch.api.audit.TimeOrderedIds;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * Queues deliveries in the store before anything is sent: one per channel of the rule, at once for instant rules,
 * and at the top of each hour for the alerts an hourly rule gathered during the hour before.
 */
@Singleton
public class AlertOutbox {
    private final RecordCollection<AlertDelivery> deliveries;
    private final RecordCollection<AlertEvent> events;
    private final RecordCollection<AlertRule> rules;

    public AlertOutbox(ArticleStore store) {
        this.deliveries = store.records(AlertDelivery.RECORD_TYPE);
        this.events = store.records(AlertEvent.RECORD_TYPE);
        this.rules = store.records(AlertRule.RECORD_TYPE);
    }

    /**
     * Queues, with one durable write, a delivery of each alert through every channel of its rule (one message per
     * alert: an instant alert is read and handled on its own).
     */
    public List<AlertDelivery> queue(Map<AlertRule, List<String>> eventIdsByRule, Instant at) {
        List<AlertDelivery> queued = new ArrayList<>();
        eventIdsByRule.forEach((rule, eventIds) -> {
            for (String eventId : eventIds) {
                for (AlertDelivery.Channel channel : channels(rule)) {
                    queued.add(AlertDelivery.queue(TimeOrderedIds.of(at), rule, channel, List.of(eventId), at));
                }
            }
        });
        deliveries.putAll(queued);
        return queued;
    }

    /**
     * Gathers the alerts hourly rules opened before the current hour into one delivery per rule and channel.
     * Idempotent: the delivery ids name the hour, so a repeated call (or a second instance) adds nothing.
     */
    public List<AlertDelivery> gatherHourly(Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        List<AlertDelivery> queued = new ArrayList<>();
        for (AlertRule rule : rules.all()) {
            List<AlertEvent> waiting = events.find("batch", rule.id()).stream()
                    .filter(e -> e.matchedAt().isBefore(hour))
                    .sorted(Comparator.comparing(AlertEvent::matchedAt)).toList();
            if (waiting.isEmpty()) {
                continue;
            }
            List<String> ids = waiting.stream().map(AlertEvent::id).toList();
            for (AlertDelivery.Channel channel : channels(rule)) {
                String id = rule.id() + "@" + hour.getEpochSecond() + "@" + channel.name().toLowerCase(Locale.ROOT);
                AlertDelivery delivery = AlertDelivery.queue(id, rule, channel, ids, now);
                if (deliveries.putIfAbsent(delivery)) {
                    queued.add(delivery);
                }
            }
            events.putAll(waiting.stream().map(AlertEvent::batched).toList());
        }
        return queued;
    }

    /** Deliveries due at {@code now}, oldest first. */
    public List<AlertDelivery> due(Instant now) {
        return pending().stream().filter(d -> !d.nextAttemptAt().isAfter(now)).toList();
    }

    /** Every delivery still to be sent, oldest first. */
    public List<AlertDelivery> pending() {
        return deliveries.find("status", AlertDelivery.Status.PENDING.name()).stream()
                .sorted(Comparator.comparing(AlertDelivery::createdAt)).toList();
    }

    /** The deliveries of one rule, newest first, at most {@code limit}. */
    public List<AlertDelivery> ofRule(String ruleId, int limit) {
        return deliveries.find("rule", ruleId).stream()
                .sorted(Comparator.comparing(AlertDelivery::createdAt).reversed()).limit(limit).toList();
    }

    /** Records the outcomes of tries, with one durable write. */
    public void record(List<AlertDelivery> outcomes) {
        deliveries.putAll(outcomes);
    }

    /** Makes a pending delivery due at once; false when there is none with that id still pending. */
    public boolean retryNow(String id, Instant now) {
        return deliveries.get(id).filter(d -> d.status() == AlertDelivery.Status.PENDING).map(d -> {
            deliveries.put(d.dueNow(now));
            return true;
        }).orElse(false);
    }

    private static List<AlertDelivery.Channel> channels(AlertRule rule) {
        List<AlertDelivery.Channel> channels = new ArrayList<>(2);
        if (!rule.emails().isEmpty()) {
            channels.add(AlertDelivery.Channel.EMAIL);
        }
        if (rule.webhookUrl() != null) {
            channels.add(AlertDelivery.Channel.WEBHOOK);
        }
        return channels;
    }
}
