package vn.presswatch.api.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.SavedQueryMatcher;
import vn.presswatch.store.UpsertResult;

/**
 * Matches every newly stored article against the enabled alert rules (compiled once into the store's
 * {@link SavedQueryMatcher}) and opens one alert per rule and story cluster, queuing its deliveries. Rules changed
 * here apply at once ({@link #reload()}); those changed by another instance on the next refresh. Thread-safe.
 */
@Singleton
public class AlertMatching {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMatching.class);

    private final ArticleStore store;
    private final RecordCollection<AlertRule> rules;
    private final RecordCollection<AlertEvent> events;
    private final AlertOutbox outbox;
    private final AlertProperties properties;
    private final Clock clock;
    private volatile Compiled compiled;

    private record Compiled(Map<String, AlertRule> rules, SavedQueryMatcher matcher) {
    }

    public AlertMatching(ArticleStore store, AlertOutbox outbox, AlertProperties properties, Clock clock) {
        this.store = store;
        this.rules = store.records(AlertRule.RECORD_TYPE);
        this.events = store.records(AlertEvent.RECORD_TYPE);
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Compiles the enabled rules as stored now. */
    public synchronized void reload() {
        List<AlertRule> enabled = rules.find("enabled", "true");
        Map<String, AlertRule> byId = enabled.stream().collect(Collectors.toMap(AlertRule::id, Function.identity()));
        Compiled previous = compiled;
        if (previous != null && previous.rules().equals(byId)) {
            return;
        }
        compiled = new Compiled(byId, store.matcher(enabled.stream().map(AlertRule::savedQuery).toList()));
        LOG.debug("{} alert rules compiled", byId.size());
    }

    /** How many rules are being matched. */
    public int ruleCount() {
        return current().rules().size();
    }

    /**
     * Matches the articles an upsert created (an updated article raised its alerts when it was new) and opens the
     * alerts they raise.
     *
     * @return the alerts opened (not those that only counted one more copy)
     */
    public List<AlertEvent> stored(List<Article> articles, UpsertResult result) {
        if (result.created().isEmpty()) {
            return List.of();
        }
        Compiled now = current();
        if (now.rules().isEmpty()) {
            return List.of();
        }
        Set<String> created = new HashSet<>(result.created());
        Instant at = clock.instant();
        Instant oldest = at.minus(properties.newsAge());
        // The first article of a story in this batch opens its alert; later copies only count.
        Map<String, AlertEvent> first = new LinkedHashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (Article article : articles) {
            if (!created.contains(article.id()) || article.reportTime().isBefore(oldest)) {
                continue;
            }
            for (String ruleId : now.matcher().matches(article)) {
                AlertEvent event = AlertEvent.open(now.rules().get(ruleId), article, at);
                if (first.putIfAbsent(event.id(), event) != null) {
                    copies.merge(event.id(), 1, Integer::sum);
                }
            }
        }
        if (first.isEmpty()) {
            return List.of();
        }
        // One durable write for the batch's alerts, atomic per alert across instances.
        Set<String> stored = events.putAllIfAbsent(first.values());
        List<AlertEvent> opened = new ArrayList<>(stored.size());
        List<AlertEvent> counted = new ArrayList<>();
        for (AlertEvent event : first.values()) {
            if (stored.contains(event.id())) {
                int more = copies.getOrDefault(event.id(), 0);
                opened.add(more == 0 ? event : event.withCopies(more));
                if (more > 0) {
                    counted.add(event.withCopies(more));
                }
            } else {
                int more = copies.getOrDefault(event.id(), 0) + 1;
                events.get(event.id()).ifPresent(existing -> counted.add(existing.withCopies(more)));
            }
        }
        events.putAll(counted);
        Map<AlertRule, List<String>> instant = new LinkedHashMap<>();
        for (AlertEvent event : opened) {
            AlertRule rule = now.rules().get(event.ruleId());
            if (rule.batching() == AlertBatching.INSTANT) {
                instant.computeIfAbsent(rule, r -> new ArrayList<>()).add(event.id());
            }
        }
        outbox.queue(instant, at);
        return opened;
    }

    private Compiled current() {
        Compiled c = compiled;
        if (c == null) {
            reload();
            c = compiled;
        }
        return c;
    }
}
