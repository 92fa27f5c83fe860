package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The author when no metadata named one: a short element called author, byline or "tác giả" next to the
 * headline, or a {@code rel=author} link there. Prefixes such as "By", "Von", "Tác giả:" and "Bài, ảnh:" are
 * removed.
 */
final class BylineStage implements ExtractionStage {

    private static final Set<String> BYLINE_WORDS = Set.of(
            "author", "authors", "byline", "writer", "reporter", "tacgia", "butdanh", "autor", "auteur");
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(by|von|par|por|tác giả|bài và ảnh|bài, ảnh|bài|theo|written by)\\s*[:\\-]?\\s+");
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
            boolean named = ElementWords.any(e.className(), BYLINE_WORDS) || ElementWords.any(e.id(), BYLINE_WORDS)
                    || e.nameIs("a") && "author".equalsIgnoreCase(e.attr("rel"));
            if (!named) {
                continue;
            }
            String text = PREFIX.matcher(PlainText.line(e.text())).replaceFirst("");
            if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS && !MetadataLines.isDateLine(text)
                    && Character.isLetter(text.codePointAt(0))) {
                draft.offerAuthor(text);
                return;
            }
        }
    }
}
