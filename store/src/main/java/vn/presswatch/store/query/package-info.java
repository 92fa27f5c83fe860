/**
 * The search and alert query language: {@link vn.presswatch.store.query.QueryParser} turns what a user types
 * into a backend-independent {@link vn.presswatch.store.query.QueryNode} tree.
 */
package vn.presswatch.store.query;
