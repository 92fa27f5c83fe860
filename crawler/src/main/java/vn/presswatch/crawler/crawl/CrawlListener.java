package vn.presswatch.crawler.crawl;

/** Hears how a {@link Crawler#crawlOnce crawl pass} goes, e.g. to show progress on a terminal. */
public interface CrawlListener {

    /** The pass will poll this many sources. */
    default void started(int sources) {
    }

    /** One source is done; called from any thread. */
    default void finished(PollOutcome outcome) {
    }

    CrawlListener NONE = new CrawlListener() {
    };
}
