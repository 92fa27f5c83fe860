package vn.presswatch.crawler.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.presswatch.crawler.text.CharsetSniffer;
import vn.presswatch.crawler.text.CharsetSniffer.Decoded;
import vn.presswatch.crawler.text.CharsetSniffer.Source;

/**
 * Decodes a feed body with {@link CharsetSniffer#decodeXml} (bytes first, labels second; see there) and words
 * what was guessed or fixed as a warning for the feed's {@link ParsedFeed#warnings()}, so an editor sees that a
 * server mislabels its feed.
 *
 * <p>Rome's {@code XmlReader} is not used: it trusts the labels (RFC 3023) and cannot prefer valid UTF-8 over a
 * wrong one.
 */
final class FeedCharsets {

    private FeedCharsets() {
    }

    /** The decoded body and a warning (null when the labels were right or absent and the bytes unambiguous). */
    record Result(String text, String warning) {
    }

    /**
     * @param body        the feed body (gzip already inflated)
     * @param httpCharset the charset parameter of the HTTP Content-Type, the whole header, or null
     */
    static Result decode(byte[] body, String httpCharset) {
        Decoded decoded = CharsetSniffer.decodeXml(body, httpCharset);
        return new Result(decoded.text(), warning(decoded));
    }

    private static String warning(Decoded decoded) {
        String charset = decoded.charset().name();
        Charset overruled = decoded.overruled();
        if (decoded.malformed() > 0) {
            return String.format(Locale.ROOT, "charset: %d invalid UTF-8 byte sequences replaced with U+FFFD",
                    decoded.malformed());
        }
        if (overruled == null) {
            boolean guessed = decoded.source() == Source.DETECTED && !charset.startsWith("UTF-");
            return guessed ? "charset: none declared but the bytes are not UTF-8; guessed " + charset : null;
        }
        if (decoded.charset().equals(StandardCharsets.UTF_8)) {
            return "charset: the feed is labelled " + overruled.name()
                    + " but its bytes are valid UTF-8 text; read as UTF-8";
        }
        if (decoded.source() == Source.DETECTED && overruled.equals(StandardCharsets.UTF_8)) {
            return "charset: labelled UTF-8 but the bytes are not UTF-8; guessed " + charset;
        }
        return "charset: the feed is labelled " + overruled.name() + " but its bytes are " + charset + " text; read as "
                + charset;
    }
}
