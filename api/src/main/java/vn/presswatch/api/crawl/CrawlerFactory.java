package vn.presswatch.api.crawl;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.crawler.crawl.ArticleSink;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.store.ArticleStore;

/** Creates the crawler (with the Vert.x instance it owns) and closes it on shutdown. */
@Factory
public class CrawlerFactory {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    Crawler crawler(ArticleStore store, ArticleSink sink, CrawlerProperties properties) {
        Crawler.Settings settings;
        try {
            settings = properties.toSettings();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("presswatch.crawler: " + e.getMessage(), e);
        }
        if (!properties.hasContact()) {
            LOG.warn("presswatch.crawler.contact (PRESSWATCH_CRAWLER_CONTACT) is not set: site owners see no "
                    + "address to write to in the crawler's User-Agent. Set it to the office's e-mail or web page.");
        }
        return new Crawler(store, sink, settings, Clock.systemUTC());
    }
}
