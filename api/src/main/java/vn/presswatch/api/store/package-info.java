/** Binds the {@code presswatch.store.*} settings to the store's settings records and provides the {@code ArticleStore} bean and its health. */
package vn.presswatch.api.store;
