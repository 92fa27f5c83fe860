/**
 * Reads web archives (WARC, as Common Crawl's CC-NEWS publishes them) into captured HTML pages, so an office can
 * backfill articles from before it started crawling; built on jwarc.
 */
package vn.presswatch.crawler.warc;
