package vn.presswatch.crawler.feed;

import java.nio.charset.StandardCharsets;
import org.jdom2.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import vn.presswatch.crawler.feed.FeedDocuments.BrokenXmlException;

/**
 * The last attempt at a feed that is still not well-formed after {@link XmlRepair}: Jsoup's XML parser reads any
 * markup, closing the elements left open (an unclosed {@code <b>} in a description, a body cut off before
 * {@code </channel></rss>}), and its output, well-formed XML, goes through the same hardened parser as every feed
 * ({@link FeedDocuments#parse}). A DOCTYPE is dropped rather than passed on, so nothing is fetched or expanded.
 *
 * <p>Items and entries whose end tag never came are dropped: a body cut off inside an item may have cut its link
 * or date short, and a wrong link is worse than a missing item. Linear in the input; no state.
 */
final class LenientXml {

    /**
     * The tree read leniently.
     *
     * @param document     the parsed tree
     * @param droppedItems items or entries removed because the input ended before their end tag
     */
    record Result(Document document, int droppedItems) {
    }

    private LenientXml() {
    }

    /**
     * @throws BrokenXmlException when even the re-serialised text does not parse (names XML does not allow, an
     *                            undeclared namespace prefix)
     */
    static Result read(String text) throws BrokenXmlException {
        org.jsoup.nodes.Document tree = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        for (Node node : tree.childNodes().toArray(new Node[0])) {
            if (node instanceof DocumentType) {
                node.remove();
            }
        }
        int dropped = 0;
        for (Element item : tree.select("item, entry")) {
            Range end = item.endSourceRange();
            if (item.ownerDocument() != null && (!end.isTracked() || end.isImplicit())) {
                item.remove();
                dropped++;
            }
        }
        tree.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8).prettyPrint(false);
        return new Result(FeedDocuments.parse(tree.outerHtml()), dropped);
    }
}
