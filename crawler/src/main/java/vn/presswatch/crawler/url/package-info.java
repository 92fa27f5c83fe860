/**
 * URL policy for the crawler: the canonical form that identifies an article ({@link vn.presswatch.crawler.url.UrlCanonicalizer})
 * and the guard that keeps user-added sources off loopback and private networks ({@link vn.presswatch.crawler.url.AddressGuard}).
 */
package vn.presswatch.crawler.url;
