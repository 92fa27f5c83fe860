package vn.presswatch.api.alert;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.digest.DigestHtml;
import vn.presswatch.api.web.VietnamTime;

/**
 * What one delivery says: the rule and its alerts, as an e-mail (subject, HTML, plain text) and as the webhook's
 * JSON. Article text is hostile input: the HTML escapes every piece of it.
 *
 * @param delivery the delivery being sent
 * @param alerts   its alerts still in the store (a deleted one is left out)
 * @param outlets  source id to outlet name
 * @param baseUrl  the address users open presswatch at, without a trailing slash
 */
public record AlertMessage(AlertDelivery delivery, List<AlertEvent> alerts, Map<String, String> outlets,
                           String baseUrl) {

    public String subject() {
        return "[presswatch] Cảnh báo \"" + delivery.ruleName() + "\": " + alerts.size() + " tin mới";
    }

    public String text() {
        StringBuilder t = new StringBuilder();
        t.append("Quy tắc cảnh báo \"").append(delivery.ruleName()).append("\" khớp ").append(alerts.size())
                .append(" tin:\n\n");
        int n = 1;
        for (AlertEvent a : alerts) {
            t.append(n++).append(". ").append(a.title()).append('\n')
                    .append("   ").append(outlet(a)).append(" · ").append(VietnamTime.format(time(a)))
                    .append(copies(a)).append('\n')
                    .append("   Bài gốc: ").append(a.url()).append('\n')
                    .append("   Xử lý: ").append(link(a)).append("\n\n");
        }
        t.append("Xem và xử lý mọi cảnh báo: ").append(baseUrl).append("/alerts\n");
        return t.toString();
    }

    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(DigestHtml.escape(subject())).append("</title></head>\n<body style=\"margin:0;padding:16px;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111827;\">\n")
                .append("<p style=\"margin:0 0 12px;\">Quy tắc cảnh báo <strong>")
                .append(DigestHtml.escape(delivery.ruleName())).append("</strong> khớp ").append(alerts.size())
                .append(" tin:</p>\n<ol style=\"margin:0;padding-left:22px;\">\n");
        for (AlertEvent a : alerts) {
            h.append("<li style=\"margin:0 0 10px;\"><a href=\"").append(DigestHtml.escape(a.url()))
                    .append("\" style=\"color:#1d4ed8;font-weight:bold;\">").append(DigestHtml.escape(a.title()))
                    .append("</a><br><span style=\"color:#4b5563;\">").append(DigestHtml.escape(outlet(a)))
                    .append(" · ").append(VietnamTime.format(time(a))).append(DigestHtml.escape(copies(a)))
                    .append("</span><br><a href=\"").append(DigestHtml.escape(link(a)))
                    .append("\" style=\"color:#1d4ed8;\">Giao xử lý / phản hồi</a></li>\n");
        }
        h.append("</ol>\n<p style=\"margin:12px 0 0;\"><a href=\"").append(DigestHtml.escape(baseUrl + "/alerts"))
                .append("\" style=\"color:#1d4ed8;\">Mọi cảnh báo</a></p>\n</body></html>\n");
        return h.toString();
    }

    /** The webhook's body. */
    public WebhookPayload payload() {
        return new WebhookPayload(delivery.id(), delivery.attempts() + 1, new WebhookPayload.Rule(delivery.ruleId(),
                delivery.ruleName()), alerts.stream().map(a -> new WebhookPayload.Alert(a.id(), a.articleId(),
                a.title(), a.url(), a.sourceId(), outlet(a), a.publishedAt(), a.matchedAt(), a.copies(),
                a.state().id(), link(a))).toList());
    }

    /**
     * The JSON a webhook receives.
     *
     * @param deliveryId the delivery's id: the same on every retry, so a receiver can drop repeats
     * @param attempt    1 for the first try
     * @param rule       the rule that matched
     * @param alerts     the alerts
     */
    @Serdeable
    public record WebhookPayload(String deliveryId, int attempt, Rule rule, List<Alert> alerts) {
        @Serdeable
        public record Rule(String id, String name) {
        }

        @Serdeable
        public record Alert(String id, String articleId, String title, String url, String sourceId, String outlet,
                            Instant publishedAt, Instant matchedAt, int copies, String state, String link) {
        }
    }

    private String outlet(AlertEvent a) {
        return outlets.getOrDefault(a.sourceId(), a.sourceId() == null ? "" : a.sourceId());
    }

    private String link(AlertEvent a) {
        return baseUrl + "/alerts/" + a.id();
    }

    private static Instant time(AlertEvent a) {
        return a.publishedAt() != null ? a.publishedAt() : a.matchedAt();
    }

    private static String copies(AlertEvent a) {
        return a.copies() > 1 ? " (và " + (a.copies() - 1) + " bài cùng tin)" : "";
    }
}
