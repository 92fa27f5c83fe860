package vn.presswatch.api.crawl;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import vn.presswatch.crawler.crawl.Crawler;

/** Starts the crawl schedule once the server is up (not in command-line runs, which start no server). */
@Singleton
public class CrawlScheduling implements ApplicationEventListener<ServerStartupEvent> {
    private final Crawler crawler;
    private final CrawlerProperties properties;

    public CrawlScheduling(Crawler crawler, CrawlerProperties properties) {
        this.crawler = crawler;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (properties.scheduled()) {
            crawler.start();
        }
    }
}
