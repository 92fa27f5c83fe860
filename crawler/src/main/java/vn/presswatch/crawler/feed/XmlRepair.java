package vn.presswatch.crawler.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Fixes the XML mistakes real feeds make, for a second parse after the strict one failed: HTML entities XML does
 * not define ({@code &nbsp;}, {@code &hellip;}) become numeric references, a bare {@code &} or {@code <} in text is
 * escaped, characters XML forbids (control characters a CMS copied from Word) are dropped, junk before the XML
 * (a PHP notice) and misplaced XML declarations are removed, and a DOCTYPE is removed.
 *
 * <p>Removing the DOCTYPE is the safe way to accept feeds that carry one (RSS 0.91 did): its external DTD is never
 * fetched and its entity declarations are never expanded, so "billion laughs" and XXE payloads stay inert text.
 *
 * <p>CDATA sections, comments and processing instructions are copied as they are. Line breaks are preserved, so a
 * parser error after repair points at the same line of the original. Linear in the input; no state.
 */
final class XmlRepair {

    /** The repaired text and what was changed, in words; no fixes means nothing needed repair. */
    record Result(String text, List<String> fixes) {
        Result {
            fixes = List.copyOf(fixes);
        }
    }

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));");
    private static final int MAX_NAMES_SHOWN = 5;

    private final String in;
    private final StringBuilder out;
    private final Matcher reference;
    private int junk;
    private boolean doctype;
    private int declarations;
    private int forbidden;
    private int bareAmpersands;
    private int bareLessThans;
    private final Set<String> htmlEntities = new LinkedHashSet<>();
    private int htmlEntityCount;
    private final Set<String> unknownEntities = new LinkedHashSet<>();
    private int unknownEntityCount;

    private XmlRepair(String in) {
        this.in = in;
        this.out = new StringBuilder(in.length() + 64);
        this.reference = REFERENCE.matcher(in);
    }

    static Result repair(String text) {
        XmlRepair repair = new XmlRepair(text);
        repair.run();
        return new Result(repair.out.toString(), repair.describe());
    }

    /** Index just after the DOCTYPE declaration starting at {@code start}, internal subset included; -1 if unterminated. */
    static int doctypeEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int j = start + 2; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private void run() {
        int start = Math.max(0, BodySniffer.markupStart(in));
        if (!in.substring(0, start).isBlank()) {
            junk = start;
        }
        appendNewlines(0, start);
        int i = start;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c == '<') {
                i = markup(i);
            } else if (c == '&') {
                i = reference(i);
            } else {
                i = character(i);
            }
        }
    }

    private int markup(int i) {
        if (in.startsWith("<!--", i)) {
            return copyThrough(i, "-->");
        }
        if (in.startsWith("<![CDATA[", i)) {
            return copyThrough(i, "]]>");
        }
        if (in.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
            int end = doctypeEnd(in, i);
            end = end < 0 ? in.length() : end;
            doctype = true;
            appendNewlines(i, end);
            return end;
        }
        if (in.startsWith("<?", i)) {
            boolean declaration = in.regionMatches(true, i, "<?xml", 0, 5)
                    && (i + 5 < in.length() && Character.isWhitespace(in.charAt(i + 5)));
            // Only allowed as the very first characters: a repeated one, or one after junk, is dropped. It is optional,
            // and the encoding it names is irrelevant once the text is decoded.
            if (declaration && out.length() > 0) {
                int end = in.indexOf("?>", i);
                end = end < 0 ? in.length() : end + 2;
                declarations++;
                appendNewlines(i, end);
                return end;
            }
            return copyThrough(i, "?>");
        }
        char next = i + 1 < in.length() ? in.charAt(i + 1) : ' ';
        if (Character.isLetter(next) || next == '_' || next == ':' || next == '/' || next == '!') {
            return tag(i);
        }
        bareLessThans++;
        out.append("&lt;");
        return i + 1;
    }

    /** Copies a start or end tag, fixing '&' and '<' inside quoted attribute values. */
    private int tag(int i) {
        out.append('<');
        char quote = 0;
        int j = i + 1;
        while (j < in.length()) {
            char c = in.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '&') {
                    j = reference(j);
                    continue;
                } else if (c == '<') {
                    bareLessThans++;
                    out.append("&lt;");
                    j++;
                    continue;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                out.append('>');
                return j + 1;
            }
            j = character(j);
        }
        return j;
    }

    private int reference(int i) {
        reference.region(i, Math.min(in.length(), i + 40));
        if (!reference.lookingAt()) {
            bareAmpersands++;
            out.append("&amp;");
            return i + 1;
        }
        int end = reference.end();
        String name = reference.group(3);
        if (name == null) {
            int codePoint = parseCodePoint(reference.group(1), reference.group(2));
            if (isXmlChar(codePoint)) {
                out.append(in, i, end);
            } else {
                forbidden++;
            }
        } else if (XML_ENTITIES.contains(name)) {
            out.append(in, i, end);
        } else if (Entities.isNamedEntity(name)) {
            htmlEntities.add("&" + name + ";");
            htmlEntityCount++;
            int[] codePoints = new int[2];
            int count = Entities.codepointsForName(name, codePoints);
            for (int k = 0; k < count; k++) {
                out.append("&#").append(codePoints[k]).append(';');
            }
        } else {
            unknownEntities.add("&" + name + ";");
            unknownEntityCount++;
            out.append("&amp;").append(name).append(';');
        }
        return end;
    }

    /**
     * Copies one character (a surrogate pair counts as one), dropping those XML does not allow; vertical tab and
     * form feed become a space, since they separate words ("Cảng\u000BLạch Huyện").
     */
    private int character(int i) {
        int codePoint = in.codePointAt(i);
        int width = Character.charCount(codePoint);
        if (isXmlChar(codePoint)) {
            out.appendCodePoint(codePoint);
        } else {
            forbidden++;
            if (codePoint == 0x0B || codePoint == 0x0C) {
                out.append(' ');
            }
        }
        return i + width;
    }

    private int copyThrough(int i, String terminator) {
        int end = in.indexOf(terminator, i);
        end = end < 0 ? in.length() : end + terminator.length();
        int j = i;
        while (j < end) {
            j = character(j);
        }
        return end;
    }

    /** Replaces a removed span by its line breaks, so line numbers in later errors still match the original. */
    private void appendNewlines(int from, int to) {
        for (int k = from; k < to; k++) {
            if (in.charAt(k) == '\n') {
                out.append('\n');
            }
        }
    }

    private static int parseCodePoint(String decimal, String hex) {
        try {
            return decimal != null ? Integer.parseInt(decimal) : Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private List<String> describe() {
        List<String> fixes = new ArrayList<>();
        if (junk > 0) {
            fixes.add(String.format(Locale.ROOT, "removed %d characters of junk before the XML", junk));
        }
        if (declarations > 0) {
            fixes.add(String.format(Locale.ROOT, "removed %d misplaced XML declarations", declarations));
        }
        if (doctype) {
            fixes.add("removed the DOCTYPE (its DTD and entity declarations are never used)");
        }
        if (htmlEntityCount > 0) {
            fixes.add(String.format(Locale.ROOT, "replaced %d HTML entities XML does not define (%s)",
                    htmlEntityCount, names(htmlEntities)));
        }
        if (unknownEntityCount > 0) {
            fixes.add(String.format(Locale.ROOT, "kept %d unknown entity references as text (%s)",
                    unknownEntityCount, names(unknownEntities)));
        }
        if (bareAmpersands > 0) {
            fixes.add(String.format(Locale.ROOT, "escaped %d bare '&'", bareAmpersands));
        }
        if (bareLessThans > 0) {
            fixes.add(String.format(Locale.ROOT, "escaped %d bare '<'", bareLessThans));
        }
        if (forbidden > 0) {
            fixes.add(String.format(Locale.ROOT,
                    "removed %d characters XML does not allow (control characters)", forbidden));
        }
        return fixes;
    }

    private static String names(Set<String> names) {
        List<String> shown = new ArrayList<>(names).subList(0, Math.min(names.size(), MAX_NAMES_SHOWN));
        return String.join(", ", shown) + (names.size() > MAX_NAMES_SHOWN ? ", ..." : "");
    }
}
