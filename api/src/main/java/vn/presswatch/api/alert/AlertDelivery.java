package vn.presswatch.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.RecordType;

/**
 * One message to send: some alerts of one rule, to its e-mail recipients or its webhook. Kept in the store before
 * anything is sent (an outbox), so a delivery that fails is retried with growing waits until it succeeds, survives
 * restarts, and shows in the UI while it fails; it is never dropped.
 *
 * @param id            time-ordered for instant deliveries; rule, hour and channel for hourly ones
 * @param ruleId        the rule whose alerts these are
 * @param ruleName      its name
 * @param channel       e-mail or webhook
 * @param target        the recipients ('; '-joined) or the webhook address, as the rule had them
 * @param eventIds      the alerts it carries
 * @param createdAt     when it was queued
 * @param attempts      tries so far
 * @param nextAttemptAt when the next try is due (null once delivered)
 * @param status        pending or delivered
 * @param lastError     why the last try failed, in words a person can act on, or null
 * @param deliveredAt   when it was delivered, or null
 */
public record AlertDelivery(String id, String ruleId, String ruleName, Channel channel, String target,
                            List<String> eventIds, Instant createdAt, int attempts, Instant nextAttemptAt,
                            Status status, String lastError, Instant deliveredAt) {

    public static final RecordType<AlertDelivery> RECORD_TYPE = RecordType.of("alert-delivery", AlertDelivery.class,
                    AlertDelivery::id)
            .withAttribute("status", d -> List.of(d.status().name()))
            .withAttribute("rule", d -> List.of(d.ruleId()));

    /** How a delivery travels. */
    public enum Channel {
        EMAIL("Thư điện tử"),
        WEBHOOK("Webhook");

        private final String vietnameseName;

        Channel(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    /** Whether it still has to be sent. */
    public enum Status {
        PENDING,
        DELIVERED
    }

    public AlertDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(target, "target");
        eventIds = List.copyOf(eventIds);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
    }

    /** A delivery due now. */
    public static AlertDelivery queue(String id, AlertRule rule, Channel channel, List<String> eventIds,
                                      Instant at) {
        String target = channel == Channel.EMAIL ? String.join("; ", rule.emails()) : rule.webhookUrl();
        return new AlertDelivery(id, rule.id(), rule.name(), channel, target, eventIds, at, 0, at, Status.PENDING,
                null, null);
    }

    /** True while it is pending after at least one failed try. */
    public boolean failing() {
        return status == Status.PENDING && attempts > 0;
    }

    public AlertDelivery delivered(Instant at) {
        return new AlertDelivery(id, ruleId, ruleName, channel, target, eventIds, createdAt, attempts + 1, null,
                Status.DELIVERED, lastError, at);
    }

    public AlertDelivery failed(String error, Instant retryAt) {
        return new AlertDelivery(id, ruleId, ruleName, channel, target, eventIds, createdAt, attempts + 1, retryAt,
                Status.PENDING, error, null);
    }

    /** Due at once (an editor asked to retry now). */
    public AlertDelivery dueNow(Instant at) {
        return new AlertDelivery(id, ruleId, ruleName, channel, target, eventIds, createdAt, attempts, at, status,
                lastError, deliveredAt);
    }
}
