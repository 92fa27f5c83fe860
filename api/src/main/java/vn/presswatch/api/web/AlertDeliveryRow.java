package vn.presswatch.api.web;

import vn.presswatch.api.alert.AlertDelivery;

/**
 * A delivery that keeps failing, as the rules page lists it.
 *
 * @param id        the delivery id
 * @param retryHref where the "send again now" form posts
 * @param ruleName  the rule it belongs to
 * @param channel   "Thư điện tử" or "Webhook"
 * @param target    the recipients or the webhook address
 * @param attempts  tries so far
 * @param lastError why the last try failed
 * @param nextTry   when it is tried again, Vietnam time
 */
public record AlertDeliveryRow(String id, String retryHref, String ruleName, String channel, String target,
                               int attempts, String lastError, String nextTry) {

    static AlertDeliveryRow of(AlertDelivery d) {
        return new AlertDeliveryRow(d.id(), AlertLinks.delivery(d.id()) + "/retry",
                d.ruleName() == null ? d.ruleId() : d.ruleName(), d.channel().vietnameseName(), d.target(),
                d.attempts(), d.lastError() == null ? "—" : d.lastError(), VietnamTime.format(d.nextAttemptAt()));
    }
}
