package vn.presswatch.crawler.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import vn.presswatch.crawler.feed.FeedDocuments.BrokenXmlException;
import vn.presswatch.crawler.feed.RawEntries.RawEntry;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom feed bodies into {@link ParsedFeed}s, leniently: the feeds Vietnamese outlets
 * really serve have undeclared HTML entities, bare ampersands, control characters, junk before the XML, mislabelled
 * charsets, HTML in titles, relative links, dates like "18/08/2025 10:30", duplicate or unstable guids. What was
 * repaired or guessed is listed in {@link ParsedFeed#warnings()}.
 *
 * <p>Steps: bound the size and inflate stray gzip; choose the charset from the bytes ({@link FeedCharsets}, which
 * asks {@link vn.presswatch.crawler.text.CharsetSniffer}); say what the body is if it is not a feed
 * ({@link BodySniffer}); parse strictly with Rome's hardened settings, and only if that fails repair the text
 * ({@link XmlRepair}) and parse once more, and if that fails too read it leniently, closing unclosed elements
 * ({@link LenientXml}), keeping that reading only if it yields items; map Rome's entries with the raw facts Rome
 * drops ({@link RawEntries}); drop duplicate links.
 *
 * <p>A body that cannot be read raises {@link FeedParseException}, never another exception, and never hangs: the
 * input is bounded by {@link Settings#maxBytes()}, DOCTYPEs are refused by the XML parser and removed by the
 * repair and the lenient reading, and every step is linear in the input. Pure function of its arguments;
 * thread-safe.
 */
public final class FeedParser {

    /**
     * @param maxItems items kept per feed, in feed order (default 500; news feeds carry 20-200)
     * @param maxBytes largest body accepted, also after gzip decompression (default 10 MiB; big feeds are ~1 MiB)
     */
    public record Settings(int maxItems, int maxBytes) {
        public Settings {
            if (maxItems < 1) {
                throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
        }

        public static Settings defaults() {
            return new Settings(500, 10 * 1024 * 1024);
        }
    }

    private final Settings settings;

    public FeedParser(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public FeedParser() {
        this(Settings.defaults());
    }

    /**
     * @param body        the response body as received (after HTTP content decoding); not null
     * @param charsetHint the charset parameter of the HTTP Content-Type (or the whole header), or null
     * @param feedUrl     the absolute URL the feed was fetched from (after redirects): the base for relative links
     * @param now         the current time; resolves relative dates and rejects future ones. Its zone does not
     *                    matter: times printed without an offset are Vietnam time
     * @throws FeedParseException when the body is not a feed or is broken beyond repair; the message says why
     */
    public ParsedFeed parse(byte[] body, String charsetHint, String feedUrl, ZonedDateTime now) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(now, "now");
        if (LinkResolver.absolute(feedUrl).isEmpty()) {
            throw new IllegalArgumentException("feedUrl must be an absolute http(s) URL: " + feedUrl);
        }
        try {
            return parseBody(body, charsetHint, feedUrl, now);
        } catch (StackOverflowError e) {
            throw new FeedParseException(feedUrl, "the feed's markup is nested too deeply to parse", e);
        } catch (RuntimeException e) {
            // A parser bug on some input must become this feed's error, not the crawler's.
            throw new FeedParseException(feedUrl, "the feed could not be parsed: the parser failed on it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private ParsedFeed parseBody(byte[] body, String charsetHint, String feedUrl, ZonedDateTime now)
            throws FeedParseException {
        if (body.length == 0) {
            throw new FeedParseException(feedUrl, "empty body: the server returned no content");
        }
        if (body.length > settings.maxBytes()) {
            throw new FeedParseException(feedUrl, String.format(Locale.ROOT,
                    "body too large: %d bytes, the limit is %d", body.length, settings.maxBytes()));
        }
        byte[] bytes = CompressedBodies.inflate(body, settings.maxBytes(), feedUrl);
        ParseWarnings warnings = new ParseWarnings();
        FeedCharsets.Result decoded = FeedCharsets.decode(bytes, charsetHint);
        if (decoded.warning() != null) {
            warnings.add(decoded.warning());
        }
        String text = decoded.text().strip();
        String notAFeed = BodySniffer.whyNotAFeed(text, feedUrl);
        if (notAFeed != null) {
            throw new FeedParseException(feedUrl, "not a feed: " + notAFeed);
        }
        if (FeedDocuments.nestingDepth(text, FeedDocuments.MAX_DEPTH) > FeedDocuments.MAX_DEPTH) {
            throw new FeedParseException(feedUrl, String.format(Locale.ROOT,
                    "not a usable feed: elements are nested more than %d levels deep", FeedDocuments.MAX_DEPTH));
        }
        return parseXml(text, feedUrl, now, warnings);
    }

    /**
     * Strict parse first, so a clean feed is never altered; then one repaired attempt; then a lenient reading that
     * closes unclosed elements ({@link LenientXml}), taken only if it gives a feed with items. Otherwise the error
     * is the XML parser's, which names the line and column to look at.
     */
    private ParsedFeed parseXml(String text, String feedUrl, ZonedDateTime now, ParseWarnings warnings)
            throws FeedParseException {
        BrokenXmlException failure;
        try {
            return toParsedFeed(FeedDocuments.parse(text), feedUrl, now, warnings);
        } catch (BrokenXmlException e) {
            failure = e;
        }
        XmlRepair.Result repair = XmlRepair.repair(text);
        String best = text;
        if (!repair.fixes().isEmpty()) {
            warnings.add("feed repaired: " + String.join("; ", repair.fixes()));
            try {
                return toParsedFeed(FeedDocuments.parse(repair.text()), feedUrl, now, warnings);
            } catch (BrokenXmlException e) {
                failure = e;
                best = repair.text();
            }
        }
        return lenient(best, failure, feedUrl, now, warnings);
    }

    private ParsedFeed lenient(String text, BrokenXmlException failure, String feedUrl, ZonedDateTime now,
            ParseWarnings warnings) throws FeedParseException {
        LenientXml.Result lenient;
        try {
            lenient = LenientXml.read(text);
        } catch (BrokenXmlException e) {
            throw broken(feedUrl, failure);
        }
        warnings.add("feed read leniently, closing the elements left open; the XML parser said: "
                + FeedDocuments.describe(failure.line, failure.column, failure.reason, "feed")
                + (lenient.droppedItems() > 0 ? String.format(Locale.ROOT,
                        "; dropped %d item(s) cut off before their end", lenient.droppedItems()) : ""));
        ParsedFeed feed;
        try {
            feed = toParsedFeed(lenient.document(), feedUrl, now, warnings);
        } catch (FeedParseException notAFeed) {
            throw broken(feedUrl, failure);
        }
        if (feed.items().isEmpty()) {
            // Nothing usable: the broken XML is the better thing to report than an empty feed.
            throw broken(feedUrl, failure);
        }
        return feed;
    }

    private ParsedFeed toParsedFeed(Document document, String feedUrl, ZonedDateTime now, ParseWarnings warnings)
            throws FeedParseException {
        return toParsedFeed(rome(document, feedUrl), document, feedUrl, now, warnings);
    }

    private static SyndFeed rome(Document document, String feedUrl) throws FeedParseException {
        Element root = document.getRootElement();
        boolean hasChannel = root.getChildren().stream().anyMatch(c -> c.getName().equalsIgnoreCase("channel"));
        if (root.getName().equalsIgnoreCase("rss") && !hasChannel) {
            // Rome would fail with a NullPointerException here.
            throw new FeedParseException(feedUrl, "not a feed: <rss> without a <channel> element");
        }
        try {
            return new SyndFeedInput().build(document);
        } catch (IllegalArgumentException e) { // Rome: "Invalid document", no parser for this root
            throw new FeedParseException(feedUrl, "not a feed: Rome recognises no RSS or Atom format in <"
                    + root.getQualifiedName() + ">", e);
        } catch (FeedException e) {
            throw new FeedParseException(feedUrl, "not a readable feed: " + e.getMessage(), e);
        }
    }

    private ParsedFeed toParsedFeed(SyndFeed feed, Document document, String feedUrl, ZonedDateTime now,
            ParseWarnings warnings) {
        String feedBase = RawEntries.feedBase(document, feedUrl);
        List<SyndEntry> entries = feed.getEntries();
        List<RawEntry> raw = RawEntries.of(document, feedUrl);
        if (raw.size() != entries.size()) {
            warnings.add(String.format(Locale.ROOT, "item structure unusual (%d entries, %d item elements); "
                    + "dates and links taken from Rome only", entries.size(), raw.size()));
            raw = null;
        }
        boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
        FeedItemMapper mapper = new FeedItemMapper(atom, feedBase, now, warnings);
        UniqueItems unique = new UniqueItems(settings.maxItems(), warnings);
        int next = 0;
        for (; next < entries.size() && !unique.isFull(); next++) {
            mapper.map(entries.get(next), raw == null ? null : raw.get(next), next + 1).ifPresent(unique::add);
        }
        if (next < entries.size()) {
            warnings.add(String.format(Locale.ROOT, "the feed has %d entries; only the first %d items were kept",
                    entries.size(), settings.maxItems()));
        }
        mapper.reportDates();
        String homePage = atom ? FeedItemMapper.alternateLink(feed.getLinks(), null) : feed.getLink();
        String link = LinkResolver.resolve(feedBase, homePage).orElse(null);
        unique.reportDuplicates();
        String titleMarkup = RawEntries.feedTitleMarkup(document);
        return new ParsedFeed(PlainText.of(titleMarkup != null ? titleMarkup : feed.getTitle()), link, unique.items(),
                warnings.toList());
    }

    private static FeedParseException broken(String feedUrl, BrokenXmlException e) {
        return new FeedParseException(feedUrl, FeedDocuments.describe(e.line, e.column, e.reason, "feed"), e);
    }
}
