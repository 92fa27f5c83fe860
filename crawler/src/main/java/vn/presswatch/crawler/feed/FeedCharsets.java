package vn.presswatch.crawler.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed body to text, choosing the charset from the bytes first and the labels second.
 *
 * <p>Order: a byte-order mark; then, if the bytes are valid UTF-8 and contain multi-byte sequences, UTF-8 whatever
 * the labels say (Vietnamese servers often label UTF-8 feeds ISO-8859-1; random single-byte text is almost never
 * valid multi-byte UTF-8, so this guess is safe); then the XML declaration or the HTTP charset, where a specific
 * label (windows-1258) beats a generic server default (ISO-8859-1, UTF-8); then windows-1258 as the Vietnamese
 * guess. ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do (WHATWG Encoding), since real "Latin-1"
 * feeds use its curly quotes.
 *
 * <p>Rome's {@code XmlReader} is not used: it trusts the labels (RFC 3023) and cannot prefer valid UTF-8 over a
 * wrong one.
 */
final class FeedCharsets {

    /** The decoded text (byte-order mark removed), the charset used, and a warning when it was a guess or a fix. */
    record Decoded(String text, Charset charset, String warning) {
    }

    static final Charset WINDOWS_1258 = lookup("windows-1258", StandardCharsets.ISO_8859_1);
    static final Charset WINDOWS_1252 = lookup("windows-1252", StandardCharsets.ISO_8859_1);

    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final Set<String> GENERIC = Set.of("UTF-8", "ISO-8859-1", "US-ASCII", "windows-1252");
    /**
     * Mostly UTF-8 with a few broken bytes (a CMS cutting a summary mid-character) is still UTF-8. Real
     * windows-1258 text is the opposite: nearly every letter above 0x7F is an invalid UTF-8 byte.
     */
    private static final int MOSTLY_UTF8_RATIO = 4;

    private FeedCharsets() {
    }

    static Decoded decode(byte[] body, String httpCharset) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return withoutMark(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return withoutMark(body, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return withoutMark(body, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) { // "<?" in UTF-16LE without a mark
            return withoutMark(body, 0, StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return withoutMark(body, 0, StandardCharsets.UTF_16BE);
        }
        Charset label = pickLabel(lookup(declaredEncoding(body), null), lookup(httpCharset, null));
        Utf8Stats utf8 = Utf8Stats.of(body);
        if (utf8.invalid() == 0 || utf8.multibyte() >= MOSTLY_UTF8_RATIO * utf8.invalid()) {
            String warning = null;
            if (utf8.invalid() > 0) {
                warning = String.format(Locale.ROOT,
                        "charset: %d invalid UTF-8 byte sequences replaced with U+FFFD", utf8.invalid());
            } else if (utf8.multibyte() > 0 && label != null && !isUtf8Compatible(label)) {
                warning = "charset: the feed is labelled " + label.name()
                        + " but its bytes are valid UTF-8 text; read as UTF-8";
            }
            return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, warning);
        }
        if (label != null && !label.equals(StandardCharsets.UTF_8)) {
            Charset charset = browserEquivalent(label);
            return new Decoded(new String(body, charset), charset, null);
        }
        String warning = "charset: " + (label == null ? "none declared" : "labelled UTF-8")
                + " but the bytes are not UTF-8; guessed " + WINDOWS_1258.name();
        return new Decoded(new String(body, WINDOWS_1258), WINDOWS_1258, warning);
    }

    private static Decoded withoutMark(byte[] body, int markLength, Charset charset) {
        return new Decoded(new String(body, markLength, body.length - markLength, charset), charset, null);
    }

    /** A specific label beats a generic one that a server or CMS may have set by default; else the XML declaration wins. */
    private static Charset pickLabel(Charset declared, Charset http) {
        if (declared == null || http == null || declared.equals(http)) {
            return declared != null ? declared : http;
        }
        if (GENERIC.contains(declared.name()) && !GENERIC.contains(http.name())) {
            return http;
        }
        return declared;
    }

    private static boolean isUtf8Compatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static Charset browserEquivalent(Charset label) {
        return label.equals(StandardCharsets.ISO_8859_1) || label.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : label;
    }

    /** The encoding named in the XML declaration, read from the first bytes as ASCII; null when there is none. */
    static String declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset lookup(String name, Charset fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            return Charset.isSupported(name.trim()) ? Charset.forName(name.trim()) : fallback;
        } catch (IllegalArgumentException e) { // illegal charset name: a label we cannot use
            return fallback;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8 (RFC 3629 ranges). */
    record Utf8Stats(int multibyte, int invalid) {
        static Utf8Stats of(byte[] b) {
            int multibyte = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    lo = c == 0xE0 ? 0xA0 : 0x80;
                    hi = c == 0xED ? 0x9F : 0xBF;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    lo = c == 0xF0 ? 0x90 : 0x80;
                    hi = c == 0xF4 ? 0x8F : 0xBF;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                if (continues(b, i, need, lo, hi)) {
                    multibyte++;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(multibyte, invalid);
        }

        private static boolean continues(byte[] b, int start, int need, int lo, int hi) {
            if (start + need >= b.length) {
                return false;
            }
            int second = b[start + 1] & 0xff;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int next = b[start + k] & 0xff;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            return true;
        }
    }
}
