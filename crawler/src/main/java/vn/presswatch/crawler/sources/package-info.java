/**
 * Source lists: the real press sources an office starts with (national papers, Hải Phòng and Ninh Bình local press
 * and portals, foreign Vietnamese-language services, English outlets, news search feeds) as data, and the readers
 * and writer that bring lists in and out as JSON, YAML or a feed reader's OPML, all through one validation.
 */
package vn.presswatch.crawler.sources;
