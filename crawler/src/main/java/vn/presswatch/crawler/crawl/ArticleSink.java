package vn.presswatch.crawler.crawl;

import java.util.List;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;

/**
 * Where crawled articles go: the application classifies them and upserts them into the store. Called on a worker
 * thread, one batch at a time per poll; it must return only once the batch is durably stored, and throw if it is
 * not, so the items are fetched again on the next poll.
 */
@FunctionalInterface
public interface ArticleSink {

    void accept(List<Article> articles) throws Exception;

    /** Straight into a store, unclassified. */
    static ArticleSink into(ArticleStore store) {
        return store::upsert;
    }
}
