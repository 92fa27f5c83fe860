package vn.presswatch.crawler.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readability's content scores for the candidates of a cleaned page: every paragraph scores by its length
 * and commas, the score flows to its ancestors (less with each level), class and id hints add or subtract,
 * and each candidate loses in proportion to its link text.
 */
final class ContentScores {

    /** Paragraph-like elements; other elements count only for the text they hold directly. */
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    /**
     * Containers whose own text (outside their block children) counts as a paragraph: sites that write
     * "text<br>text" in a div. List items do not count: teaser lists would outscore the article.
     */
    private static final Set<String> TEXT_CONTAINER_TAGS = Set.of(
            "div", "section", "article", "main", "span", "font", "center", "form", "body");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final double CLASS_WEIGHT = 25;

    private ContentScores() {
    }

    /** Every candidate's final score: paragraph scores received, class hints, discounted by link density. */
    static Map<Element, Double> of(Element root, TextMeasures measures) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element element : root.getAllElements()) {
            double unit = unitScore(element, measures);
            if (unit <= 0) {
                continue;
            }
            // A paragraph scores for its parent; a container that mixes its own text with blocks is itself
            // where that text lives (Readability wraps such text in paragraphs of the container).
            Element ancestor = PARAGRAPH_TAGS.contains(element.normalName()) || !hasBlockChildren(element)
                    ? element.parent() : element;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.computeIfAbsent(ancestor, a -> new double[] {initialScore(a)})[0] += unit * share;
                if (ancestor == root) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            finals.put(entry.getKey(), entry.getValue()[0] * (1 - measures.linkDensity(entry.getKey())));
        }
        return finals;
    }

    private static boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (BlockRenderer.isBlock(child) || PARAGRAPH_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's own contribution as paragraphs, 0 when it has none. Its text outside block children is cut
     * into paragraphs at double line breaks, because many sites write a whole article as "text<br><br>text"
     * in one div or p, and one giant paragraph would score no more than a short one.
     */
    private static double unitScore(Element element, TextMeasures measures) {
        String tag = element.normalName();
        if (!PARAGRAPH_TAGS.contains(tag) && !TEXT_CONTAINER_TAGS.contains(tag)) {
            return 0;
        }
        ParagraphScore score = new ParagraphScore();
        boolean afterBreak = false;
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                int visible = TextMeasures.visibleChars(s);
                if (visible > 0) {
                    score.add(visible, TextMeasures.commas(s), 0);
                    afterBreak = false;
                }
            } else if (node instanceof Element child) {
                if (child.nameIs("br")) {
                    if (afterBreak) {
                        score.endParagraph();
                    }
                    afterBreak = true;
                } else if (BlockRenderer.isBlock(child) || PARAGRAPH_TAGS.contains(child.normalName())) {
                    score.endParagraph(); // block children are paragraphs of their own
                    afterBreak = false;
                } else if (measures.chars(child) > 0) {
                    score.add(measures.chars(child), measures.commas(child), measures.linkChars(child));
                    afterBreak = false;
                }
            }
        }
        score.endParagraph();
        return score.total;
    }

    /** Readability's paragraph score: one point, one per comma, one per 100 characters up to three. */
    private static final class ParagraphScore {
        double total;
        int chars;
        int commas;
        int linkChars;

        void add(int chars, int commas, int linkChars) {
            this.chars += chars;
            this.commas += commas;
            this.linkChars += linkChars;
        }

        void endParagraph() {
            if (chars >= MIN_PARAGRAPH_CHARS) {
                double linkFree = 1 - (double) linkChars / chars;
                total += (1 + commas + Math.min(chars / 100, 3)) * linkFree;
            }
            chars = 0;
            commas = 0;
            linkChars = 0;
        }
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (ElementHints.isContent(element)) {
            score += CLASS_WEIGHT;
        }
        if (ElementHints.isBoilerplate(element)) {
            score -= CLASS_WEIGHT;
        }
        return score;
    }
}
