/**
 * How articles become index fields and queries become Lucene queries: shared by the embedded backend, the
 * saved-query matcher and the highlighter, and mirrored field by field by the Elasticsearch mapping.
 */
package vn.presswatch.store.index;
