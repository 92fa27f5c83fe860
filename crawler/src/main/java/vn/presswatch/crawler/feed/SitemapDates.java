package vn.presswatch.crawler.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The date texts of each {@code <url>} in a sitemap, as written. crawler-commons keeps only the dates it can parse
 * (W3C formats) and drops the rest, while Vietnamese CMSs write "2025-08-18 10:30:00" or "18/08/2025 10:30"; this
 * second, streaming read keeps the text so {@link SitemapReader} can parse it with our own rules.
 *
 * <p>Elements are matched by local name in any namespace, as the lenient sitemap parse does. A DOCTYPE is refused
 * (no entity tricks), and a read that breaks off keeps what came before the break, as the partial parse does.
 */
final class SitemapDates {

    /** Longer than any URL worth fetching; bounds the memory a hostile text node can take. */
    private static final int MAX_TEXT = 4096;

    /** The raw {@code <lastmod>} and {@code <news:publication_date>} of one URL; either may be null. */
    record Raw(String lastModified, String publicationDate) {
    }

    private SitemapDates() {
    }

    /** Raw dates by {@code <loc>} (whitespace removed, as crawler-commons does); a loc's first {@code <url>} wins. */
    static Map<String, Raw> read(String xml) {
        Collector collector = new Collector();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(collector);
            reader.setErrorHandler(collector); // rethrows fatal errors instead of printing them to stderr
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            // Broken or refused XML: the dates read so far are still good.
        }
        return collector.dates;
    }

    private static final class Collector extends DefaultHandler {
        private final Map<String, Raw> dates = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<String> path = new ArrayDeque<>();
        private String loc;
        private String lastModified;
        private String publicationDate;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("url")) {
                loc = null;
                lastModified = null;
                publicationDate = null;
            }
            path.push(localName);
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text.length() < MAX_TEXT) {
                text.append(ch, start, Math.min(length, MAX_TEXT - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            path.poll();
            // The page's own <loc> and <lastmod> sit right under <url>; <image:loc> and the like do not.
            boolean child = "url".equals(path.peek());
            switch (localName) {
                case "loc" -> loc = child ? text.toString().replaceAll("\\s+", "") : loc;
                case "lastmod" -> lastModified = child ? text.toString().strip() : lastModified;
                case "publication_date" -> publicationDate = text.toString().strip();
                case "url" -> {
                    if (loc != null && !loc.isEmpty() && (lastModified != null || publicationDate != null)) {
                        dates.putIfAbsent(loc, new Raw(lastModified, publicationDate));
                    }
                }
                default -> {
                }
            }
            text.setLength(0);
        }
    }
}
