package vn.presswatch.api.alert;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.api.crawl.CrawlerProperties;
import vn.presswatch.api.digest.DigestProperties;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.Source;

/**
 * Sends what the outbox holds, once the server is up: every few seconds it gathers the hourly batches that are due
 * and tries each due delivery; a failed try is recorded with its reason and retried after a wait that doubles up
 * to a cap, for as long as it takes. Only instance 0 of a sharded deployment sends, so no message goes out twice;
 * every instance refreshes its compiled rules.
 */
@Singleton
public class AlertDispatcher implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final AlertOutbox outbox;
    private final AlertMatching matching;
    private final AlertSender sender;
    private final AlertProperties properties;
    private final DigestProperties digest;
    private final CrawlerProperties crawler;
    private final RecordCollection<AlertEvent> events;
    private final RecordCollection<Source> sources;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public AlertDispatcher(AlertOutbox outbox, AlertMatching matching, AlertSender sender,
                           AlertProperties properties, DigestProperties digest, CrawlerProperties crawler,
                           ArticleStore store, Clock clock) {
        this.outbox = outbox;
        this.matching = matching;
        this.sender = sender;
        this.properties = properties;
        this.digest = digest;
        this.crawler = crawler;
        this.events = store.records(AlertEvent.RECORD_TYPE);
        this.sources = store.sources();
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "alerts");
            thread.setDaemon(true);
            return thread;
        });
        long refresh = properties.refresh().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded("refresh", matching::reload), 0, refresh,
                TimeUnit.MILLISECONDS);
        if (crawler.shardIndex() == 0) {
            long poll = properties.poll().toMillis();
            executor.scheduleWithFixedDelay(() -> guarded("send", this::runOnce), poll, poll, TimeUnit.MILLISECONDS);
            LOG.info("Alert deliveries checked every {} s", poll / 1000.0);
        }
    }

    /** Sends what is due now rather than at the next tick (new instant alerts were just opened). */
    public synchronized void wake() {
        if (executor != null && crawler.shardIndex() == 0) {
            executor.execute(() -> guarded("send", this::runOnce));
        }
    }

    /**
     * Gathers due hourly batches and tries every due delivery once.
     *
     * @return how many deliveries were delivered in this run
     */
    public synchronized int runOnce() {
        Instant now = clock.instant();
        outbox.gatherHourly(now);
        List<AlertDelivery> due = outbox.due(now);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, String> outlets = sources.all().stream()
                .collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
        List<AlertDelivery> outcomes = new ArrayList<>(due.size());
        try {
            for (AlertDelivery delivery : due) {
                outcomes.add(attempt(delivery, outlets));
            }
        } finally {
            // One write for the run's outcomes; a crash before it re-sends (receivers dedupe on the delivery id).
            outbox.record(outcomes);
        }
        return (int) outcomes.stream().filter(d -> d.status() == AlertDelivery.Status.DELIVERED).count();
    }

    private AlertDelivery attempt(AlertDelivery delivery, Map<String, String> outlets) {
        List<AlertEvent> alerts = delivery.eventIds().stream().map(events::get).flatMap(Optional::stream).toList();
        if (alerts.isEmpty()) {
            // Its alerts are gone from the store: nothing left to say.
            return delivery.delivered(clock.instant());
        }
        try {
            sender.send(new AlertMessage(delivery, alerts, outlets, digest.base()));
            LOG.info("Alert delivery {} ({} to {}) delivered, try {}", delivery.id(), delivery.channel(),
                    delivery.target(), delivery.attempts() + 1);
            return delivery.delivered(clock.instant());
        } catch (AlertSender.DeliveryFailedException e) {
            Instant now = clock.instant();
            Instant retry = now.plus(properties.retryWait(delivery.attempts() + 1));
            LOG.warn("Alert delivery {} ({} to {}) failed, try {}, next at {}: {}", delivery.id(),
                    delivery.channel(), delivery.target(), delivery.attempts() + 1, retry, e.getMessage());
            return delivery.failed(e.getMessage(), retry);
        }
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // The store failed for a moment; the next run tries again, nothing is lost from the outbox.
            LOG.error("Alert {} failed: {}", what, e.getMessage(), e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
