package vn.presswatch.crawler.crawl;

import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.crawler.text.CharsetSniffer;

/**
 * Turns fetched HTML bytes into a Jsoup document, decoded by the shared charset rules (BOM, header, meta tag, then
 * detection, which catches windows-1258 and mislabelled pages) into NFC text.
 */
final class HtmlPages {
    private HtmlPages() {
    }

    static Document parse(FetchResult page) {
        return parse(page.body(), page.contentType(), page.finalUrl());
    }

    /** @param contentType the Content-Type header, a bare charset name, or null */
    static Document parse(byte[] body, String contentType, String url) {
        return Jsoup.parse(CharsetSniffer.decodeHtml(body, contentType).text(), url);
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
