package vn.presswatch.crawler.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;

/**
 * What Rome drops or blurs, read from the same JDOM tree Rome parsed: whether an RSS item had a real
 * {@code <link>} (Rome silently copies the guid into the link, even "12345"), the guid as written (Rome substitutes
 * the link when there is none), the raw date text (Rome returns null for "18/08/2025 10:30"), the xml:base chain,
 * and titles and descriptions written as raw HTML ({@code <title><b>Nóng:</b> Bão số 3</title>}), whose words
 * inside the tags Rome drops because it reads only the element's own text.
 * Entries are listed in the order Rome lists them: channel/item for RSS 0.9x/2.0, rdf:RDF/item for RSS 1.0,
 * feed/entry for Atom.
 */
final class RawEntries {

    /**
     * The raw facts about one item; any field may be null.
     *
     * @param titleMarkup   the title's content as HTML when it holds elements, else null (Rome's title is right)
     * @param summaryMarkup the same for the description (RSS) or summary (Atom)
     */
    record RawEntry(String link, String guid, String dateText, String base, String titleMarkup, String summaryMarkup) {
    }

    /** Date elements in order of preference: publication before modification. */
    private static final List<String> DATE_NAMES = List.of("pubdate", "published", "issued", "date", "created",
            "updated", "modified");
    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private RawEntries() {
    }

    /** The raw entries, each with its effective base URL (the feed URL changed by any xml:base on the way down). */
    static List<RawEntry> of(Document document, String feedUrl) {
        Element root = document.getRootElement();
        String rootBase = LinkResolver.rebase(feedUrl, xmlBase(root));
        String local = root.getName().toLowerCase(Locale.ROOT);
        List<RawEntry> entries = new ArrayList<>();
        if (local.equals("feed")) {
            for (Element entry : children(root, "entry")) {
                entries.add(atomEntry(entry, rootBase));
            }
        } else {
            Element container = root;
            String containerBase = rootBase;
            if (local.equals("rss")) {
                List<Element> channels = children(root, "channel");
                container = channels.isEmpty() ? root : channels.get(0);
                containerBase = LinkResolver.rebase(rootBase, xmlBase(container));
            }
            for (Element item : children(container, "item")) {
                entries.add(rssItem(item, containerBase));
            }
        }
        return entries;
    }

    /** The base for feed-level links: the feed URL changed by xml:base on the root element. */
    static String feedBase(Document document, String feedUrl) {
        return LinkResolver.rebase(feedUrl, xmlBase(document.getRootElement()));
    }

    private static RawEntry rssItem(Element item, String parentBase) {
        String link = null;
        for (Element child : children(item, "link")) {
            if (!isAtom(child) && !child.getTextTrim().isEmpty()) {
                link = child.getTextTrim();
                break;
            }
        }
        String guid = text(item, "guid");
        if (guid == null) {
            String about = item.getAttributeValue("about", Namespace.getNamespace("rdf", RDF));
            guid = about == null || about.isBlank() ? null : about.strip();
        }
        return new RawEntry(link, guid, dateText(item), LinkResolver.rebase(parentBase, xmlBase(item)),
                markup(own(item, "title")), markup(own(item, "description")));
    }

    private static RawEntry atomEntry(Element entry, String parentBase) {
        return new RawEntry(null, text(entry, "id"), dateText(entry), LinkResolver.rebase(parentBase, xmlBase(entry)),
                markup(own(entry, "title")), markup(own(entry, "summary")));
    }

    /** The feed's own title as HTML when it holds elements (see {@link RawEntry#titleMarkup()}), else null. */
    static String feedTitleMarkup(Document document) {
        Element root = document.getRootElement();
        String local = root.getName().toLowerCase(Locale.ROOT);
        List<Element> channels = children(root, "channel");
        Element channel = local.equals("feed") ? root : channels.isEmpty() ? null : channels.get(0);
        return channel == null ? null : markup(own(channel, "title"));
    }

    /**
     * The content of {@code element} as HTML, for {@link PlainText} to turn into text, when it holds child elements:
     * the feed wrote raw HTML where XML expects text. Null when it holds text only (or is null), which Rome reads
     * correctly. Text and CDATA go in as they are, which is how Rome hands over escaped HTML too.
     */
    static String markup(Element element) {
        if (element == null || element.getChildren().isEmpty()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        appendContent(element, html);
        return html.toString();
    }

    private static void appendContent(Element element, StringBuilder html) {
        for (Content content : element.getContent()) {
            if (content instanceof Text text) { // CDATA too
                html.append(text.getText());
            } else if (content instanceof Element child) {
                html.append('<').append(child.getName()).append('>');
                appendContent(child, html);
                html.append("</").append(child.getName()).append('>');
            }
        }
    }

    /** The first child with this local name in the parent's own namespace: RSS's title, not media:title. */
    private static Element own(Element parent, String localName) {
        for (Element child : children(parent, localName)) {
            if (child.getNamespaceURI().equals(parent.getNamespaceURI())) {
                return child;
            }
        }
        return null;
    }

    private static String dateText(Element item) {
        for (String name : DATE_NAMES) {
            String value = text(item, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Trimmed text of the first child with this local name (any namespace, case-insensitive); null when blank. */
    private static String text(Element parent, String localName) {
        for (Element child : children(parent, localName)) {
            String value = child.getTextTrim();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equalsIgnoreCase(localName)) {
                found.add(child);
            }
        }
        return found;
    }

    private static boolean isAtom(Element element) {
        String uri = element.getNamespaceURI();
        return ATOM_10.equals(uri) || ATOM_03.equals(uri);
    }

    private static String xmlBase(Element element) {
        return element.getAttributeValue("base", Namespace.XML_NAMESPACE);
    }
}
