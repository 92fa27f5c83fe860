package vn.presswatch.crawler.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the page's metadata tags: OpenGraph (og:title, og:description, og:url, og:image, og:locale), the
 * article:* properties (published_time, author), Twitter cards, Dublin Core, {@code <meta name="author">} and
 * {@code "description"}, {@code <link rel="canonical">} and the document's {@code lang}.
 */
final class MetaTagStage implements ExtractionStage {

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        Document document = page.document();
        Map<String, String> meta = metaContents(document);
        draft.offerTitle(meta.get("og:title"));
        draft.offerTitle(meta.get("twitter:title"));
        draft.offerTitle(meta.get("dc.title"));
        draft.offerDescription(meta.get("og:description"));
        draft.offerDescription(meta.get("description"));
        draft.offerDescription(meta.get("twitter:description"));
        for (String key : new String[] {"article:published_time", "og:article:published_time",
            "article:published", "datepublished", "pubdate", "publishdate", "publish-date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date"}) {
            String value = meta.get(key);
            if (value != null && draft.offerPublished(Dates.parse(value, page.now()))) {
                break;
            }
        }
        for (String key : new String[] {"author", "article:author", "dc.creator", "dcterms.creator", "byl"}) {
            String value = meta.get(key);
            if (value != null && !value.startsWith("http")) {
                draft.offerAuthor(value.replaceFirst("(?i)^by\\s+", ""));
            }
        }
        Element canonical = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical != null) {
            draft.offerCanonicalUrl(Urls.absolute(canonical.attr("href"), page.url()));
        }
        draft.offerCanonicalUrl(Urls.absolute(meta.get("og:url"), page.url()));
        draft.offerImageUrl(Urls.absolute(meta.get("og:image"), page.url()));
        draft.offerImageUrl(Urls.absolute(meta.get("og:image:url"), page.url()));
        draft.offerImageUrl(Urls.absolute(meta.get("twitter:image"), page.url()));
        Element html = document.selectFirst("html");
        if (html != null) {
            draft.offerLanguage(Languages.code(html.attr("lang")));
            draft.offerLanguage(Languages.code(html.attr("xml:lang")));
        }
        draft.offerLanguage(Languages.code(meta.get("content-language")));
        draft.offerLanguage(Languages.code(meta.get("og:locale")));
        draft.offerLanguage(Languages.code(meta.get("language")));
    }

    /** The first content of each meta name, property or http-equiv, keyed in lower case. */
    private static Map<String, String> metaContents(Document document) {
        Map<String, String> contents = new HashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "http-equiv", "itemprop"}) {
                String key = meta.attr(attribute);
                if (!key.isEmpty()) {
                    contents.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content.strip());
                }
            }
        }
        return contents;
    }
}
