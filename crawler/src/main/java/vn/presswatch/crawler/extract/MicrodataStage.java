package vn.presswatch.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org microdata in the markup: itemprop headline, datePublished, author and articleBody. The
 * articleBody elements are cleaned and rendered like any content and become the body when long enough.
 */
final class MicrodataStage implements ExtractionStage {

    private final int minBodyChars;
    private final ContentRenderer renderer;

    MicrodataStage(int minBodyChars, ContentRenderer renderer) {
        this.minBodyChars = minBodyChars;
        this.renderer = renderer;
    }

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        Document document = page.document();
        Element headline = document.selectFirst("[itemprop=headline]");
        if (headline != null) {
            draft.offerTitle(valueOf(headline));
        }
        Element published = document.selectFirst("[itemprop=datePublished]");
        if (published != null) {
            draft.offerPublished(Dates.parse(valueOf(published), page.now()));
        }
        Element author = document.selectFirst("[itemprop=author]");
        if (author != null) {
            Element name = author.selectFirst("[itemprop=name]");
            String value = valueOf(name != null ? name : author);
            if (value.length() <= 120) { // an author element that wraps a whole bio is not a byline
                draft.offerAuthor(value);
            }
        }
        Element description = document.selectFirst("[itemprop=description]");
        if (description != null) {
            draft.offerDescription(valueOf(description));
        }
        if (draft.body() == null) {
            // Some sites mark each paragraph or section as articleBody: the body is all of them, in order.
            StringBuilder body = new StringBuilder();
            for (Element part : document.select("[itemprop=articleBody]")) {
                if (part.parents().stream().noneMatch(p -> "articleBody".equals(p.attr("itemprop")))) {
                    body.append(renderer.render(part)).append("\n\n");
                }
            }
            draft.offerBody(body.toString(), minBodyChars, "microdata");
        }
    }

    /** Microdata's value: the content or datetime attribute when present, else the text. */
    private static String valueOf(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.hasAttr("datetime")) {
            return element.attr("datetime");
        }
        return element.text();
    }
}
