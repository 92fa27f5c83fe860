/** Wires the crawler into the application: its settings from application.yml, its Vert.x, its schedule. */
package vn.presswatch.api.crawl;
