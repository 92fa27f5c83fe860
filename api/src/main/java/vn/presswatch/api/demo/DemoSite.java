package vn.presswatch.api.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.crawler.demo.DemoPressSite;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Source;

/**
 * In demo mode, starts the demo press site on loopback with the application and adds its outlets as sources (an
 * outlet already there, perhaps edited, is kept), so the crawler has something real to crawl without internet.
 */
@Context
@Requires(property = "presswatch.demo.enabled", value = "true")
public class DemoSite {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
    private final DemoPressSite site;

    public DemoSite(ArticleStore store, Crawler crawler, @Property(name = "presswatch.demo.site-port",
            defaultValue = "0") int port) {
        site = new DemoPressSite(DemoPressSite.Settings.defaults().withPort(port)).start();
        int added = 0;
        for (Source source : site.sources()) {
            if (store.sources().putIfAbsent(source)) {
                added++;
            }
        }
        crawler.refresh();
        LOG.info("Demo press site at {} ({} outlets, {} added as sources)", site.baseUrl(), site.sources().size(),
                added);
    }

    /** Tells the person who started the demo where to go and how to log in. */
    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        LOG.info("Demo: open {} and log in as demo / demo (editor) — mở địa chỉ trên, đăng nhập demo / demo",
                event.getSource().getURL());
    }

    public String baseUrl() {
        return site.baseUrl();
    }

    @PreDestroy
    void close() {
        site.close();
    }
}
