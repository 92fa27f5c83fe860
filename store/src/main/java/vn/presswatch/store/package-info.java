/**
 * The system of record: domain records ({@link vn.presswatch.store.Article}, {@link vn.presswatch.store.Source},
 * {@link vn.presswatch.store.CrawlState}), the {@link vn.presswatch.store.ArticleStore} contract and its requests.
 */
package vn.presswatch.store;
