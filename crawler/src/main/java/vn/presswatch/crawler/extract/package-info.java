/**
 * Turns one parsed HTML page into an {@link vn.presswatch.crawler.extract.ExtractedArticle} through an ordered
 * chain of stages: structured data, per-site rules, then a generic content-scoring extractor.
 */
package vn.presswatch.crawler.extract;
