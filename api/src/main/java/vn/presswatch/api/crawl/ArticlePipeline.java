package vn.presswatch.api.crawl;

import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.api.alert.AlertDispatcher;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertMatching;
import vn.presswatch.api.classify.CurrentClassifier;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.crawler.crawl.ArticleSink;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.UpsertResult;

/**
 * Where crawled and imported articles go: tagged with topics, tone, language and localities by the
 * {@link CurrentClassifier} (the shipped models retrained with the office's corrections), upserted, then matched
 * against the alert rules; new alerts are sent at once.
 */
@Singleton
public class ArticlePipeline implements ArticleSink {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePipeline.class);

    private final CurrentClassifier classifier;
    private final ArticleStore store;
    private final AlertMatching alerts;
    private final AlertDispatcher dispatcher;

    public ArticlePipeline(CurrentClassifier classifier, ArticleStore store, AlertMatching alerts,
                           AlertDispatcher dispatcher) {
        this.classifier = classifier;
        this.store = store;
        this.alerts = alerts;
        this.dispatcher = dispatcher;
    }

    @Override
    public void accept(List<Article> articles) {
        // One classifier for the whole batch, even if a retrained one is swapped in meanwhile.
        ArticleClassifier current = classifier.get();
        List<Article> tagged = articles.stream().map(current::tag).toList();
        UpsertResult result = store.upsert(tagged);
        try {
            List<AlertEvent> opened = alerts.stored(tagged, result);
            if (!opened.isEmpty()) {
                dispatcher.wake();
            }
        } catch (RuntimeException e) {
            // The articles are stored; failing the batch would only re-store them as updates, raising nothing.
            LOG.error("Alert matching failed for a batch of {} articles: {}", tagged.size(), e.getMessage(), e);
        }
    }
}
