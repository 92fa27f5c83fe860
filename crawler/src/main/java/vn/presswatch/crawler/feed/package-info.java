/**
 * Lenient, pure-function parsing of RSS/Atom feeds (Rome) and sitemaps (crawler-commons) into item records,
 * turning every unreadable body into a {@link vn.presswatch.crawler.feed.FeedParseException} a person can act on.
 */
package vn.presswatch.crawler.feed;
