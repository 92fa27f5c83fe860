package vn.presswatch.crawler.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved HTML page whose charset nobody told us: byte-order mark, then the page's own declaration,
 * checked against the bytes, because pages often declare one charset and are written in another.
 *
 * <p>The order: a BOM wins; bytes that are valid UTF-8 and use it are UTF-8 whatever the page claims (a page in
 * a single-byte charset is practically never valid multi-byte UTF-8 by accident); otherwise the declared
 * charset; otherwise windows-1252, which the HTML standard uses in place of ISO-8859-1 and which decodes any
 * byte.
 */
final class HtmlBytes {

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)");
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlBytes() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = declaredCharset(bytes);
        boolean ascii = isAscii(bytes);
        String utf8 = ascii ? null : strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !ascii) {
            return new String(bytes, declared);
        }
        return new String(bytes, ascii ? StandardCharsets.US_ASCII : WINDOWS_1252);
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            return WINDOWS_1252; // as browsers do (WHATWG Encoding: these labels mean windows-1252)
        }
        if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("ucs")) {
            return null; // without a BOM the bytes we just read as ASCII are not UTF-16: the label is wrong
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
