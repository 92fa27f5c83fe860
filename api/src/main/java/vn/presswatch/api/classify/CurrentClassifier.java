package vn.presswatch.api.classify;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Example;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * The classifier the crawl sink uses now: the shipped one, retrained with the office's corrections. Retraining
 * takes seconds, so it runs on one background thread and the new classifier is swapped in when ready; corrections
 * made within {@code presswatch.classifier.retrain-delay} of each other are learnt in one retraining. Corrections
 * in the store are learnt once at start-up, so a restart keeps them. Thread-safe.
 */
@Singleton
public class CurrentClassifier {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentClassifier.class);

    private final ArticleClassifier shipped;
    private final ArticleStore store;
    private final RecordCollection<Correction> corrections;
    private final Duration delay;
    private final AtomicReference<Trained> current;
    private final ScheduledExecutorService worker;
    private final Object trainLock = new Object();
    private boolean scheduled;

    /** A classifier, how many corrected articles it learnt from, and which corrections those were. */
    private record Trained(ArticleClassifier classifier, int corrections, List<String> correctionIds) {
    }

    public CurrentClassifier(ArticleClassifier shipped, ArticleStore store,
                             @Property(name = "presswatch.classifier.retrain-delay", defaultValue = "1m")
                             Duration delay) {
        this.shipped = shipped;
        this.store = store;
        this.corrections = store.records(Correction.RECORD_TYPE);
        this.delay = delay;
        this.current = new AtomicReference<>(new Trained(shipped, 0, List.of()));
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "presswatch-retrain");
            thread.setDaemon(true);
            return thread;
        });
        if (corrections.count() > 0) {
            worker.execute(this::retrainLogged);
        }
    }

    /** The classifier to tag articles with now. */
    public ArticleClassifier get() {
        return current.get().classifier();
    }

    /** How many corrected articles the current classifier has learnt from. */
    public int learntCorrections() {
        return current.get().corrections();
    }

    /** A correction was stored: retrain after the delay, together with any others made meanwhile. */
    public void correctionsChanged() {
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        worker.schedule(() -> {
            synchronized (this) {
                scheduled = false;
            }
            retrainLogged();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Retrains with every stored correction now, on the caller's thread, and swaps the result in. Blocking; when a
     * retraining is under way it waits for it, and when the current classifier already learnt exactly the stored
     * corrections it returns at once (training takes tens of seconds).
     */
    public void retrainNow() {
        synchronized (trainLock) {
            List<String> ids = corrections.all().stream().map(Correction::id).sorted().toList();
            if (ids.equals(current.get().correctionIds())) {
                return;
            }
            List<Example> examples = examples();
            ArticleClassifier next = examples.isEmpty() ? shipped : shipped.retrain(examples);
            current.set(new Trained(next, examples.size(), ids));
            LOG.info("Classifier retrained with {} corrected articles", examples.size());
        }
    }

    private void retrainLogged() {
        try {
            retrainNow();
        } catch (RuntimeException e) {
            // The previous classifier keeps serving; the next correction tries again.
            LOG.error("Could not retrain the classifier with the corrections", e);
        }
    }

    /** Each corrected article once, as its latest correction labels it. */
    private List<Example> examples() {
        Map<String, Correction> latest = new LinkedHashMap<>();
        corrections.all().stream().sorted(Comparator.comparing(Correction::id))
                .forEach(c -> latest.put(c.articleId(), c));
        List<Example> examples = new ArrayList<>();
        for (Correction c : latest.values()) {
            Optional<Article> article = store.get(c.articleId());
            String title = article.map(Article::title).orElse(c.title());
            String text = article.map(a -> a.lead().isBlank() ? a.text() : a.lead() + "\n\n" + a.text()).orElse("");
            if (!title.isBlank() || !text.isBlank()) {
                examples.add(new Example(c.topicsAfter(), c.toneAfter(), title, text, "correction " + c.id()));
            }
        }
        return examples;
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
