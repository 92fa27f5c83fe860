package vn.presswatch.api.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.presswatch.api.alert.AlertBatching;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.alert.AlertRuleDraft;
import vn.presswatch.store.Tone;

/**
 * The alert rule form's values as typed, in both directions: a stored rule into the edit form, and what an
 * editor sent into an {@link AlertRuleDraft}. A form with a mistake comes back exactly as it was sent.
 *
 * @param name       rule name
 * @param query      query text
 * @param topics     checked topic ids
 * @param tones      checked tone ids
 * @param sources    selected source ids
 * @param localities locality names, separated by commas or lines
 * @param origin     {@code domestic}, {@code foreign} or "" for both
 * @param emails     recipients, one per line or separated by ';'
 * @param webhookUrl webhook address or ""
 * @param batching   {@code instant} or {@code hourly}
 * @param enabled    whether the rule is switched on
 */
public record AlertRuleForm(String name, String query, Set<String> topics, Set<String> tones, Set<String> sources,
                            String localities, String origin, String emails, String webhookUrl, String batching,
                            boolean enabled) {

    public AlertRuleForm {
        name = text(name);
        query = text(query);
        topics = Set.copyOf(topics);
        tones = Set.copyOf(tones);
        sources = Set.copyOf(sources);
        localities = text(localities);
        origin = text(origin);
        emails = text(emails);
        webhookUrl = text(webhookUrl);
        batching = batching == null || batching.isBlank() ? AlertBatching.INSTANT.id() : batching;
    }

    /** An empty form for a new rule: instant delivery, switched on. */
    static AlertRuleForm blank() {
        return new AlertRuleForm("", "", Set.of(), Set.of(), Set.of(), "", "", "", "", AlertBatching.INSTANT.id(),
                true);
    }

    static AlertRuleForm of(AlertRule rule) {
        return new AlertRuleForm(rule.name(), rule.query(), rule.topics(),
                rule.tones().stream().map(Tone::id).collect(Collectors.toSet()), rule.sources(),
                String.join(", ", rule.localities()),
                rule.origin() == null ? "" : rule.origin().name().toLowerCase(Locale.ROOT),
                String.join("\n", rule.emails()), rule.webhookUrl(), rule.batching().id(), rule.enabled());
    }

    /** The posted fields; absent ones are empty, and an unchecked "enabled" means switched off. */
    static AlertRuleForm of(Map<String, List<String>> fields) {
        return new AlertRuleForm(AlertFormBody.first(fields, "name"), AlertFormBody.first(fields, "query"),
                all(fields, "topics"), all(fields, "tones"), all(fields, "sources"),
                AlertFormBody.first(fields, "localities"), AlertFormBody.first(fields, "origin"),
                AlertFormBody.first(fields, "emails"), AlertFormBody.first(fields, "webhookUrl"),
                AlertFormBody.first(fields, "batching"), !AlertFormBody.first(fields, "enabled").isEmpty());
    }

    /** The draft the back end checks; the same name stands in when {@code placeholderName} is given and none was. */
    AlertRuleDraft draft(String placeholderName) {
        String draftName = name.isBlank() && placeholderName != null ? placeholderName : name;
        List<String> places = Arrays.stream(localities.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new AlertRuleDraft(draftName, query, List.copyOf(topics), List.copyOf(tones), List.copyOf(sources),
                places, origin, List.of(emails), webhookUrl, batching, enabled);
    }

    private static Set<String> all(Map<String, List<String>> fields, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : fields.getOrDefault(name, List.of())) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
