package vn.presswatch.api.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
        List<AlertEvent> opened = new ArrayList<>();
        for (Article article : articles) {
            if (!created.contains(article.id()) || article.reportTime().isBefore(oldest)) {
                continue;
            }
            for (String ruleId : now.matcher().matches(article)) {
                AlertRule rule = now.rules().get(ruleId);
                AlertEvent event = AlertEvent.open(rule, article, at);
                if (events.putIfAbsent(event)) {
                    opened.add(event);
                    if (rule.batching() == AlertBatching.INSTANT) {
                        outbox.queue(rule, List.of(event.id()), at);
                    }
                } else {
                    events.get(event.id()).ifPresent(existing -> events.put(existing.withCopy()));
                }
            }
        }
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
