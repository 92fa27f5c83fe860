package vn.presswatch.crawler.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.xml.sax.SAXParseException;
import vn.presswatch.crawler.date.VietnameseDates;
import vn.presswatch.crawler.feed.SitemapContent.ChildSitemap;

/**
 * Reads sitemaps, sitemap indexes and Google News sitemaps (XML, gzip or plain text) with crawler-commons'
 * {@link SiteMapParser} in lenient mode: URLs outside the sitemap's directory are accepted (news sites keep sitemaps
 * under /sitemaps/ and articles elsewhere), and any namespace spelling is accepted.
 *
 * <p>Like {@link FeedParser}, a strict parse comes first; if the XML is broken it is repaired ({@link XmlRepair}: bare
 * '&amp;' in URLs is the usual culprit) and, failing that, read up to the break, with a warning. Bodies that are not
 * sitemaps raise {@link FeedParseException} with a reason a person can act on.
 *
 * <p>Dates: crawler-commons reads the W3C formats the protocol asks for. What it cannot read ("2025-08-18
 * 10:30:00", "18/08/2025 10:30", ISO without a zone) is not dropped but parsed by {@link VietnameseDates}, which
 * takes a time without an offset as Vietnam time ({@link SitemapDates} keeps the texts). A news entry's
 * publication time is {@code <news:publication_date>}, else its {@code <lastmod>} ({@link SitemapEntry#published()}).
 * Thread-safe; reading with an explicit {@code now} is a pure function of the arguments.
 */
public final class SitemapReader {

    /**
     * @param maxEntries entries kept per sitemap (default 50,000, the protocol's limit)
     * @param maxBytes   largest body accepted, also after gzip decompression (default 50 MiB, the protocol's limit)
     */
    public record Settings(int maxEntries, int maxBytes) {
        public Settings {
            if (maxEntries < 1 || maxBytes < 1) {
                throw new IllegalArgumentException("maxEntries and maxBytes must be positive");
            }
        }

        public static Settings defaults() {
            return new Settings(50_000, 50 * 1024 * 1024);
        }
    }

    private final Settings settings;

