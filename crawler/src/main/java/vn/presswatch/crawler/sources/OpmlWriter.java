package vn.presswatch.crawler.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.presswatch.store.Source;

/** Writes sources as OPML 2.0, as {@link OpmlSources} describes. One per document. */
final class OpmlWriter {
    private static final String PREFIX = "pw";

    private final OutputStream out;
    private XMLStreamWriter xml;

    OpmlWriter(OutputStream out) {
        this.out = out;
    }

    void write(List<Source> sources, String title, Instant created) throws IOException {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newLine(0);
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace(PREFIX, OpmlSources.NAMESPACE);
            newLine(1);
            xml.writeStartElement("head");
            textElement("title", title);
            // OPML 2.0 asks for RFC 822 dates; RFC_1123_DATE_TIME is that with a four-digit year.
            textElement("dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
            newLine(1);
            xml.writeEndElement();
            newLine(1);
            xml.writeStartElement("body");
            for (Source source : sources) {
                writeSource(source);
            }
            newLine(1);
            xml.writeEndElement();
            newLine(0);
            xml.writeEndElement();
            newLine(0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write OPML: " + e.getMessage(), e);
        }
    }

    private void writeSource(Source source) throws XMLStreamException {
        newLine(2);
        xml.writeStartElement("outline");
        xml.writeAttribute("text", source.name());
        xml.writeAttribute("title", source.name());
        if (source.homepage() != null) {
            xml.writeAttribute("htmlUrl", source.homepage());
        }
        presswatchAttribute("id", source.id());
        presswatchAttribute("country", source.country());
        presswatchAttribute("language", source.language());
        presswatchAttribute("level", SourceEntry.levelId(source.level()));
        presswatchAttribute("origin", source.origin().id());
        if (!source.enabled()) {
            presswatchAttribute("enabled", "false");
        }
        List<String> feeds = source.feedUrls();
        for (int i = 0; i < feeds.size(); i++) {
            // Distinct titles, so that a feed reader does not list several feeds under one name.
            String feedTitle = feeds.size() == 1 ? source.name()
                    : source.name() + " (" + (i + 1) + "/" + feeds.size() + ")";
            newLine(3);
            xml.writeEmptyElement("outline");
            xml.writeAttribute("type", "rss");
            xml.writeAttribute("text", feedTitle);
            xml.writeAttribute("title", feedTitle);
            xml.writeAttribute("xmlUrl", feeds.get(i));
            if (source.homepage() != null) {
                xml.writeAttribute("htmlUrl", source.homepage());
            }
        }
        for (String sitemap : source.sitemapUrls()) {
            newLine(3);
            xml.writeEmptyElement(PREFIX, "sitemap", OpmlSources.NAMESPACE);
            xml.writeAttribute("url", sitemap);
        }
        for (Source.SectionPage section : source.sectionPages()) {
            newLine(3);
            xml.writeEmptyElement(PREFIX, "section", OpmlSources.NAMESPACE);
            xml.writeAttribute("url", section.url());
            xml.writeAttribute("linkSelector", section.linkSelector());
        }
        newLine(2);
        xml.writeEndElement();
    }

    private void presswatchAttribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(PREFIX, OpmlSources.NAMESPACE, name, value);
        }
    }

    private void textElement(String name, String text) throws XMLStreamException {
        newLine(2);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Indents by two spaces a level, so that a person can read and edit the file. */
    private void newLine(int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }
}
