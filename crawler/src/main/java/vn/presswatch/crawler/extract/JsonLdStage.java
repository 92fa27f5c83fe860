package vn.presswatch.crawler.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org JSON-LD: the first NewsArticle, Article, ReportageNewsArticle, BlogPosting or similar node,
 * found at the top level, in an array, in an {@code @graph} or as a page's {@code mainEntity}, with types
 * given as a string or an array, bare or as URLs. Its {@code articleBody} becomes the body only when it has
 * at least {@code minBodyChars} characters, because many sites put a teaser there; and when the page's markup
 * holds the same text ({@link BodyAnchor}), that markup is rendered instead of the flat string.
 */
final class JsonLdStage implements ExtractionStage {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
            "socialmediaposting", "report", "scholarlyarticle", "techarticle", "satiricalarticle");

    /** Lenient, because JSON-LD is hand-templated: raw newlines in strings, comments, trailing commas. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private final int minBodyChars;
    private final ContentRenderer renderer;

    JsonLdStage(int minBodyChars, ContentRenderer renderer) {
        this.minBodyChars = minBodyChars;
        this.renderer = renderer;
    }

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        JsonNode article = findArticle(page);
        if (article == null) {
            return;
        }
        draft.offerTitle(text(article.get("headline")));
        draft.offerTitle(text(article.get("name")));
        draft.offerDescription(text(article.get("description")));
        draft.offerAuthor(names(article.get("author")));
        String published = text(article.get("datePublished"));
        if (published == null) {
            published = text(article.get("dateCreated"));
        }
        if (published != null) {
            draft.offerPublished(Dates.parse(published, page.now()));
        }
        draft.offerCanonicalUrl(urlOf(article.get("url"), page));
        draft.offerCanonicalUrl(urlOf(article.get("mainEntityOfPage"), page));
        draft.offerImageUrl(urlOf(article.get("image"), page));
        draft.offerLanguage(Languages.code(text(article.get("inLanguage"))));
        String body = text(article.get("articleBody"));
        if (body != null) {
            String plain = bodyText(body);
            if (plain.length() < minBodyChars) {
                return;
            }
            Element anchor = page.document().body() == null ? null : BodyAnchor.find(page.document().body(), plain);
            String rendered = anchor == null ? "" : renderer.render(anchor);
            // The page's own markup of the same text keeps its paragraphs; the string is the fallback.
            if (rendered.length() * 2 >= plain.length()) {
                draft.offerBody(rendered, minBodyChars, "json-ld+html");
            } else {
                draft.offerBody(plain, minBodyChars, "json-ld");
            }
        }
    }

    private static JsonNode findArticle(PageContext page) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : page.document().select("script[type]")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            JsonNode root = parse(script.data());
            if (root != null) {
                collectArticles(root, candidates, 0);
            }
        }
        // A page may describe several articles (related ones, say): the one with a body, else the first.
        for (JsonNode candidate : candidates) {
            if (candidate.hasNonNull("articleBody")) {
                return candidate;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static JsonNode parse(String data) {
        String json = data.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.replace("//<![CDATA[", "").replace("//]]>", "").strip();
        if (json.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null; // broken JSON-LD is common; the other stages still run
        }
    }

    private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                collectArticles(item, out, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            out.add(node);
        }
        collectArticles(node.get("@graph"), out, depth + 1);
        collectArticles(node.get("mainEntity"), out, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(name.substring(cut + 1).toLowerCase(Locale.ROOT));
    }

    /** A string value (the first of an array), entity-decoded, or null. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : Parser.unescapeEntities(value, false);
    }

    /** Author names from a string, a Person/Organization object or an array of either, joined by ", ". */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                String name = names(item);
                if (name != null) {
                    names.add(name);
                }
            }
        } else if (node.isObject()) {
            String name = text(node.get("name"));
            if (name != null) {
                names.add(name);
            }
        } else {
            String name = text(node);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** An absolute URL from a string, an object with url or @id, or the first of an array. */
    private static String urlOf(JsonNode node, PageContext page) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : urlOf(node.get(0), page);
        }
        String value = node.isObject() ? firstText(node, "url", "@id", "contentUrl") : text(node);
        return Urls.absolute(value, page.url());
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** articleBody is plain text on most sites, HTML on some: render the latter like any page. */
    private static String bodyText(String body) {
        if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
            Element fragment = Jsoup.parseBodyFragment(body).body();
            return BlockFilter.join(new BlockRenderer().render(fragment));
        }
        return body;
    }
}
