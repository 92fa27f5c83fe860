package vn.presswatch.crawler.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What Rome drops or blurs, read from the same JDOM tree Rome parsed: whether an RSS item had a real
 * {@code <link>} (Rome silently copies the guid into the link, even "12345"), the guid as written (Rome substitutes
 * the link when there is none), the raw date text (Rome returns null for "18/08/2025 10:30") and the xml:base chain.
 * Entries are listed in the order Rome lists them: channel/item for RSS 0.9x/2.0, rdf:RDF/item for RSS 1.0,
 * feed/entry for Atom.
 */
final class RawEntries {

    /** The raw facts about one item; any field may be null. */
    record RawEntry(String link, String guid, String dateText, String base) {
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
        return new RawEntry(link, guid, dateText(item), LinkResolver.rebase(parentBase, xmlBase(item)));
    }

    private static RawEntry atomEntry(Element entry, String parentBase) {
        return new RawEntry(null, text(entry, "id"), dateText(entry), LinkResolver.rebase(parentBase, xmlBase(entry)));
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
