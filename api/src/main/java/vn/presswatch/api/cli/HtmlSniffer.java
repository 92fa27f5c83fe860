package vn.presswatch.api.cli;

import java.util.regex.Pattern;

/**
 * Refuses what is not an HTML page before it reaches the extractor, which would otherwise return an empty article
 * for a PDF, an image or a feed and leave the user guessing why.
 */
final class HtmlSniffer {

    /** Magic numbers of formats people save instead of the page: PDF, ZIP/DOCX, gzip, PNG, JPEG, GIF. */
    private static final byte[][] BINARY_SIGNATURES = {
            {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {(byte) 0x89, 'P', 'N', 'G'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'}};
    private static final Pattern FEED_OR_SITEMAP = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<!doctype[^\\[>]*(?:\\[.*?\\])?\\s*>\\s*)*"
                    + "<(?:rss|feed|rdf:rdf|urlset|sitemapindex)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|title|meta|article|main|section|header|div|p|h[1-6]|span|a|br"
                    + "|table|img|ul|li|script|link|style)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int FEED_SNIFF_CHARS = 4096;
    private static final int TAG_SNIFF_CHARS = 65_536;
    private static final int CONTROL_SNIFF_CHARS = 1024;

    private HtmlSniffer() {
    }

    /**
     * @param bytes the file as read
     * @param text  the same, decoded
     * @throws UnusableFileException when the file is empty, binary, a feed or sitemap, or has no HTML markup
     */
    static void requireHtml(byte[] bytes, String text) throws UnusableFileException {
        if (bytes.length == 0) {
            throw new UnusableFileException("Tệp rỗng", "the file is empty");
        }
        if (text.isBlank()) {
            throw new UnusableFileException("Tệp chỉ có khoảng trắng", "the file holds only whitespace");
        }
        if (hasBinarySignature(bytes) || mostlyControlCharacters(text)) {
            throw new UnusableFileException("Tệp là dữ liệu nhị phân, không phải trang HTML",
                    "binary data, not an HTML page");
        }
        if (FEED_OR_SITEMAP.matcher(head(text, FEED_SNIFF_CHARS)).find()) {
            throw new UnusableFileException("Đây là nguồn tin RSS/Atom hoặc sitemap, không phải trang HTML (dùng lệnh "
                    + "parse-feed)", "an RSS/Atom feed or a sitemap, not an HTML page (use parse-feed)");
        }
        if (!HTML_TAG.matcher(head(text, TAG_SNIFF_CHARS)).find()) {
            throw new UnusableFileException("Tệp không có mã HTML, không phải trang web",
                    "no HTML markup found: not a web page");
        }
    }

    private static boolean hasBinarySignature(byte[] bytes) {
        for (byte[] signature : BINARY_SIGNATURES) {
            if (bytes.length >= signature.length) {
                boolean match = true;
                for (int i = 0; i < signature.length && match; i++) {
                    match = bytes[i] == signature[i];
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Text people write has no NULs or other control characters beyond tab and line breaks. */
    private static boolean mostlyControlCharacters(String text) {
        int end = Math.min(text.length(), CONTROL_SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 20 > end;
    }

    private static String head(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars);
    }
}
