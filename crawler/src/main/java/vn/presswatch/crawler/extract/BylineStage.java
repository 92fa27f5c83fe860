package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The author when no metadata named one: a short element called author, byline or "tác giả" next to the
 * headline, or a {@code rel=author} link there. Prefixes such as "By", "Von", "Tác giả:" and "Bài, ảnh:" are
 * removed. Readers' comments are never searched ({@link ElementHints#inComments}): a comment's "comment__author"
 * names a reader, and on short articles the comments sit close enough to the headline to be reached.
 */
final class BylineStage implements ExtractionStage {

    private static final int BEFORE = 25;
    private static final int AFTER = 80;
    private static final int MAX_BYLINE_CHARS = 80;

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        if (draft.author() != null) {
            return;
        }
        Element headline = HeadlineElement.find(page.document(), draft.title());
        if (headline == null) {
            return;
        }
        List<Element> near = new ArrayList<>(HeadlineElement.following(headline, AFTER));
        near.addAll(HeadlineElement.preceding(page.document(), headline, BEFORE));
        for (Element e : near) {
            boolean named = BylineText.isNamedByline(e)
                    || e.nameIs("a") && "author".equalsIgnoreCase(e.attr("rel"));
            if (!named || ElementHints.inComments(e, headline)) {
                continue;
            }
            String text = BylineText.withoutPrefix(PlainText.line(e.text()));
            if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS && !MetadataLines.isDateLine(text)
                    && Character.isLetter(text.codePointAt(0))) {
                draft.offerAuthor(text);
                return;
            }
        }
    }
}
