package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a working copy of a page: scripts and embedded media, forms and
 * buttons, navigation, asides and footers, hidden elements, figures with their captions, site headers (an
 * article's header with a lead or subheadline stays), and elements whose class, id or role marks them as
 * boilerplate ({@link ElementHints}): regions such as comments, share bars and related-article boxes whatever
 * their size, metadata lines such as dates, bylines and captions only when short.
 *
 * <p>A guard keeps any element that holds most of the page's text, or most of its prose (text in {@code <p>}),
 * because sites do put the whole page in a {@code <form>} (ASP.NET) or give the article's wrapper classes such
 * as "modal-enabled" or "displayed_author-jane-doe"; the element's children are still cleaned. Comment sections
 * get no such guard (a long discussion can outweigh the article) unless they wrap the headline.
 */
final class BoilerplateCleaner {

    /** Elements with no readable text, or whose text is never part of an article. */
    private static final Set<String> ALWAYS_REMOVED = Set.of(
            "script", "style", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "applet", "video", "audio", "source", "track", "map", "area", "picture", "img",
            "button", "input", "select", "option", "optgroup", "textarea", "label", "datalist", "output",
            "progress", "meter", "dialog", "link", "meta", "head", "title", "base");

    /** Page regions that are boilerplate unless they hold most of the text (see the class comment). */
    private static final Set<String> REGION_REMOVED = Set.of(
            "nav", "aside", "footer", "header", "menu", "form", "fieldset", "figure", "figcaption", "time", "noscript");

    /** Tags the boilerplate hints are not applied to: the page skeleton and inline formatting inside text. */
    private static final Set<String> HINTS_IGNORED = Set.of("html", "body", "b", "strong", "i", "em", "u", "br");

    /** An element holding more than this share of the page's text is never removed as a whole. */
    private static final double MAJORITY = 0.6;
    /** Nor one holding this share of the page's prose, when there is enough prose to judge by. */
    private static final double PROSE_MAJORITY = 0.5;
    private static final int MIN_PROSE = 300;
    /** The longest text a metadata line (date, byline, tags, caption) is expected to have. */
    private static final int MAX_LINE_CHARS = 300;
    /** A header with a paragraph this long is an article's header (headline and lead), not the site's. */
    private static final int MIN_HEADER_PROSE = 80;
    /** Or a subheadline this long: a second headline that says what the article is about. */
    private static final int MIN_HEADER_SUBHEADLINE = 40;

    /** Removes the boilerplate under {@code root} (in place); {@code root} itself always stays. */
    void clean(Element root) {
        Guard guard = new Guard(TextMeasures.of(root), root);
        List<Element> doomed = new ArrayList<>();
        for (Element child : root.children()) {
            collect(child, guard, doomed);
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    private static void collect(Element element, Guard guard, List<Element> doomed) {
        if (shouldRemove(element, guard)) {
            doomed.add(element);
            return;
        }
        for (Element child : element.children()) {
            collect(child, guard, doomed);
        }
    }

    private static boolean shouldRemove(Element element, Guard guard) {
        String tag = element.normalName();
        if (ALWAYS_REMOVED.contains(tag)) {
            return true;
        }
        ElementHints.Hint hint = HINTS_IGNORED.contains(tag) ? ElementHints.Hint.NONE : ElementHints.hint(element);
        if (hint == ElementHints.Hint.LINE && guard.measures.chars(element) > MAX_LINE_CHARS
                || hint == ElementHints.Hint.TEASER && guard.measures.links(element) == 0) {
            hint = ElementHints.Hint.NONE;
        }
        boolean hinted = hint != ElementHints.Hint.NONE;
        if (!hinted && !REGION_REMOVED.contains(tag) && !isHidden(element)) {
            return false;
        }
        if (tag.equals("header") || tag.equals("noscript")) {
            // A header with a lead, or the article that a script-built page repeats in <noscript>, stays.
            return !holdsProse(element, guard.measures) && !guard.protects(element);
        }
        if (tag.equals("figure") && !element.select("table, blockquote").isEmpty()) {
            return false; // tables and quotes wrapped in <figure> are content
        }
        if (hinted && ElementHints.isComments(element) && !guard.holdsHeadline(element)) {
            return true;
        }
        return !guard.protects(element);
    }

    /** Decides which elements hold too much of the page to be boilerplate. */
    private static final class Guard {
        private final TextMeasures measures;
        private final int total;
        private final int prose;
        private final Element headline;

        Guard(TextMeasures measures, Element root) {
            this.measures = measures;
            this.total = measures.chars(root);
            this.prose = measures.paragraphChars(root);
            this.headline = root.selectFirst("h1");
        }

        boolean protects(Element element) {
            return measures.chars(element) > MAJORITY * total
                    || prose >= MIN_PROSE && measures.paragraphChars(element) >= PROSE_MAJORITY * prose;
        }

        boolean holdsHeadline(Element element) {
            for (Element e = headline; e != null; e = e.parent()) {
                if (e == element) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether a {@code <header>} holds a paragraph of prose or a subheadline: an article's header with its
     * lead, which stays, unlike a site header of logo, menu and search box.
     */
    private static boolean holdsProse(Element header, TextMeasures measures) {
        for (Element p : header.select("p, h2, h3")) {
            int min = p.nameIs("p") ? MIN_HEADER_PROSE : MIN_HEADER_SUBHEADLINE;
            if (measures.chars(p) >= min && measures.linkDensity(p) < 0.5) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
