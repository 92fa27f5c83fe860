package vn.presswatch.crawler.feed;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Says what a body is when it is not the XML we expected (an HTML page, JSON, binary data, plain text, a sitemap
 * instead of a feed), so the source's error reads "the server returned an HTML page (title 'Trang chủ')" rather
 * than an XML parser's complaint about line 1.
 */
final class BodySniffer {

    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");
    private static final Set<String> SITEMAP_ROOTS = Set.of("urlset", "sitemapindex");
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "div", "p", "script", "meta",
            "title", "table", "br", "span", "a", "link", "style", "b", "i", "strong", "font", "pre", "h1", "h2");
    /** How far into the body we look for XML hiding behind junk (a PHP notice printed before the feed). */
    private static final int SEARCH_WINDOW = 4096;
    private static final Pattern XML_START = Pattern.compile("<\\?xml\\s|<(rss|feed|rdf:RDF|urlset|sitemapindex)[\\s>]");

    private BodySniffer() {
    }

    /** Why this body cannot be a feed, or null when it looks like one (or like broken XML the parser should judge). */
    static String whyNotAFeed(String text, String url) {
        String root = rootElement(text);
        if (root != null && SITEMAP_ROOTS.contains(localName(root))) {
            return "this is a sitemap (<" + root + ">), not a feed; add its address as a sitemap";
        }
        return whyNot(text, url, FEED_ROOTS, "<rss>, <feed> or <rdf:RDF>");
    }

    /** Why this body cannot be a sitemap; feeds are accepted, since crawler-commons reads RSS and Atom as sitemaps. */
    static String whyNotASitemap(String text, String url) {
        Set<String> accepted = new HashSet<>(SITEMAP_ROOTS);
        accepted.addAll(FEED_ROOTS);
        return whyNot(text, url, accepted, "<urlset> or <sitemapindex>");
    }

    private static String whyNot(String text, String url, Set<String> acceptedRoots, String expected) {
        String notXml = whyNotXml(text, url);
        if (notXml != null) {
            return notXml;
        }
        String root = rootElement(text);
        if (root == null || acceptedRoots.contains(localName(root))) {
            return null;
        }
        if (HTML_ROOTS.contains(localName(root))) {
            return htmlPage(text, url);
        }
        return "the XML root element is <" + root + ">, expected " + expected;
    }

    /** Why this body is not XML at all (HTML, JSON, binary, plain text, nothing), or null when it may be XML. */
    static String whyNotXml(String text, String url) {
        int first = skipWhitespace(text, 0);
        if (first == text.length()) {
            return "the body is empty or only whitespace";
        }
        String head = text.substring(first, Math.min(text.length(), first + 15)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return htmlPage(text, url);
        }
        if (markupStart(text) >= 0) {
            return null;
        }
        if (looksBinary(text, first)) {
            return "the body is binary data, not text";
        }
        char c = text.charAt(first);
        if (c == '{' || c == '[') {
            return "the server returned JSON, not XML (it starts with '" + c + "')";
        }
        return "the body is plain text, not XML: '" + abbreviate(text.substring(first), 80) + "'";
    }

    /**
     * Where the markup starts: the first non-blank character when it is '&lt;' (unless that is an HTML tag such as
     * the {@code <br />} of a PHP notice printed before the feed), else an XML declaration or a feed or sitemap root
     * found early in the body behind some junk; -1 when there is no markup to parse.
     */
    static int markupStart(String text) {
        int first = skipWhitespace(text, 0);
        boolean markup = first < text.length() && text.charAt(first) == '<';
        if (markup && !HTML_ROOTS.contains(tagName(text, first))) {
            return first;
        }
        Matcher m = XML_START.matcher(text.substring(0, Math.min(text.length(), SEARCH_WINDOW)));
        if (m.find()) {
            return m.start();
        }
        return markup ? first : -1;
    }

    /** Lower-case name of the tag at {@code i} (after '&lt;' or '&lt;/'); empty when there is none. */
    private static String tagName(String text, int i) {
        int start = i + (text.startsWith("</", i) ? 2 : 1);
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The qualified name of the first element after the prolog, comments and DOCTYPE; null when none is found. */
    static String rootElement(String text) {
        int i = markupStart(text);
        if (i < 0) {
            return null;
        }
        while (true) {
            i = skipWhitespace(text, i);
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                i = XmlRepair.doctypeEnd(text, i);
            } else if (text.startsWith("<", i)) {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                return end > i + 1 ? text.substring(i + 1, end) : null;
            } else {
                return null;
            }
            if (i < 0) {
                return null;
            }
        }
    }

    static String localName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    static String abbreviate(String s, int max) {
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }

    private static String htmlPage(String text, String url) {
        Document page = Jsoup.parse(text, url);
        String title = abbreviate(page.title(), 100);
        StringBuilder reason = new StringBuilder("the server returned an HTML page");
        reason.append(title.isEmpty() ? " (no title)" : " (title '" + title + "')");
        Element feedLink = page.selectFirst("link[rel~=(?i)alternate][type~=(?i)(rss|atom)][href]");
        if (feedLink != null && !feedLink.absUrl("href").isEmpty()) {
            reason.append("; the page announces a feed at ").append(feedLink.absUrl("href"));
        }
        return reason.toString();
    }

    /** Control characters and undecodable bytes in the first few hundred characters: nobody writes text like that. */
    private static boolean looksBinary(String text, int from) {
        int end = Math.min(text.length(), from + 512);
        int odd = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 20 > end - from;
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? -1 : end + terminator.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
