package vn.presswatch.api.store;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.ArticleStore;

/**
 * The store's part of {@code GET /health}: UP with the backend ({@link ArticleStore#describe()}) and the number of
 * stored articles, or DOWN with the error when the store cannot count. Counting may be a network call
 * (Elasticsearch), so it runs on the I/O executor, never on the event loop. Monitoring polls this often, so only
 * a change of state is logged.
 */
@Singleton
public class StoreHealthIndicator implements HealthIndicator {
    static final String NAME = "store";
    private static final Logger LOG = LoggerFactory.getLogger(StoreHealthIndicator.class);

    private final ArticleStore store;
    private final ExecutorService executor;
    private final AtomicBoolean down = new AtomicBoolean();

    public StoreHealthIndicator(ArticleStore store, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.store = store;
        this.executor = executor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(this::check, executor));
    }

    /** Asks the store now; never throws. */
    HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("backend", store.describe());
        try {
            details.put("articles", store.count());
            if (down.getAndSet(false)) {
                LOG.info("Store is healthy again: {}", store.describe());
            }
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!down.getAndSet(true)) {
                LOG.warn("Store health check failed for {}: {}", store.describe(), error);
            }
            details.put("error", error);
            return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
        }
    }
}
