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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.xml.sax.SAXParseException;
import vn.presswatch.crawler.feed.SitemapContent.ChildSitemap;

/**
 * Reads sitemaps, sitemap indexes and Google News sitemaps (XML, gzip or plain text) with crawler-commons'
 * {@link SiteMapParser} in lenient mode: URLs outside the sitemap's directory are accepted (news sites keep sitemaps
 * under /sitemaps/ and articles elsewhere), and any namespace spelling is accepted.
 *
 * <p>Like {@link FeedParser}, a strict parse comes first; if the XML is broken it is repaired ({@link XmlRepair}: bare
 * '&amp;' in URLs is the usual culprit) and, failing that, read up to the break, with a warning. Bodies that are not
 * sitemaps raise {@link FeedParseException} with a reason a person can act on. Pure function; thread-safe.
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

    /**
     * @param body        the response body (gzip is inflated here when still compressed); not null
     * @param contentType the HTTP Content-Type, or null; only quoted in error messages, since servers label
     *                    sitemaps text/html or octet-stream and the body itself says what it is
     * @param sitemapUrl  the absolute URL the sitemap was fetched from
     * @throws FeedParseException when the body is not a sitemap or cannot be read at all
     */
    public SitemapContent read(byte[] body, String contentType, String sitemapUrl) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sitemapUrl, "sitemapUrl");
        URL url = toUrl(sitemapUrl);
        try {
            return readBody(body, contentType, url, sitemapUrl);
        } catch (RuntimeException e) {
            // A parser bug on some input must become this sitemap's error, not the crawler's.
            throw new FeedParseException(sitemapUrl, "the sitemap could not be parsed: the parser failed on it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private SitemapContent readBody(byte[] body, String contentType, URL url, String sitemapUrl) throws FeedParseException {
        if (body.length == 0) {
            throw new FeedParseException(sitemapUrl, "empty body: the server returned no content");
        }
        if (body.length > settings.maxBytes()) {
            throw new FeedParseException(sitemapUrl, String.format(Locale.ROOT,
                    "body too large: %d bytes, the limit is %d", body.length, settings.maxBytes()));
        }
        byte[] bytes = GzipBodies.inflateIfGzipped(body, settings.maxBytes(), sitemapUrl);
        // The protocol requires UTF-8, and crawler-commons reads every sitemap as UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        List<String> warnings = new ArrayList<>();
        AbstractSiteMap map;
        if (isTextSitemap(text)) {
            map = parse("text/plain", bytes, url, false, sitemapUrl);
        } else {
            String notSitemap = BodySniffer.whyNotASitemap(text, sitemapUrl);
            if (notSitemap != null) {
                throw new FeedParseException(sitemapUrl, "not a sitemap: " + notSitemap
                        + (contentType == null || contentType.isBlank() ? "" : " (Content-Type " + contentType.strip() + ")"));
            }
            map = parseXml(text, url, sitemapUrl, warnings);
        }
        return map.isIndex() ? index((SiteMapIndex) map, warnings) : entries((SiteMap) map, warnings);
    }

    /** Strict, then repaired, then partial (everything before the break), so no URL is lost to one bad byte. */
    private static AbstractSiteMap parseXml(String text, URL url, String sitemapUrl, List<String> warnings)
            throws FeedParseException {
        try {
            return parse("application/xml", text.getBytes(StandardCharsets.UTF_8), url, false, sitemapUrl);
        } catch (FeedParseException strictFailure) {
            XmlRepair.Result repair = XmlRepair.repair(text);
            byte[] repaired = repair.text().getBytes(StandardCharsets.UTF_8);
            if (!repair.fixes().isEmpty()) {
                try {
                    AbstractSiteMap map = parse("application/xml", repaired, url, false, sitemapUrl);
                    warnings.add("sitemap repaired: " + String.join("; ", repair.fixes()));
                    return map;
                } catch (FeedParseException stillBroken) {
                    strictFailure = stillBroken;
                }
            }
            AbstractSiteMap partial = parse("application/xml", repaired, url, true, sitemapUrl);
            warnings.add(strictFailure.getMessage() + "; read the entries before that point");
            return partial;
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

    private SitemapContent entries(SiteMap sitemap, List<String> warnings) {
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
                entries.add(entry(url, item));
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

    private static SitemapEntry entry(String url, SiteMapURL item) {
        ExtensionMetadata[] news = item.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            ZonedDateTime published = attributes.getPublicationDateTime();
            String language = attributes.getLanguage();
            return new SitemapEntry(url, instant(item.getLastModified()), PlainText.of(attributes.getTitle()),
                    published == null ? null : published.toInstant(),
                    language == null || language.isBlank() ? null : language.strip());
        }
        return new SitemapEntry(url, instant(item.getLastModified()), null, null, null);
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
