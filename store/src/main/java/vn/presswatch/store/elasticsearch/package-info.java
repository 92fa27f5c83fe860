/**
 * The Elasticsearch 9 backend of {@code ArticleStore}: the embedded Lucene store's answers, over the
 * elasticsearch-java client.
 */
package vn.presswatch.store.elasticsearch;