    public SitemapReader(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public SitemapReader() {
        this(Settings.defaults());
    }

    /** {@link #read(byte[], String, String, ZonedDateTime)} at the current time. */
    public SitemapContent read(byte[] body, String contentType, String sitemapUrl) throws FeedParseException {
        return read(body, contentType, sitemapUrl, ZonedDateTime.now(VietnameseDates.VIETNAM));
    }

    /**
     * @param body        the response body (gzip is inflated here when still compressed); not null
     * @param contentType the HTTP Content-Type, or null; only quoted in error messages, since servers label
     *                    sitemaps text/html or octet-stream and the body itself says what it is
     * @param sitemapUrl  the absolute URL the sitemap was fetched from
     * @param now         the current time: a date in a format crawler-commons cannot read and more than a day
     *                    after it is not trusted ({@link VietnameseDates}); not null
     * @throws FeedParseException when the body is not a sitemap or cannot be read at all
     */
    public SitemapContent read(byte[] body, String contentType, String sitemapUrl, ZonedDateTime now)
            throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sitemapUrl, "sitemapUrl");
        Objects.requireNonNull(now, "now");
        URL url = toUrl(sitemapUrl);
        try {
            return readBody(body, contentType, url, sitemapUrl, now);
        } catch (RuntimeException e) {
            // A parser bug on some input must become this sitemap's error, not the crawler's.
            throw new FeedParseException(sitemapUrl, "the sitemap could not be parsed: the parser failed on it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private SitemapContent readBody(byte[] body, String contentType, URL url, String sitemapUrl, ZonedDateTime now)
            throws FeedParseException {
        if (body.length == 0) {
            throw new FeedParseException(sitemapUrl, "empty body: the server returned no content");
        }
        if (body.length > settings.maxBytes()) {
            throw new FeedParseException(sitemapUrl, String.format(Locale.ROOT,
                    "body too large: %d bytes, the limit is %d", body.length, settings.maxBytes()));
        }
        byte[] bytes = CompressedBodies.inflate(body, settings.maxBytes(), sitemapUrl);
        // The protocol requires UTF-8, and crawler-commons reads every sitemap as UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        List<String> warnings = new ArrayList<>();
        AbstractSiteMap map;
        String xml = null;
        if (isTextSitemap(text)) {
            map = parse("text/plain", bytes, url, false, sitemapUrl);
        } else {
            String notSitemap = BodySniffer.whyNotASitemap(text, sitemapUrl);
            if (notSitemap != null) {
                throw new FeedParseException(sitemapUrl, "not a sitemap: " + notSitemap
                        + (contentType == null || contentType.isBlank() ? "" : " (Content-Type " + contentType.strip() + ")"));
            }
            ParsedXml parsed = parseXml(text, url, sitemapUrl, warnings);
            map = parsed.map();
            xml = parsed.xml();
        }
        return map.isIndex() ? index((SiteMapIndex) map, warnings) : entries((SiteMap) map, xml, now, warnings);
    }

    /** A parsed sitemap and the XML text it was parsed from (repaired, if it had to be). */
    private record ParsedXml(AbstractSiteMap map, String xml) {
    }

    /** Strict, then repaired, then partial (everything before the break), so no URL is lost to one bad byte. */
    private static ParsedXml parseXml(String text, URL url, String sitemapUrl, List<String> warnings)
            throws FeedParseException {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new ParsedXml(parse("application/xml", bytes, url, false, sitemapUrl), text);
        } catch (FeedParseException strictFailure) {
            XmlRepair.Result repair = XmlRepair.repair(text);
            byte[] repaired = repair.text().getBytes(StandardCharsets.UTF_8);
            if (!repair.fixes().isEmpty()) {
                try {
                    AbstractSiteMap map = parse("application/xml", repaired, url, false, sitemapUrl);
                    warnings.add("sitemap repaired: " + String.join("; ", repair.fixes()));
                    return new ParsedXml(map, repair.text());
                } catch (FeedParseException stillBroken) {
                    strictFailure = stillBroken;
                }
            }
            AbstractSiteMap partial = parse("application/xml", repaired, url, true, sitemapUrl);
            warnings.add(strictFailure.getMessage() + "; read the entries before that point");
            return new ParsedXml(partial, repair.text());
        }
    }

    private static AbstractSiteMap parse(String type, byte[] bytes, URL url, boolean allowPartial, String sitemapUrl)
            throws FeedParseException {
        SiteMapParser parser = new SiteMapParser(false, allowPartial);
        parser.setStrictNamespace(false);
        // All extensions, not just news: an unhandled <image:image><image:loc> would otherwise be read as a page URL.
        parser.enableExtensions();
        try {
            return parser.parseSiteMap(type, bytes, url);
        } catch (UnknownFormatException e) {
            throw new FeedParseException(sitemapUrl, describe(e), e);
        } catch (IOException e) {
            throw new FeedParseException(sitemapUrl, "the sitemap could not be read: " + e.getMessage(), e);
        }
    }

    private static String describe(UnknownFormatException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return FeedDocuments.describe(sax.getLineNumber(), sax.getColumnNumber(),
                        String.valueOf(sax.getMessage()), "sitemap");
            }
        }
        return "not a sitemap: " + e.getMessage();
    }

    private SitemapContent index(SiteMapIndex index, List<String> warnings) {
        List<ChildSitemap> children = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AbstractSiteMap child : index.getSitemaps()) {
            if (child != null && child.getUrl() != null && seen.add(child.getUrl().toString())) {
                children.add(new ChildSitemap(child.getUrl().toString(), instant(child.getLastModified())));
            }
        }
        if (children.size() > settings.maxEntries()) {
            warnings.add(String.format(Locale.ROOT, "the index lists %d sitemaps; only the first %d were kept",
                    children.size(), settings.maxEntries()));
            children = children.subList(0, settings.maxEntries());
        }
        return new SitemapContent(children, List.of(), warnings);
    }

    private SitemapContent entries(SiteMap sitemap, String xml, ZonedDateTime now, List<String> warnings) {
        EntryDates dates = new EntryDates(xml, now);
        List<SitemapEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (SiteMapURL item : sitemap.getSiteMapUrls()) {
            String url = item == null || item.getUrl() == null
                    ? null
                    : LinkResolver.absolute(item.getUrl().toString()).orElse(null);
            if (url == null) {
                skipped++;
            } else if (seen.add(url)) {
                entries.add(entry(url, item, dates));
            }
        }
        if (skipped > 0) {
            warnings.add(String.format(Locale.ROOT, "%d entries without a usable http(s) URL skipped", skipped));
        }
        if (entries.size() > settings.maxEntries()) {
            warnings.add(String.format(Locale.ROOT, "the sitemap lists %d URLs; only the first %d were kept",
                    entries.size(), settings.maxEntries()));
            entries = entries.subList(0, settings.maxEntries());
        }
        return new SitemapContent(List.of(), entries, warnings);
    }

    private static SitemapEntry entry(String url, SiteMapURL item, EntryDates dates) {
        String loc = item.getUrl().toString();
        Instant lastModified = instant(item.getLastModified());
        if (lastModified == null) {
            lastModified = dates.parse(loc, SitemapDates.Raw::lastModified);
        }
        ExtensionMetadata[] news = item.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            ZonedDateTime parsed = attributes.getPublicationDateTime();
            Instant published = parsed != null
                    ? parsed.toInstant()
                    : dates.parse(loc, SitemapDates.Raw::publicationDate);
            String language = attributes.getLanguage();
            return new SitemapEntry(url, lastModified, PlainText.of(attributes.getTitle()), published,
                    language == null || language.isBlank() ? null : language.strip(), true);
        }
        return new SitemapEntry(url, lastModified, null, null, null, false);
    }

    /**
     * Dates crawler-commons could not read, parsed from their text; the sitemap is read for them again only when
     * one is needed, which for a W3C-clean sitemap is never.
     */
    private static final class EntryDates {
        private final String xml;
        private final ZonedDateTime now;
        private Map<String, SitemapDates.Raw> raw;

        EntryDates(String xml, ZonedDateTime now) {
            this.xml = xml;
            this.now = now;
        }

        Instant parse(String loc, Function<SitemapDates.Raw, String> field) {
            if (xml == null) {
                return null;
            }
            if (raw == null) {
                boolean anyDates = xml.contains("lastmod") || xml.contains("publication_date");
                raw = anyDates ? SitemapDates.read(xml) : Map.of();
            }
            SitemapDates.Raw dates = raw.get(loc);
            String text = dates == null ? null : field.apply(dates);
            return text == null ? null : VietnameseDates.parse(text, now).map(OffsetDateTime::toInstant).orElse(null);
        }
    }

    /** crawler-commons still speaks java.util.Date; convert at once. */
    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A plain-text sitemap: one URL a line, so the body starts with one (whatever the Content-Type says). */
    private static boolean isTextSitemap(String text) {
        String head = text.substring(0, Math.min(text.length(), 8)).toLowerCase(Locale.ROOT);
        return head.startsWith("http://") || head.startsWith("https://");
    }

    private static URL toUrl(String sitemapUrl) {
        try {
            URL url = URI.create(sitemapUrl).toURL();
            if (!url.getProtocol().equals("http") && !url.getProtocol().equals("https")) {
                throw new IllegalArgumentException("sitemapUrl must be an http(s) URL: " + sitemapUrl);
            }
            return url;
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sitemapUrl must be an absolute http(s) URL: " + sitemapUrl, e);
        }
    }
}
