package vn.presswatch.crawler.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.presswatch.crawler.fetch.FetchResult;

/** Turns fetched HTML bytes into a Jsoup document: the one place the crawler decides a page's charset. */
final class HtmlPages {
    private HtmlPages() {
    }

    static Document parse(FetchResult page) {
        String charset = supported(page.headerCharset());
        try {
            // Jsoup honours a BOM, then the given charset, then <meta charset>, then falls back to UTF-8.
            Document doc = Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.finalUrl());
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
