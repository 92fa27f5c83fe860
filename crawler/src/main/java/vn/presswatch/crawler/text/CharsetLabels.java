package vn.presswatch.crawler.text;

/**
 * Finds the charset names a response carries: in the HTTP Content-Type, in an HTML {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, in an XML declaration's {@code encoding=}.
 * Only the first bytes are read ({@value #META_WINDOW} for meta tags, {@value #DECLARATION_WINDOW} for the XML
 * declaration), byte by byte without building strings, so a megabyte page costs no more than a small one.
 * Returns names as written, or null; whether Java knows them is {@link CharsetSniffer}'s business.
 */
final class CharsetLabels {

    /** Sites put scripts and styles before their meta tag; browsers look at 1024 bytes, we look further. */
    static final int META_WINDOW = 8192;
    /** The declaration comes first, perhaps after whitespace or a PHP notice printed before the feed. */
    static final int DECLARATION_WINDOW = 1024;
    private static final int MAX_NAME = 40;

    private CharsetLabels() {
    }

    /** The charset parameter of a Content-Type ("text/html; charset=UTF-8"), or the header if it is a bare name. */
    static String fromContentType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int at = indexOfIgnoreCase(header, "charset");
        if (at >= 0) {
            int i = skipSpaces(header, at + "charset".length());
            if (i < header.length() && header.charAt(i) == '=') {
                return name(header, skipSpaces(header, i + 1));
            }
            return null;
        }
        if (header.indexOf('/') >= 0 || header.indexOf(';') >= 0) {
            return null; // a media type without a charset
        }
        return name(header, skipSpaces(header, 0));
    }

    /** The charset of the first {@code <meta>} that names one, or null. */
    static String fromMeta(byte[] body, int from) {
        int end = Math.min(body.length, from + META_WINDOW);
        for (int i = from; i + 5 < end; i++) {
            boolean metaTag = body[i] == '<' && matchesIgnoreCase(body, i + 1, "meta")
                    && (isSpace(body[i + 5]) || body[i + 5] == '/');
            if (!metaTag) {
                continue;
            }
            int tagEnd = indexOf(body, (byte) '>', i + 5, end);
            int limit = tagEnd < 0 ? end : tagEnd;
            for (int j = i + 5; j + 7 <= limit; j++) {
                if (matchesIgnoreCase(body, j, "charset")) {
                    int k = skipSpaces(body, j + 7, limit);
                    if (k < limit && body[k] == '=') {
                        String name = name(body, skipSpaces(body, k + 1, limit), limit);
                        if (name != null) {
                            return name;
                        }
                    }
                }
            }
            if (tagEnd < 0) {
                return null;
            }
            i = tagEnd;
        }
        return null;
    }

    /** The encoding named by an XML declaration ({@code <?xml version="1.0" encoding="windows-1258"?>}), or null. */
    static String fromXmlDeclaration(byte[] body, int from) {
        int end = Math.min(body.length, from + DECLARATION_WINDOW);
        for (int i = from; i + 5 < end; i++) {
            if (body[i] == '<' && body[i + 1] == '?' && matchesIgnoreCase(body, i + 2, "xml") && isSpace(body[i + 5])) {
                int close = indexOf(body, (byte) '>', i + 5, end);
                int limit = close < 0 ? end : close;
                for (int j = i + 5; j + 8 <= limit; j++) {
                    if (matchesIgnoreCase(body, j, "encoding")) {
                        int k = skipSpaces(body, j + 8, limit);
                        return k < limit && body[k] == '=' ? name(body, skipSpaces(body, k + 1, limit), limit) : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A charset name at {@code start}, after an optional quote: letters, digits and ._:- only. */
    private static String name(byte[] b, int start, int limit) {
        int i = start < limit && (b[start] == '"' || b[start] == '\'') ? start + 1 : start;
        StringBuilder name = new StringBuilder();
        while (i < limit && isNameChar(b[i]) && name.length() <= MAX_NAME) {
            name.append((char) b[i]);
            i++;
        }
        return name.length() == 0 || name.length() > MAX_NAME ? null : name.toString();
    }

    private static String name(String s, int start) {
        int i = start < s.length() && (s.charAt(start) == '"' || s.charAt(start) == '\'') ? start + 1 : start;
        int nameStart = i;
        while (i < s.length() && s.charAt(i) < 0x80 && isNameChar((byte) s.charAt(i))) {
            i++;
        }
        int length = i - nameStart;
        return length == 0 || length > MAX_NAME ? null : s.substring(nameStart, i);
    }

    private static boolean isNameChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** True if {@code b} holds the lower-case ASCII {@code word} at {@code at}, in any case. */
    private static boolean matchesIgnoreCase(byte[] b, int at, String word) {
        if (at + word.length() > b.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((b[at + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(byte[] b, int i, int limit) {
        while (i < limit && isSpace(b[i])) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int indexOfIgnoreCase(String s, String lowerWord) {
        for (int i = 0; i + lowerWord.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return i;
            }
        }
        return -1;
    }
}
