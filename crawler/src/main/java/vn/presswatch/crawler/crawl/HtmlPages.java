package vn.presswatch.crawler.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.crawler.text.CharsetSniffer;
import vn.presswatch.crawler.text.GzipBodies;

/**
 * Turns fetched HTML bytes into a Jsoup document: a body still in gzip (a server that compresses without saying so
 * in Content-Encoding, or twice) is inflated first, then decoded by the shared charset rules (BOM, header, meta tag,
 * then detection, which catches windows-1258 and mislabelled pages) into NFC text.
 */
final class HtmlPages {

    /**
     * The largest page accepted after inflating a stray gzip body: 10 MiB, as the fetcher's and the archive reader's
     * default body limits, which count bytes as received and so cannot see what gzip unfolds to.
     */
    static final int MAX_INFLATED_BYTES = 10 * 1024 * 1024;

    private HtmlPages() {
    }

    /** @throws UncheckedIOException when the body is gzip but corrupt or larger than {@link #MAX_INFLATED_BYTES} */
    static Document parse(FetchResult page) {
        return parse(page.body(), page.contentType(), page.finalUrl());
    }

    /**
     * @param contentType the Content-Type header, a bare charset name, or null
     * @throws UncheckedIOException when the body is gzip but corrupt or larger than {@link #MAX_INFLATED_BYTES}
     */
    static Document parse(byte[] body, String contentType, String url) {
        byte[] html;
        try {
            html = GzipBodies.inflateIfGzipped(body, MAX_INFLATED_BYTES);
        } catch (IOException e) {
            // Decoding the compressed bytes as text would give an "article" of garbage: better no article.
            throw new UncheckedIOException("the page " + url + " is still gzip-compressed after HTTP decoding and "
                    + "could not be inflated: " + e.getMessage(), e);
        }
        return Jsoup.parse(CharsetSniffer.decodeHtml(html, contentType).text(), url);
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
