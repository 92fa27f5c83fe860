package vn.presswatch.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Bylines: which class or id names an element a byline ("detail-author", "tacgia"), the name without its prefix
 * ("By", "Von", "Tác giả:", "Bài và ảnh:", "Theo"), and whether a line standing alone reads as a byline: a short run
 * of mostly capitalised words such as "Minh Anh", "Nhóm PV", "Ban Biên tập", "Theo TTXVN" or "(Theo VnExpress)",
 * unlike the last sentence of an article.
 */
final class BylineText {

    /** Words in a class or id that name a byline. */
    private static final Set<String> BYLINE_WORDS = Set.of(
            "author", "authors", "byline", "writer", "reporter", "tacgia", "butdanh", "autor", "auteur");
    /** Substrings every one of {@link #BYLINE_WORDS} contains, lower-cased (a camel-case "postAuthor" too). */
    private static final String[] BYLINE_STEMS = {"aut", "byline", "writer", "reporter", "tacgia", "butdanh"};

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(by|von|par|por|tác giả|bài và ảnh|bài, ảnh|bài|theo|written by|posted by)\\s*[:\\-]?\\s+");
    /** A name's word: letters, maybe joined by a dot, hyphen or apostrophe ("Th.S", "Jean-Luc"), maybe "PV.". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+(?:[.'’\\-]\\p{L}+)*\\.?");
    /** Separators between several names: "Minh Anh - Thu Hà", "Minh Anh & Thu Hà". */
    private static final Pattern SEPARATOR = Pattern.compile("[-–—&/|]");
    private static final int MAX_LINE_CHARS = 60;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 6;

    private BylineText() {
    }

    /** Whether the element's class or id calls it a byline ("detail-author", "byline", "tacgia"). */
    static boolean isNamedByline(Element element) {
        return namesByline(element.className()) || namesByline(element.id());
    }

    private static boolean namesByline(String attribute) {
        // The substring test first: splitting every class of a page into words costs more than this stage's worth.
        return !attribute.isEmpty() && ElementWords.containsAny(attribute, BYLINE_STEMS)
                && ElementWords.any(attribute, BYLINE_WORDS);
    }

    /** {@code line} without a leading "By", "Tác giả:", "Bài, ảnh:", "Theo"...; the line itself when it has none. */
    static String withoutPrefix(String line) {
        return PREFIX.matcher(line).replaceFirst("");
    }

    /**
     * The name a stand-alone line gives, or null when the line does not read as a byline: it must be short, of 2 to 6
     * words (one is enough after a prefix: "Theo TTXVN"), with no digits or sentence punctuation, its first word and
     * most of its words capitalised ("Công an phường Đồ Sơn" passes, "Xin trân trọng cảm ơn" does not). Brackets
     * around the line are dropped ("(Theo VnExpress)" gives "VnExpress").
     */
    static String standaloneName(String line) {
        String text = PlainText.line(line);
        if (text.isEmpty() || text.length() > MAX_LINE_CHARS) {
            return null;
        }
        if (text.length() > 2 && (text.startsWith("(") && text.endsWith(")")
                || text.startsWith("[") && text.endsWith("]"))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        Matcher prefix = PREFIX.matcher(text);
        boolean prefixed = prefix.lookingAt();
        String name = prefixed ? text.substring(prefix.end()).strip() : text;
        int words = 0;
        int capitalised = 0;
        for (String token : name.split("\\s+")) {
            String word = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
            if (SEPARATOR.matcher(word).matches()) {
                continue;
            }
            if (!NAME_WORD.matcher(word).matches()) {
                return null;
            }
            if (BYLINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return null; // a label ("About the Author"), not a name
            }
            boolean upper = Character.isUpperCase(word.codePointAt(0));
            if (words == 0 && !upper) {
                return null;
            }
            words++;
            capitalised += upper ? 1 : 0;
        }
        if (words < (prefixed ? 1 : MIN_WORDS) || words > MAX_WORDS || capitalised * 2 <= words) {
            return null;
        }
        return name;
    }
}
