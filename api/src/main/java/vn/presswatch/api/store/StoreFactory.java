package vn.presswatch.api.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import vn.presswatch.api.PresswatchProperties;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.elasticsearch.ElasticsearchArticleStore;
import vn.presswatch.store.elasticsearch.ElasticsearchStoreSettings;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * Creates the one {@link ArticleStore} of the application, chosen by {@code presswatch.store.backend}: the embedded
 * Lucene store by default, Elasticsearch when configured. The store opens when the application starts
 * ({@link Context}), so a data directory in use or an unreachable cluster stops the start instead of the first
 * request, and it is closed (committed) on shutdown.
 */
@Factory
public class StoreFactory {
    static final String BACKEND = "presswatch.store.backend";

    @Context
    @Bean(preDestroy = "close")
    @Requires(property = BACKEND, value = "embedded", defaultValue = "embedded")
    ArticleStore embeddedStore(PresswatchProperties presswatch, EmbeddedStoreProperties embedded) {
        LuceneStoreSettings settings;
        try {
            settings = embedded.toSettings(presswatch.dataDirectory());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("presswatch.store.embedded: " + e.getMessage(), e);
        }
        return new LuceneArticleStore(settings);
    }

    @Context
    @Bean(preDestroy = "close")
    @Requires(property = BACKEND, value = "elasticsearch")
    ArticleStore elasticsearchStore(ElasticsearchStoreProperties elasticsearch) {
        ElasticsearchStoreSettings settings;
        try {
            settings = elasticsearch.toSettings();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("presswatch.store.elasticsearch: " + e.getMessage(), e);
        }
        return new ElasticsearchArticleStore(settings);
    }

    /** A misspelt backend would otherwise leave the application without a store and fail at the first use. */
    @Context
    @Requires(property = BACKEND, pattern = "^(?!(embedded|elasticsearch)$).*")
    ArticleStore unknownBackend(@Property(name = BACKEND) String backend) {
        throw new ConfigurationException(BACKEND + " must be 'embedded' or 'elasticsearch', not '" + backend + "'");
    }
}
