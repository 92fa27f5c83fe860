/**
 * The crawl loop: when to poll each source's addresses ({@link vn.presswatch.crawler.crawl.CrawlScheduler}), one
 * poll of one source from listing to stored articles ({@link vn.presswatch.crawler.crawl.SourcePoll}), and the
 * crawl state that makes it resumable.
 *
 * <p>At-least-once: a listed article counts as seen only after the {@link vn.presswatch.crawler.crawl.ArticleSink}
 * has stored it, and a listing's validators (ETag, Last-Modified, body hash) advance only after every new item it
 * brought was stored or failed for good. A crash or a store outage therefore re-fetches instead of losing; the
 * store's idempotent upsert makes the repeat harmless.
 */
package vn.presswatch.crawler.crawl;
