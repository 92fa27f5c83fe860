/**
 * Duplicate detection: exact content hashes for unchanged re-fetches, and MinHash story clusters that count the
 * syndicated copies of one story once.
 */
package vn.presswatch.crawler.dedup;
