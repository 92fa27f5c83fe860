package vn.presswatch.api.classify;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.List;
import vn.presswatch.api.report.OfficeProperties;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.crawler.crawl.ArticleSink;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;

/**
 * The classifier (trained models shipped in the classifier jar) and the crawl pipeline's sink: every crawled
 * article is tagged with topics, tone, language and localities by the {@link CurrentClassifier} (the shipped one
 * retrained with the office's corrections), then upserted.
 */
@Factory
public class ClassifierFactory {

    /** The shipped models, and the gazetteer with the office's own places (presswatch.office.*). */
    @Singleton
    ArticleClassifier classifier(OfficeProperties office) {
        try {
            return ArticleClassifier.standard(Localities.tagger(OfficePlaces.settings(office.homeProvinces(),
                    office.places())));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    @Singleton
    ArticleSink articleSink(CurrentClassifier current, ArticleStore store) {
        return articles -> {
            // One classifier for the whole batch, even if a retrained one is swapped in meanwhile.
            ArticleClassifier classifier = current.get();
            List<Article> tagged = articles.stream().map(classifier::tag).toList();
            store.upsert(tagged);
        };
    }
}
