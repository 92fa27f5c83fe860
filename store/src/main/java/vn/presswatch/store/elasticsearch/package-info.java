/** The Elasticsearch 9 backend of {@code ArticleStore}: same answers as the embedded Lucene store, over the elasticsearch-java client. */
package vn.presswatch.store.elasticsearch;
