package vn.presswatch.crawler.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the lead ("sapo"): an element named sapo, lead, description, summary, intro... just after the
 * headline; else an unnamed paragraph or subheadline between the headline and the body (the sapo under a
 * class name nobody can list); else the metadata description when the body starts with it; else the body's
 * first paragraph of prose. Captions, credits and date lines are never taken for a lead.
 */
final class LeadStage implements ExtractionStage {

    private static final Set<String> LEAD_WORDS = Set.of(
            "sapo", "lead", "description", "desc", "summary", "intro", "introduction", "excerpt", "standfirst",
            "abstract", "chapeau", "deck", "subtitle", "teaser", "tomtat", "mota");
    /** How far after the headline (in elements, document order) a lead may start. */
    private static final int MAX_DISTANCE = 60;
    private static final int MIN_LEAD_CHARS = 30;
    /** How many of the body's first paragraphs may be skipped (bylines, date lines) to reach the lead. */
    private static final int FIRST_PARAGRAPHS = 5;
    /** Where an unnamed lead is written: a paragraph, a div, or a subheadline under the headline. */
    private static final Set<String> INTRO_TAGS = Set.of("p", "div", "h2", "h3");
    /** An unnamed paragraph after the headline must be this long to pass for a lead. */
    private static final int MIN_INTRO_CHARS = 80;
    private static final int MAX_LEAD_CHARS = 1500;

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        if (draft.lead() != null) {
            return;
        }
        String body = draft.body() == null ? "" : draft.body();
        Element headline = HeadlineElement.find(page.document(), draft.title());
        Element element = leadElement(headline);
        if (element != null && !isMetadata(element.text()) && draft.offerLead(element.text())) {
            return;
        }
        Element intro = introParagraph(headline, body);
        if (intro != null && !isMetadata(intro.text()) && draft.offerLead(intro.text())) {
            return;
        }
        String description = draft.description();
        if (description != null && startsWith(body, description)) {
            draft.offerLead(body.substring(0, paragraphEnd(body)));
            return;
        }
        // Else the first paragraph of prose: not the headline repeated, a byline or a date line.
        String titleKey = draft.title() == null ? "" : PlainText.key(draft.title());
        String[] paragraphs = body.split("\n\n");
        for (int i = 0; i < Math.min(FIRST_PARAGRAPHS, paragraphs.length); i++) {
            String paragraph = paragraphs[i];
            boolean prose = paragraph.length() >= MIN_INTRO_CHARS
                    || paragraph.length() >= MIN_LEAD_CHARS && MetadataLines.endsSentence(paragraph);
            if (prose && !PlainText.key(paragraph).equals(titleKey) && !isMetadata(paragraph)) {
                draft.offerLead(paragraph);
                return;
            }
        }
    }

    private static Element leadElement(Element headline) {
        if (headline == null) {
            return null;
        }
        for (Element e : HeadlineElement.following(headline, MAX_DISTANCE)) {
            if (isLeadNamed(e)) {
                String text = e.text();
                // A lead is prose: a sentence, not a toolbar that happens to be called "summary".
                if (text.length() >= MIN_LEAD_CHARS && text.length() <= MAX_LEAD_CHARS
                        && (MetadataLines.endsSentence(text) || text.length() >= MIN_INTRO_CHARS)
                        && e.select("a").text().length() * 2 < text.length()) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The first paragraph of prose between the headline and the body, when the body does not already start
     * with it: outlets print the lead there under class names nobody can list ("dig-vorspann", "hero__text").
     */
    private static Element introParagraph(Element headline, String body) {
        if (headline == null || body.isEmpty()) {
            return null;
        }
        String bodyStart = PlainText.key(body.substring(0, Math.min(body.length(), 400)));
        for (Element e : HeadlineElement.following(headline, MAX_DISTANCE)) {
            if (!INTRO_TAGS.contains(e.normalName()) || !HeadlineElement.hasOwnText(e)) {
                continue;
            }
            String text = e.text();
            String key = PlainText.key(text);
            if (key.length() >= 20 && bodyStart.startsWith(key.substring(0, Math.min(key.length(), 60)))) {
                return null; // the body starts here: no separate lead
            }
            if (isProse(e, text) && !inBoilerplate(e, headline)) {
                return body.contains(text) ? null : e;
            }
        }
        return null;
    }

    /** A caption, credit or date line where a lead was expected. */
    private static boolean isMetadata(String text) {
        return MetadataLines.isCredit(text) || MetadataLines.isDateLine(text);
    }

    private static boolean isProse(Element e, String text) {
        if (text.length() < MIN_INTRO_CHARS || text.length() > MAX_LEAD_CHARS) {
            return false;
        }
        if (e.select("a").text().length() * 3 > text.length()) {
            return false;
        }
        return MetadataLines.endsSentence(text) || text.length() >= 2 * MIN_INTRO_CHARS;
    }

    private static boolean inBoilerplate(Element e, Element headline) {
        for (Element x = e; x != null && !x.nameIs("body"); x = x.parent()) {
            if (x.nameIs("figure") || x.nameIs("figcaption") || x.nameIs("aside") || x.nameIs("nav")
                    || x.nameIs("footer") || ElementHints.isBoilerplate(x) && !x.nameIs("article")) {
                return true;
            }
            if (x.getElementsByTag("h1").contains(headline)) {
                return false; // reached an ancestor shared with the headline: the article itself
            }
        }
        return false;
    }

    private static boolean isLeadNamed(Element e) {
        return ElementWords.any(e.className(), LEAD_WORDS) || ElementWords.any(e.id(), LEAD_WORDS)
                || "description".equals(e.attr("itemprop"));
    }

    /** Whether the body starts with the description, allowing for a description cut short with "...". */
    private static boolean startsWith(String body, String description) {
        String key = PlainText.key(description);
        if (key.length() < MIN_LEAD_CHARS) {
            return false;
        }
        String bodyKey = PlainText.key(body.substring(0, Math.min(body.length(), description.length() * 2 + 20)));
        return bodyKey.startsWith(key);
    }

    private static int paragraphEnd(String body) {
        int end = body.indexOf("\n\n");
        return end < 0 ? body.length() : end;
    }
}
