package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the subtree that holds the article in a cleaned page.
 *
 * <p>First in the manner of Readability: the best-scoring candidate ({@link ContentScores}) is taken, moved up
 * when several strong candidates share an ancestor or a parent outscores it, and joined by the siblings (or
 * same-class modules) that score nearly as well. Then, in the manner of trafilatura, an element that names itself the article body
 * ("articleBody", "entry-content", "fck_detail"...) is preferred when it holds at least half as much text:
 * such names are reliable, and scoring often settles on one section of a long article or on a neighbouring
 * box.
 */
final class MainContentLocator {

    private static final int MIN_NAMED_BODY_CHARS = 200;
    /** How many levels above the best candidate to look for an article made of same-class modules. */
    private static final int MODULE_LEVELS = 4;
    /** How much of the scored candidate's text a named article body must hold to be preferred. */
    private static final double NAMED_BODY_SHARE = 0.5;

    /**
     * The elements that make up the article, in document order: usually one, sometimes a run of siblings;
     * {@code root} itself when nothing scores.
     */
    List<Element> locate(Element root, TextMeasures measures) {
        Map<Element, Double> finals = ContentScores.of(root, measures);
        if (finals.isEmpty()) {
            return List.of(root);
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : finals.entrySet()) {
            if (entry.getValue() > topScore) {
                topScore = entry.getValue();
                top = entry.getKey();
            }
        }
        top = widenToCommonAncestor(top, topScore, finals, root);
        top = climbToStrongerParent(top, finals, root);
        List<Element> scored = sameClassModules(top, topScore, finals, root);
        if (scored == null) {
            scored = withSiblings(top, finals, measures);
        }
        int scoredChars = 0;
        for (Element e : scored) {
            scoredChars += measures.chars(e);
        }
        Element named = namedBody(root, measures, scoredChars);
        return named != null ? List.of(named) : scored;
    }

    /** The first element named as the article body that holds enough text, or null. */
    private static Element namedBody(Element root, TextMeasures measures, int scoredChars) {
        for (Element e : root.getAllElements()) {
            int chars = measures.chars(e);
            if (chars >= MIN_NAMED_BODY_CHARS && chars >= NAMED_BODY_SHARE * scoredChars && ElementHints.isArticleBody(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * When several strong candidates share an ancestor (an article split into sections, each scoring on its
     * own), the ancestor is the article.
     */
    private static Element widenToCommonAncestor(Element top, double topScore, Map<Element, Double> finals,
            Element root) {
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : finals.entrySet()) {
            if (entry.getKey() != top && entry.getValue() >= 0.75 * topScore) {
                alternatives.add(entry.getKey());
            }
        }
        if (alternatives.size() >= 3) {
            Element ancestor = top.parent();
            while (ancestor != null && ancestor != root) {
                int containing = 0;
                for (Element alternative : alternatives) {
                    if (isAncestor(ancestor, alternative)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    return ancestor;
                }
                ancestor = ancestor.parent();
            }
        }
        return top;
    }

    /**
     * Moves up while the ancestors keep a good part of the score, to the first one that outscores what is
     * below it: an article cut into modules ("editorial-module" after "editorial-module") gathers its
     * modules' scores in their common parent.
     */
    private static Element climbToStrongerParent(Element top, Map<Element, Double> finals, Element root) {
        double lastScore = finals.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
            Double score = finals.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > lastScore) {
                return parent;
            }
            lastScore = score;
        }
        return top;
    }

    /**
     * An article built of modules (one "editorial-module--text" after another, images between them): when the
     * best candidate sits in a module whose same-class siblings hold scoring text too, the article is all of
     * them. Looks a few levels up from the candidate; null when no level has such siblings.
     */
    private static List<Element> sameClassModules(Element top, double topScore, Map<Element, Double> finals,
            Element root) {
        Element module = top;
        for (int level = 0; level < MODULE_LEVELS && module.parent() != null && module != root; level++) {
            Element parent = module.parent();
            if (!module.className().isBlank()) {
                List<Element> group = new ArrayList<>();
                boolean supported = false;
                for (Element sibling : parent.children()) {
                    if (sibling == module) {
                        group.add(sibling);
                    } else if (sibling.normalName().equals(module.normalName())
                            && sibling.className().equals(module.className())) {
                        double best = bestScoreIn(sibling, finals);
                        // Readability's same-class bonus: such a sibling needs only a little score of its own.
                        if (best > 0 && best + topScore * 0.2 >= Math.max(10, topScore * 0.2)) {
                            group.add(sibling);
                            supported = true;
                        }
                    }
                }
                if (supported) {
                    return group;
                }
            }
            module = parent;
        }
        return null;
    }

    private static double bestScoreIn(Element element, Map<Element, Double> finals) {
        double best = 0;
        for (Element e : element.getAllElements()) {
            Double score = finals.get(e);
            if (score != null && score > best) {
                best = score;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> finals, TextMeasures measures) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finals.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> result = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                result.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = finals.get(sibling);
            if (score != null && score + bonus >= threshold) {
                result.add(sibling);
            } else if (sibling.nameIs("p")) {
                int chars = measures.chars(sibling);
                double density = measures.linkDensity(sibling);
                String text = sibling.text();
                if (chars > 80 && density < 0.25
                        || chars > 0 && density == 0 && (text.endsWith(".") || text.contains(". "))) {
                    result.add(sibling);
                }
            }
        }
        return result;
    }
}
