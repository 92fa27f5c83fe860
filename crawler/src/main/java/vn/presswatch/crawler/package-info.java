/**
 * Turns press sources (feeds, sitemaps, section pages) into clean {@link vn.presswatch.store.Article} records;
 * built on Vert.x, Rome, crawler-commons and Jsoup (see issue "The spine, part 2").
 */
package vn.presswatch.crawler;
