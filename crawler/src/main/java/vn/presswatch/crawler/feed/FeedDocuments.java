package vn.presswatch.crawler.feed;

import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;

/**
 * Builds the JDOM tree of a feed with Rome's own hardened SAX settings: DOCTYPE declarations refused, external
 * entities and DTDs never loaded, entities not expanded (Rome 1.5.1+, allowDoctypes false). We build the tree
 * ourselves instead of letting {@code SyndFeedInput} do it so that the same tree also gives us what Rome drops:
 * the raw date text, the real {@code <link>}, the guid and xml:base (see {@link RawEntries}).
 */
final class FeedDocuments {

    /** Real feeds, XHTML content included, nest a few dozen levels deep. */
    static final int MAX_DEPTH = 500;

    /** The text is not well-formed XML; line and column are 1-based, or -1 when the parser did not say. */
    static final class BrokenXmlException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String reason;

        BrokenXmlException(int line, int column, String reason, Throwable cause) {
            super(reason, cause);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }
    }

    /** Exposes Rome's protected, hardened builder factory; no other behaviour of WireFeedInput is used. */
    private static final class HardenedBuilders extends WireFeedInput {
        HardenedBuilders() {
            setAllowDoctypes(false);
        }

        SAXBuilder newBuilder() {
            return createSAXBuilder();
        }
    }

    private FeedDocuments() {
    }

    /**
     * How deeply elements nest in {@code xml}, by a linear scan that stops as soon as it passes {@code limit}. JDOM's
     * builder slows down quadratically with depth (50,000 levels take seconds; a 10 MB body could take hours) and Rome
     * recurses per level, so hostile nesting must be refused before either sees it. Approximate on broken markup,
     * which only matters to this guard.
     */
    static int nestingDepth(String xml, int limit) {
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i >= 0 && i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (xml.startsWith("<!--", lt)) {
                i = after(xml, "-->", lt + 4);
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = after(xml, "]]>", lt + 9);
            } else if (xml.startsWith("<?", lt)) {
                i = after(xml, "?>", lt + 2);
            } else if (xml.startsWith("<!", lt)) {
                i = XmlRepair.doctypeEnd(xml, lt);
            } else {
                int end = tagEnd(xml, lt + 1);
                if (end < 0) {
                    break;
                }
                if (xml.charAt(lt + 1) == '/') {
                    depth--;
                } else if (xml.charAt(end - 1) != '/') {
                    max = Math.max(max, ++depth);
                    if (max > limit) {
                        return max;
                    }
                }
                i = end + 1;
            }
        }
        return max;
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? -1 : end + terminator.length();
    }

    /** Index of the '>' closing the tag whose name starts at {@code from}, skipping quoted attribute values. */
    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int j = from; j < xml.length(); j++) {
            char c = xml.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    /**
     * Parses XML text. The text is given as characters, so an encoding named in its XML declaration is ignored:
     * {@link FeedCharsets} has already decided that from the bytes.
     */
    static Document parse(String xml) throws BrokenXmlException {
        try {
            return new HardenedBuilders().newBuilder().build(new StringReader(xml));
        } catch (JDOMParseException e) {
            return fail(e.getLineNumber(), e.getColumnNumber(), e);
        } catch (JDOMException | IOException e) {
            return fail(-1, -1, e);
        }
    }

    /**
     * The message for a parse failure: "XML broken at line 3 column 17: ..." or, when the input simply stops,
     * "XML ends too early ...: the feed is truncated", which tells the editor to look at the server, not the XML.
     *
     * @param what "feed" or "sitemap"
     */
    static String describe(int line, int column, String reason, String what) {
        String where = line > 0 ? String.format(Locale.ROOT, " at line %d column %d", line, column) : "";
        String clean = reason.strip().replaceFirst("\\.$", "");
        if (clean.contains("must start and end within the same entity") || clean.contains("Premature end of file")) {
            return "XML ends too early" + where + ": the " + what
                    + " is truncated (download cut off, or the server stopped writing)";
        }
        return "XML broken" + where + ": " + clean;
    }

    private static Document fail(int line, int column, Exception e) throws BrokenXmlException {
        Throwable root = e.getCause() != null ? e.getCause() : e;
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // JDOM prefixes SAX messages with "Error on line N: "; we report line and column ourselves.
        reason = reason.replaceFirst("^Error on line \\d+(?: of document [^:]*)?:\\s*", "");
        throw new BrokenXmlException(line, column, reason, e);
    }
}
