package vn.presswatch.crawler.sources;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.presswatch.store.Source;

/** Reads one OPML document into sources, as {@link OpmlSources} describes. Not thread-safe; one per document. */
final class OpmlReader {

    private static final Set<String> PW_ATTRIBUTES = Set.of("id", "country", "language", "level", "origin",
            "enabled");
    /** The pw:* attributes an outline passes on to the outlines inside it. */
    private static final List<String> INHERITED = List.of("country", "language", "level", "origin", "enabled");

    private final String listName;
    private final OpmlSources.Defaults defaults;
    private final List<Outline> outlines = new ArrayList<>();

    OpmlReader(String listName, OpmlSources.Defaults defaults) {
        this.listName = listName;
        this.defaults = defaults;
    }

    SourceList read(InputStream in) {
        parse(in);
        Map<Object, Group> groups = group();
        if (groups.isEmpty()) {
            throw new InvalidSourceListException(listName, 0, null, "no feed in this OPML: no <outline> has an "
                    + "xmlUrl attribute", null);
        }
        Set<String> taken = new HashSet<>();
        outlines.stream().map(o -> o.pw.get("id")).filter(Objects::nonNull).forEach(taken::add);
        UniqueSources unique = new UniqueSources(listName);
        List<Source> sources = new ArrayList<>();
        List<String> defaulted = new ArrayList<>();
        for (Group group : groups.values()) {
            Source source = toSource(group, taken, defaulted);
            unique.add(source, group.defining.number, group.defining.pw.get("id"), group.defining + ": ");
            sources.add(source);
        }
        return new SourceList(listName, sources, defaulted);
    }

