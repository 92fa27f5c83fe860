package vn.presswatch.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.store.Tone;

/**
 * One rule in the rules list: its condition and its delivery as short Vietnamese lines.
 *
 * @param id         the rule id
 * @param href       its edit page
 * @param name       its name
 * @param query      query text, or "" when the filters alone select
 * @param conditions the filters, one line each ("Chủ đề: …")
 * @param delivery   where and how alerts are sent, one line each
 * @param enabled    whether it is switched on
 */
public record AlertRuleRow(String id, String href, String name, String query, List<String> conditions,
                           List<String> delivery, boolean enabled) {
    public AlertRuleRow {
        conditions = List.copyOf(conditions);
        delivery = List.copyOf(delivery);
    }

    static AlertRuleRow of(AlertRule rule, TopicNames topics, Map<String, String> outlets) {
        List<String> conditions = new ArrayList<>();
        if (!rule.topics().isEmpty()) {
            conditions.add("Chủ đề: " + String.join(", ", rule.topics().stream().map(topics::name).sorted().toList()));
        }
        if (!rule.tones().isEmpty()) {
            conditions.add("Sắc thái: " + String.join(", ", rule.tones().stream().sorted()
                    .map(Tone::vietnameseName).toList()));
        }
        if (!rule.sources().isEmpty()) {
            conditions.add("Nguồn: " + String.join(", ", rule.sources().stream()
                    .map(s -> outlets.getOrDefault(s, s)).sorted().toList()));
        }
        if (!rule.localities().isEmpty()) {
            conditions.add("Địa phương: " + String.join(", ", rule.localities().stream().sorted().toList()));
        }
        if (rule.origin() != null) {
            conditions.add("Báo chí: " + rule.origin().vietnameseName());
        }
        List<String> delivery = new ArrayList<>();
        if (!rule.emails().isEmpty()) {
            delivery.add("Thư điện tử: " + String.join(", ", rule.emails()));
        }
        if (rule.webhookUrl() != null) {
            delivery.add("Webhook: " + rule.webhookUrl());
        }
        delivery.add(rule.delivers() ? "Cách gửi: " + rule.batching().vietnameseName()
                : "Chỉ hiện trên trang Cảnh báo, không gửi đi");
        return new AlertRuleRow(rule.id(), AlertLinks.rule(rule.id()), rule.name(), rule.query(), conditions,
                delivery, rule.enabled());
    }
}
