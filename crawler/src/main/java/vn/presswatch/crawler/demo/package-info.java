/**
 * A local demo press site on loopback: fictional outlets with feeds, sitemaps, section pages and article pages,
 * live releases, bulk pages for benchmarks and misbehaving endpoints, for the application's demo mode and tests.
 */
package vn.presswatch.crawler.demo;