    /** Collects the outlines, and the pw: elements inside them, in document order. */
    private void parse(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // XXE: no DTD, no external entity, no external DTD fetched; a DOCTYPE is refused below in any case.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            // The open elements: an Outline for each <outline>, null for any other element.
            List<Outline> open = new ArrayList<>();
            // The parser reports where an event ends; where the previous one ended is where a start tag begins,
            // which is the line a person looks for when the tag spans several lines.
            int line = xml.getLocation().getLineNumber();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidSourceListException(listName, 0, null, "a <!DOCTYPE> is not allowed (line "
                            + xml.getLocation().getLineNumber() + "): presswatch reads OPML without DTDs or entities, "
                            + "which could pull local files into the list; remove the DOCTYPE", null);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (open.isEmpty() && !("opml".equals(xml.getLocalName()) && isEmpty(xml.getNamespaceURI()))) {
                        throw new InvalidSourceListException(listName, 0, null, "not an OPML document: the root "
                                + "element is <" + xml.getLocalName() + ">, expected <opml>", null);
                    }
                    Outline enclosing = innermost(open);
                    Outline outline = null;
                    if (isPresswatch(xml.getNamespaceURI())) {
                        readPresswatchElement(xml, line, enclosing);
                    } else if ("outline".equals(xml.getLocalName()) && isEmpty(xml.getNamespaceURI())) {
                        outline = readOutline(xml, line, enclosing);
                        outlines.add(outline);
                    }
                    open.add(outline);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.remove(open.size() - 1);
                }
                line = xml.getLocation().getLineNumber();
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(xml);
        }
    }

    private Outline readOutline(XMLStreamReader xml, int line, Outline enclosing) {
        Map<String, String> plain = new HashMap<>();
        Map<String, String> pw = new HashMap<>();
        Outline outline = new Outline(outlines.size() + 1, line, enclosing, plain, pw);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String value = xml.getAttributeValue(i).strip();
            String name = xml.getAttributeLocalName(i);
            if (isPresswatch(xml.getAttributeNamespace(i))) {
                if (!PW_ATTRIBUTES.contains(name)) {
                    throw new InvalidSourceListException(listName, outline.number, null, outline + ": unknown "
                            + "attribute pw:" + name + "; expected one of pw:" + String.join(", pw:",
                            PW_ATTRIBUTES.stream().sorted().toList()), null);
                }
                if (!value.isEmpty()) {
                    pw.put(name, value);
                }
            } else if (isEmpty(xml.getAttributeNamespace(i)) && !value.isEmpty()) {
                // Readers disagree on case (xmlUrl, xmlURL, xmlurl).
                plain.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        return outline;
    }

    private void readPresswatchElement(XMLStreamReader xml, int line, Outline enclosing) {
        String element = "<pw:" + xml.getLocalName() + "> at line " + line;
        int entry = enclosing == null ? 0 : enclosing.number;
        if (!(xml.getLocalName().equals("sitemap") || xml.getLocalName().equals("section"))) {
            throw new InvalidSourceListException(listName, entry, null, "unknown element " + element
                    + "; expected <pw:sitemap url> or <pw:section url linkSelector>", null);
        }
        if (enclosing == null || !enclosing.pw.containsKey("id")) {
            throw new InvalidSourceListException(listName, entry, null, element + " must be directly inside an "
                    + "<outline> with a pw:id, which names the source it belongs to", null);
        }
        String url = xml.getAttributeValue(null, "url");
        if (xml.getLocalName().equals("sitemap")) {
            enclosing.sitemaps.add(url);
        } else {
            enclosing.sections.add(new SourceEntry.SectionPageEntry(url, xml.getAttributeValue(null,
                    "linkSelector")));
        }
    }

    /** Gathers the feeds into sources: by pw:id outline, else by home page; first seen first. */
    private Map<Object, Group> group() {
        Map<Object, Group> groups = new LinkedHashMap<>();
        Set<String> feeds = new HashSet<>();
        for (Outline outline : outlines) {
            Outline owner = outline.owner();
            if (owner == outline) {
                groups.put(outline, new Group(outline, null));
            }
            String xmlUrl = outline.plain.get("xmlurl");
            if (xmlUrl == null) {
                continue;
            }
            URI feed = checkedUrl(outline, "xmlUrl", xmlUrl);
            if (!feeds.add(xmlUrl)) {
                continue; // the same feed in a second category
            }
            Group group;
            if (owner != null) {
                group = groups.get(owner);
            } else {
                String htmlUrl = outline.plain.get("htmlurl");
                URI home = htmlUrl == null ? siteOf(feed) : checkedUrl(outline, "htmlUrl", htmlUrl);
                group = groups.computeIfAbsent(key(home), k -> new Group(outline, home.toString()));
            }
            group.feeds.add(xmlUrl);
            group.feedOutlines.add(outline);
        }
        return groups;
    }

    private Source toSource(Group group, Set<String> taken, List<String> defaulted) {
        Outline defining = group.defining;
        Map<String, String> attributes = defining.inherited();
        for (Outline feed : group.feedOutlines) {
            Map<String, String> own = feed.inherited();
            // A pw:id outline decides for its feeds; feeds gathered by home page must agree among themselves.
            if (group.homepage != null && !own.equals(attributes)) {
                throw new InvalidSourceListException(listName, feed.number, null, feed + ": its pw: attributes "
                        + own + " differ from " + attributes + " of " + defining + ", a feed of the same home page",
                        null);
            }
        }
        String id = defining.pw.get("id");
        String homepage = group.homepage;
        if (homepage == null) {
            String htmlUrl = defining.plain.get("htmlurl");
            if (htmlUrl != null) {
                homepage = checkedUrl(defining, "htmlUrl", htmlUrl).toString();
            } else if (!group.feeds.isEmpty()) {
                homepage = siteOf(URI.create(group.feeds.get(0))).toString();
            } else {
                throw new InvalidSourceListException(listName, defining.number, id, defining + ": htmlUrl is "
                        + "missing: a source outline without feeds needs the outlet's home page", null);
            }
        }
        String host = URI.create(homepage).getHost();
        if (id == null) {
            id = idFromHost(host, taken);
        }
        taken.add(id);
        String name = defining.plain.getOrDefault("title", defining.plain.getOrDefault("text", host));
        String country = attributes.get("country");
        String language = attributes.get("language");
        String level = attributes.get("level");
        String origin = attributes.get("origin");
        if (country == null || language == null || level == null || origin == null) {
            defaulted.add(id);
        }
        SourceEntry entry = new SourceEntry(id, name, homepage, group.feeds, defining.sitemaps,
                defining.sections, country == null ? defaults.country() : country,
                language == null ? defaults.language() : language,
                level == null ? SourceEntry.levelId(defaults.level()) : level,
                origin == null ? defaults.origin().id() : origin, enabled(defining, attributes.get("enabled")), null);
        try {
            return entry.toSource();
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceListException(listName, defining.number, defining.pw.get("id"), defining + ": "
                    + e.getMessage(), e);
        }
    }

    private Boolean enabled(Outline outline, String value) {
        if (value == null || value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new InvalidSourceListException(listName, outline.number, outline.pw.get("id"), outline
                + ": pw:enabled must be true or false: \"" + value + "\"", null);
    }

    private URI checkedUrl(Outline outline, String attribute, String value) {
        try {
            return SourceEntry.requireHttpUrl(attribute, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceListException(listName, outline.number, outline.pw.get("id"), outline + ": "
                    + e.getMessage(), e);
        }
    }

    /** The site a feed without htmlUrl belongs to: its scheme, host and port. */
    private static URI siteOf(URI feed) {
        String port = feed.getPort() < 0 ? "" : ":" + feed.getPort();
        return URI.create(feed.getScheme().toLowerCase(Locale.ROOT) + "://" + feed.getHost() + port + "/");
    }

    /** Home pages that differ only in scheme, case of host, {@code www.} or a trailing '/' are one outlet. */
    private static String key(URI home) {
        String host = home.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        String path = Objects.requireNonNullElse(home.getRawPath(), "").replaceAll("/+$", "");
        String query = home.getRawQuery() == null ? "" : "?" + home.getRawQuery();
        return host + (home.getPort() < 0 ? "" : ":" + home.getPort()) + path + query;
    }

    private InvalidSourceListException malformed(XMLStreamException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.toString());
        int start = message.indexOf("Message: ");
        message = start < 0 ? message : message.substring(start + "Message: ".length());
        Location where = e.getLocation();
        String at = where == null || where.getLineNumber() < 0 ? "" : " at line " + where.getLineNumber()
                + ", column " + where.getColumnNumber();
        return new InvalidSourceListException(listName, 0, null, "not valid XML: " + message.strip() + at, e);
    }

    private static boolean isEmpty(String namespace) {
        return namespace == null || namespace.isEmpty();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing to release: the caller owns and closes the stream.
            }
        }
    }

    private static boolean isPresswatch(String namespace) {
        return OpmlSources.NAMESPACE.equals(namespace);
    }

    private static Outline innermost(List<Outline> open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i) != null) {
                return open.get(i);
            }
        }
        return null;
    }

    /**
     * An id from a host: lower case, no {@code www.}, '-' for dots and anything else an id cannot hold, cut to
     * leave room for a -2, -3 ... that makes it unique among {@code taken}.
     */
    private static String idFromHost(String host, Set<String> taken) {
        String base = host.toLowerCase(Locale.ROOT);
        base = base.startsWith("www.") ? base.substring(4) : base;
        base = base.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        base = base.isEmpty() ? "source" : base.substring(0, Math.min(base.length(), 56));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** One {@code <outline>} as written. */
    private static final class Outline {
        final int number;
        final int line;
        final Outline parent;
        /** Attributes without namespace, names in lower case. */
        final Map<String, String> plain;
        /** pw: attributes by local name. */
        final Map<String, String> pw;
        final List<String> sitemaps = new ArrayList<>();
        final List<SourceEntry.SectionPageEntry> sections = new ArrayList<>();

        Outline(int number, int line, Outline parent, Map<String, String> plain, Map<String, String> pw) {
            this.number = number;
            this.line = line;
            this.parent = parent;
            this.plain = plain;
            this.pw = pw;
        }

        /** The nearest outline, this one or one around it, that has a pw:id; null if none. */
        Outline owner() {
            for (Outline o = this; o != null; o = o.parent) {
                if (o.pw.containsKey("id")) {
                    return o;
                }
            }
            return null;
        }

        /** The inheritable pw: attributes that apply here: each from the nearest outline that gives it. */
        Map<String, String> inherited() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : INHERITED) {
                for (Outline o = this; o != null; o = o.parent) {
                    if (o.pw.containsKey(name)) {
                        values.put(name, o.pw.get(name));
                        break;
                    }
                }
            }
            return values;
        }

        @Override
        public String toString() {
            String label = plain.getOrDefault("title", plain.get("text"));
            return "outline " + (label == null ? "" : "\"" + label + "\" ") + "at line " + line;
        }
    }

    /** The feeds and addresses of one source being gathered. */
    private static final class Group {
        /** The pw:id outline, or the first feed of a home page. */
        final Outline defining;
        /** The home page all feeds share; null for a pw:id outline, whose htmlUrl decides. */
        final String homepage;
        final List<String> feeds = new ArrayList<>();
        final List<Outline> feedOutlines = new ArrayList<>();

        Group(Outline defining, String homepage) {
            this.defining = defining;
            this.homepage = homepage;
        }
    }
}
