package vn.presswatch.crawler.extract;

import java.util.regex.Pattern;
import vn.presswatch.store.text.VietnameseFolding;

/** Whitespace and Unicode normalisation of extracted text: NFC, one space between words, "\n\n" between paragraphs. */
final class PlainText {

    /** Unicode whitespace, including no-break and other fixed-width spaces that pages use between words. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\x1C-\\x1F\\u00A0\\u2007\\u202F]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HORIZONTAL = Pattern.compile("[^\\S\\n]+|[\\u00A0\\u2007\\u202F]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");
    /**
     * Soft hyphens and zero-width spaces: invisible hints for line breaking that would split words for search
     * ("Mit\u00ADtel\u00ADal\u00ADter" must match "Mittelalter").
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B]");

    private PlainText() {
    }

    /** One line: NFC, whitespace runs collapsed to one space, trimmed; "" for null. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(withoutInvisible(VietnameseFolding.normalize(text))).replaceAll(" ").trim();
    }

    /**
     * Several paragraphs: NFC, spaces collapsed within lines, lines trimmed, empty lines dropped, paragraphs
     * (separated by at least one blank line in the input) joined with exactly one blank line.
     */
    static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        String normalized = HORIZONTAL.matcher(withoutInvisible(VietnameseFolding.normalize(text))
                .replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
        StringBuilder out = new StringBuilder(normalized.length());
        for (String paragraph : BLANK_LINES.split(normalized)) {
            StringBuilder lines = new StringBuilder();
            for (String line : paragraph.split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    if (lines.length() > 0) {
                        lines.append('\n');
                    }
                    lines.append(trimmed);
                }
            }
            if (lines.length() > 0) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(lines);
            }
        }
        return out.toString();
    }

    private static String withoutInvisible(String text) {
        return text.indexOf('\u00AD') < 0 && text.indexOf('\u200B') < 0 ? text : INVISIBLE.matcher(text).replaceAll("");
    }

    /** The text with everything but letters and digits removed and lower-cased, for loose equality checks. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String normalized = VietnameseFolding.normalize(text);
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
