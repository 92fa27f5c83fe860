/**
 * The list of real press sources an office starts with (national papers, Hải Phòng and Ninh Bình local press and
 * portals, foreign Vietnamese-language services, English outlets, news search feeds), as data, and its loader.
 */
package vn.presswatch.crawler.sources;
