package vn.presswatch.crawler.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decodes fetched HTML pages and XML feeds to text, choosing the charset from the byte-order mark, then
 * the HTTP header, then the document's own label (HTML {@code <meta charset>} or http-equiv, XML declaration
 * {@code encoding=}), then detection; every label is checked against the bytes first, because Vietnamese sites
 * still serve windows-1258, and mislabel pages both ways.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>A UTF-8 or UTF-16 byte-order mark decides. So do UTF-16 bytes without one (ASCII characters with a zero
 *     byte beside each), whatever the labels say.</li>
 * <li>Labels are tried header first. A UTF-8 label holds if the bytes are valid UTF-8, or broken in a few
 *     places only (then {@link Decoded#malformed()} says how many). Any other label holds unless the bytes are
 *     valid multi-byte UTF-8: servers label UTF-8 pages ISO-8859-1 by default, and single-byte text is almost
 *     never valid UTF-8 by accident. ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do (WHATWG
 *     Encoding), since real "Latin-1" pages use its curly quotes; and such a label gives way to windows-1258
 *     when the bytes are plainly Vietnamese (tone marks after vowels, see {@code Windows1258Evidence}). UTF-16 and other labels that do not
 *     fit ASCII-compatible bytes, unknown names and unsupported ones are skipped, never an error.</li>
 * <li>With no label that holds: UTF-8 if the bytes are (mostly) valid UTF-8, else windows-1258 or windows-1252,
 *     whichever the bytes point to.</li>
 * </ol>
 * The text comes out in NFC: windows-1258 writes most tones as combining marks, and pages in NFD exist; search
 * and deduplication need one form. Linear in the body, with one pass to check UTF-8 and label scans bounded to
 * the first few kilobytes. Stateless and thread-safe.
 */
public final class CharsetSniffer {

    /** Vietnamese Windows; Java calls it windows-1258 (alias cp1258). */
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    /** What browsers read for ISO-8859-1, US-ASCII and unlabelled Western pages. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Characters every label scan relies on: a charset that encodes them differently is not ASCII-compatible. */
    private static final String ASCII_PROBE = "<?xml meta charset=\"'>";
    private static final byte[] ASCII_PROBE_BYTES = ASCII_PROBE.getBytes(StandardCharsets.US_ASCII);

    /** Where the charset came from. */
    public enum Source {
        /** A byte-order mark. */
        BOM,
        /** The HTTP Content-Type header, confirmed by the bytes. */
        HEADER,
        /** The document's {@code <meta>} or XML declaration, confirmed by the bytes. */
        DOCUMENT,
        /** The bytes themselves: no label, or the labels were contradicted by the bytes. */
        DETECTED
    }

    /**
     * A decoded body.
     *
     * @param text      the text, without a byte-order mark, in NFC; never null
     * @param charset   the charset it was decoded with
     * @param source    where that choice came from
     * @param overruled a label (the first, if several) that the bytes contradicted and that was not followed, or null
     * @param malformed byte sequences that were not valid UTF-8 and became U+FFFD; 0 for other charsets
     */
    public record Decoded(String text, Charset charset, Source source, Charset overruled, int malformed) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A label as written and the charset it stands for. */
    private record Label(Charset named, Charset decodeAs, Source source) {
    }

    private CharsetSniffer() {
    }

    /**
     * Decodes an HTML page: its {@code <meta>} is looked for before an XML declaration (XHTML).
     *
     * @param body        the response body, after content decoding (gzip); not null
     * @param contentType the HTTP Content-Type header, a bare charset name, or null
     */
    public static Decoded decodeHtml(byte[] body, String contentType) {
        return decode(body, contentType, false);
    }

    /**
     * Decodes an XML document (feed, sitemap): its XML declaration is looked for before a {@code <meta>}, which
     * an HTML error page served in place of a feed may have.
     *
     * @param body        the response body, after content decoding (gzip); not null
     * @param contentType the HTTP Content-Type header, a bare charset name, or null
     */
    public static Decoded decodeXml(byte[] body, String contentType) {
        return decode(body, contentType, true);
    }

    private static Decoded decode(byte[] body, String contentType, boolean xml) {
        Objects.requireNonNull(body, "body");
        if (body.length == 0) {
            return new Decoded("", StandardCharsets.UTF_8, Source.DETECTED, null, 0);
        }
        Decoded marked = byteOrderMark(body);
        if (marked != null) {
            return marked;
        }
        Charset utf16 = utf16WithoutMark(body);
        if (utf16 != null) {
            return decoded(body, 0, utf16, Source.DETECTED, null, 0);
        }
        Utf8Scan utf8 = Utf8Scan.of(body, 0);
        Label[] labels = {
            label(CharsetLabels.fromContentType(contentType), Source.HEADER),
            label(xml ? CharsetLabels.fromXmlDeclaration(body, 0) : CharsetLabels.fromMeta(body, 0), Source.DOCUMENT),
            label(xml ? CharsetLabels.fromMeta(body, 0) : CharsetLabels.fromXmlDeclaration(body, 0), Source.DOCUMENT)
        };
        Charset overruled = null;
        for (Label label : labels) {
            if (label != null) {
                Decoded decoded = followLabel(body, label, utf8, overruled);
                if (decoded != null) {
                    return decoded;
                }
                overruled = overruled == null ? label.named() : overruled;
            }
        }
        if (utf8.mostlyValid()) {
            return decoded(body, 0, StandardCharsets.UTF_8, Source.DETECTED, overruled, utf8.invalid());
        }
        Charset guess = Windows1258Evidence.of(body, 0).favoursWindows1258() ? WINDOWS_1258 : WINDOWS_1252;
        return decoded(body, 0, guess, Source.DETECTED, overruled, 0);
    }

    /**
     * The body decoded as {@code label} says, or as UTF-8 or windows-1258 where the bytes plainly are that and the
     * label is a Latin default; null when the bytes contradict the label and the next label should be tried.
     */
    private static Decoded followLabel(byte[] body, Label label, Utf8Scan utf8, Charset overruled) {
        Charset charset = label.decodeAs();
        if (charset.equals(StandardCharsets.UTF_8)) {
            return utf8.mostlyValid() ? decoded(body, 0, charset, label.source(), overruled, utf8.invalid()) : null;
        }
        if (!asciiCompatible(charset)) {
            return null; // UTF-16 on bytes without zero bytes, EBCDIC on bytes whose meta tag was just read as ASCII
        }
        if (utf8.utf8Text()) {
            return decoded(body, 0, StandardCharsets.UTF_8, Source.DETECTED, label.named(), utf8.invalid());
        }
        if (charset.equals(WINDOWS_1252) && Windows1258Evidence.of(body, 0).overrulesLatinLabel()) {
            return decoded(body, 0, WINDOWS_1258, Source.DETECTED, label.named(), 0);
        }
        return decoded(body, 0, charset, label.source(), overruled, 0);
    }

    private static Decoded byteOrderMark(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decoded(body, 3, StandardCharsets.UTF_8, Source.BOM, null, Utf8Scan.of(body, 3).invalid());
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return decoded(body, 2, StandardCharsets.UTF_16BE, Source.BOM, null, 0);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return decoded(body, 2, StandardCharsets.UTF_16LE, Source.BOM, null, 0);
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark: markup is mostly ASCII, so every other byte of the first ones is zero.
     * No ASCII-compatible text has zero bytes, and binary junk has them at random, not on one side.
     */
    private static Charset utf16WithoutMark(byte[] body) {
        int pairs = Math.min(body.length, 512) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += body[i] == 0 ? 1 : 0;
            oddZeros += body[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 2 >= pairs && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 2 >= pairs && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset a label names, or null when Java does not know it. */
    private static Label label(String name, Source source) {
        if (name == null) {
            return null;
        }
        Charset named;
        try {
            named = Charset.forName(name);
        } catch (IllegalArgumentException e) { // illegal or unsupported name: a label we cannot use
            return null;
        }
        boolean latin1 = named.equals(StandardCharsets.ISO_8859_1) || named.equals(StandardCharsets.US_ASCII);
        return new Label(named, latin1 ? WINDOWS_1252 : named, source);
    }

    private static boolean asciiCompatible(Charset charset) {
        return charset.canEncode() && Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE_BYTES);
    }

    private static Decoded decoded(byte[] body, int offset, Charset charset, Source source, Charset overruled,
                                   int malformed) {
        String text = new String(body, offset, body.length - offset, charset);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new Decoded(text, charset, source, overruled, charset.equals(StandardCharsets.UTF_8) ? malformed : 0);
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
