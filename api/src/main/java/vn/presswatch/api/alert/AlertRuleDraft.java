package vn.presswatch.api.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.presswatch.api.service.InvalidFieldsException;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Tone;
import vn.presswatch.store.query.QueryParser;
import vn.presswatch.store.query.QuerySyntaxException;

/**
 * An alert rule as an editor typed it (a form, a JSON body), not yet checked. {@link #toRule} checks every field
 * and reports all problems at once, keyed by these field names, so the form can show each beside its field.
 *
 * @param name       what people call the rule
 * @param query      query text in the store's query language
 * @param topics     topic ids
 * @param tones      {@code positive}, {@code neutral}, {@code negative}
 * @param sources    source ids
 * @param localities locality names
 * @param origin     {@code domestic}, {@code foreign}, or blank for both
 * @param emails     recipients; entries may also hold several addresses separated by ';' or ','
 * @param webhookUrl http(s) address, or blank
 * @param batching   {@code instant} (default) or {@code hourly}
 * @param enabled    null to keep the current setting (new rules: enabled)
 */
@Serdeable
public record AlertRuleDraft(@Nullable String name, @Nullable String query, @Nullable List<String> topics,
                             @Nullable List<String> tones, @Nullable List<String> sources,
                             @Nullable List<String> localities, @Nullable String origin,
                             @Nullable List<String> emails, @Nullable String webhookUrl, @Nullable String batching,
                             @Nullable Boolean enabled) {

    public static final int MAX_NAME = 120;
    public static final int MAX_QUERY = 2_000;
    public static final int MAX_EMAILS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\"]+");

    public AlertRuleDraft {
        topics = nonBlank(topics);
        tones = nonBlank(tones);
        sources = nonBlank(sources);
        localities = nonBlank(localities);
        List<String> split = new ArrayList<>();
        for (String entry : nonBlank(emails)) {
            for (String part : entry.split("[;,\\s]+")) {
                if (!part.isBlank()) {
                    split.add(part.strip());
                }
            }
        }
        emails = split;
    }

    /** The draft of an existing rule, for its edit form. */
    public static AlertRuleDraft of(AlertRule rule) {
        return new AlertRuleDraft(rule.name(), rule.query(), List.copyOf(rule.topics()),
                rule.tones().stream().map(Tone::id).toList(), List.copyOf(rule.sources()),
                List.copyOf(rule.localities()), rule.origin() == null ? null : rule.origin().name().toLowerCase(
                Locale.ROOT), rule.emails(), rule.webhookUrl(), rule.batching().id(), rule.enabled());
    }

    /**
     * Checks every field and builds the rule.
     *
     * @param id          the rule's id
     * @param author      who created it
     * @param createdAt   when it was created
     * @param now         when this version is saved
     * @param wasEnabled  the setting to keep when {@link #enabled} is null
     * @param taxonomy    the topics that exist
     * @param knownSource whether a source id exists
     * @throws InvalidFieldsException naming each wrong field
     */
    public AlertRule toRule(String id, String author, Instant createdAt, Instant now, boolean wasEnabled,
                            Taxonomy taxonomy, Predicate<String> knownSource) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.put("name", "Hãy đặt tên cho quy tắc.");
        } else if (cleanName.length() > MAX_NAME) {
            errors.put("name", "Tên dài quá " + MAX_NAME + " ký tự.");
        }
        String cleanQuery = query == null ? "" : query.strip();
        if (cleanQuery.length() > MAX_QUERY) {
            errors.put("query", "Câu truy vấn dài quá " + MAX_QUERY + " ký tự.");
        } else {
            try {
                QueryParser.parse(cleanQuery);
            } catch (QuerySyntaxException e) {
                errors.put("query", "Câu truy vấn không hợp lệ: " + e.vietnameseMessage());
            }
        }
        Set<String> topicIds = lowerCase(topics);
        List<String> unknownTopics = topicIds.stream().filter(t -> !taxonomy.contains(t)).toList();
        if (!unknownTopics.isEmpty()) {
            errors.put("topics", "Không có chủ đề " + String.join(", ", unknownTopics) + " trong danh mục.");
        }
        Set<Tone> toneSet = new LinkedHashSet<>();
        for (String t : tones) {
            try {
                toneSet.add(Tone.fromId(t));
            } catch (IllegalArgumentException e) {
                errors.put("tones", "Sắc thái '" + t + "' không hợp lệ (positive, neutral hoặc negative).");
            }
        }
        Set<String> sourceIds = lowerCase(sources);
        List<String> unknownSources = sourceIds.stream().filter(knownSource.negate()).toList();
        if (!unknownSources.isEmpty()) {
            errors.put("sources", "Không có nguồn tin " + String.join(", ", unknownSources) + ".");
        }
        Origin originValue = null;
        if (origin != null && !origin.isBlank()) {
            switch (origin.strip().toLowerCase(Locale.ROOT)) {
                case "domestic", "trong-nuoc" -> originValue = Origin.DOMESTIC;
                case "foreign", "nuoc-ngoai" -> originValue = Origin.FOREIGN;
                default -> errors.put("origin", "'" + origin + "' không hợp lệ (domestic hoặc foreign).");
            }
        }
        if (emails.size() > MAX_EMAILS) {
            errors.put("emails", "Tối đa " + MAX_EMAILS + " người nhận.");
        } else {
            List<String> wrong = emails.stream().filter(e -> !EMAIL.matcher(e).matches()).toList();
            if (!wrong.isEmpty()) {
                errors.put("emails", "Địa chỉ thư không hợp lệ: " + String.join(", ", wrong) + ".");
            }
        }
        String hook = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        if (hook != null) {
            String problem = webhookProblem(hook);
            if (problem != null) {
                errors.put("webhookUrl", problem);
            }
        }
        AlertBatching batchingValue = AlertBatching.INSTANT;
        if (batching != null && !batching.isBlank()) {
            try {
                batchingValue = AlertBatching.fromId(batching);
            } catch (IllegalArgumentException e) {
                errors.put("batching", "Cách gửi " + e.getMessage() + ".");
            }
        }
        if (!errors.containsKey("query") && cleanQuery.isEmpty() && topicIds.isEmpty() && toneSet.isEmpty()
                && sourceIds.isEmpty() && localities.isEmpty() && originValue == null) {
            errors.put("query", "Hãy nhập câu truy vấn hoặc chọn ít nhất một bộ lọc: quy tắc không điều kiện sẽ "
                    + "báo mọi bài viết.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("Quy tắc cảnh báo không hợp lệ", errors);
        }
        return new AlertRule(id, cleanName, cleanQuery, topicIds, toneSet, sourceIds, new LinkedHashSet<>(localities),
                originValue, List.copyOf(new LinkedHashSet<>(emails)), hook, batchingValue,
                enabled != null ? enabled : wasEnabled, author, createdAt, now);
    }

    private static String webhookProblem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "Địa chỉ webhook phải bắt đầu bằng http:// hoặc https://.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "Địa chỉ webhook thiếu tên máy chủ.";
            }
            if (url.length() > 2_000) {
                return "Địa chỉ webhook dài quá 2000 ký tự.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "Địa chỉ webhook không hợp lệ: " + e.getReason() + ".";
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return Objects.requireNonNullElse(values, List.<String>of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.forEach(v -> result.add(v.toLowerCase(Locale.ROOT)));
        return result;
    }
}
