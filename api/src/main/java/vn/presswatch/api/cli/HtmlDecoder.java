package vn.presswatch.api.cli;

import vn.presswatch.crawler.text.CharsetSniffer;

/**
 * Turns a saved page's bytes into text the way the crawler decodes fetched pages: byte-order mark, then the page's
 * {@code <meta charset>} or http-equiv declaration checked against the bytes, then detection (UTF-8, windows-1258,
 * windows-1252); the text comes out in NFC. A saved file has no HTTP header, so only the page's own label counts.
 *
 * <p>One method on purpose: the file tools decode through here only, so that they follow the crawler's
 * {@link CharsetSniffer} and any change of it in one place.
 */
final class HtmlDecoder {

    String decodeHtml(byte[] bytes) {
        return CharsetSniffer.decodeHtml(bytes, null).text();
    }
}
