/**
 * Bytes to text: the charset of fetched HTML pages and XML feeds ({@link vn.presswatch.crawler.text.CharsetSniffer}),
 * and bodies still in gzip ({@link vn.presswatch.crawler.text.GzipBodies}).
 */
package vn.presswatch.crawler.text;
