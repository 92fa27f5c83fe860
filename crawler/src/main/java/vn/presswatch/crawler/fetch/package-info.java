/** Polite HTTP fetching on Vert.x: robots.txt, per-host delays, conditional GET, and hard limits on every response. */
package vn.presswatch.crawler.fetch;
