/** Bytes to text: the charset of fetched HTML pages and XML feeds ({@link vn.presswatch.crawler.text.CharsetSniffer}). */
package vn.presswatch.crawler.text;
