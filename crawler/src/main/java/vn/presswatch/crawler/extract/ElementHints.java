package vn.presswatch.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: boilerplate (navigation, share bars, related-article
 * boxes, comments, ads, captions, dates and bylines) or main content.
 *
 * <p>Class names are matched per word ("post-meta" and "postMeta" both contain the word "meta") against short
 * words, and per token against longer stems that are safe as substrings ("relatedPosts", "tinlienquan").
 * Vietnamese outlets' unaccented class names (tin liên quan, xem thêm, bình luận) are included.
 */
final class ElementHints {

    /** Whole words in a class or id that mark a boilerplate region of any size. */
    private static final Set<String> REGION_WORDS = Set.of(
            "nav", "navi", "menu", "menus", "submenu", "ad", "ads", "adv", "advert", "advertisement", "banner",
            "share", "shares", "social", "related", "comments", "comment", "footer", "sidebar", "pager",
            "pagination", "breadcrumb", "breadcrumbs", "overlay", "lightbox", "carousel", "player", "toolbar",
            "rss", "subscribe", "newsletter", "cookie", "cookies", "popup", "sponsored", "recommended", "popular",
            "trending", "outbrain", "taboola", "masthead", "binhluan", "lienquan", "tinlienquan", "xemthem",
            "docthem", "tinkhac");

    /**
     * Whole words that mark a metadata line (date, byline, tags, caption, print link): boilerplate only when
     * the element is short, because wrappers carry such words too ("date-outer" around Blogger posts,
     * "modal-enabled" on an article).
     */
    private static final Set<String> LINE_WORDS = Set.of(
            "tags", "taglist", "tagcloud", "keywords", "meta", "author", "authors", "byline", "date", "time",
            "timestamp", "dateline", "print", "modal", "promo", "vote", "rating", "sns", "follow", "caption",
            "credit", "credits", "copyright", "sr", "skip", "jump", "login", "signup", "tools", "widget",
            "widgets", "gallery");

    /**
     * "Teaser" names both a box of links to other articles and, on some CMSs (TYPO3's news "teaser-text"),
     * the article's own lead: such an element is boilerplate only when it links out.
     */
    private static final Set<String> TEASER_WORDS = Set.of("teaser", "teasers");

    private static final String[] REGION_STEMS = {
        "comment", "disqus", "sharing", "share-", "social", "sociable", "related", "footer", "sidebar",
        "breadcrumb", "newsletter", "cookie", "consent", "gdpr", "banner", "popup", "navbar", "navigation",
        "pagination", "advert", "sponsor", "outbrain", "taboola", "plista", "tinlienquan", "tin-lien-quan",
        "lienquan", "lien-quan", "xemthem", "xem-them", "docthem", "doc-them", "binhluan", "binh-luan",
        "tinkhac", "tin-khac", "recommend", "trending", "subscribe", "toolbar", "mostread", "most-read",
        "mostpopular", "most-popular", "morenews", "more-news", "seealso", "see-also", "alsoread", "also-read",
        "addthis", "shariff", "sharedaddy", "printfriendly", "sharethis", "author-bio", "authorbio", "author-box",
        "authorbox", "about-author", "aboutauthor", "author-info", "authorinfo", "author-description",
        "autorenbox", "autor-box", "autorbox"};

    private static final String[] LINE_STEMS = {
        "bildunterschrift", "bildtext", "imagetext", "image-text", "img-text", "photo-credit", "photocredit",
        "image-credit", "legende", "byline", "caption", "skiplink", "skip-link", "noprint", "screen-reader", "visually-hidden",
        "visuallyhidden", "tag-list", "tag-cloud", "widget"};

    /**
     * Class tokens that say nothing about the element's role: taxonomy terms (WordPress "category-sharing",
     * "tag-social") and state flags ("has-sidebar", "no-ads", "ast-no-sidebar").
     */
    private static final Pattern IGNORED_TOKEN = Pattern.compile(
            "(?i)(category|categories|tag|tags|post_tag|kategorie|rubrik|topic)[-_].*"
            + "|(.*[-_])?(has|with|no|without|hide|show|enable|enabled|disable|disabled)[-_].*");
    /** A BEM modifier ("Section--Ads", "article--with-share") describes a variant, not the element's role. */
    private static final Pattern BEM_MODIFIER = Pattern.compile("--.*");

    /** How an element's class, id or role classifies it. */
    enum Hint {
        /** Nothing said. */
        NONE,
        /** A region that is boilerplate whatever its size: navigation, comments, related articles, ads. */
        REGION,
        /** A metadata line (date, byline, tags, caption): boilerplate when short. */
        LINE,
        /** A teaser: boilerplate when it holds links (a box of other articles), else perhaps the lead. */
        TEASER
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Landmark roles that are never the article. */
    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alertdialog", "toolbar", "tablist");

    /** Words that suggest article content. Not "body" or "text": Bootstrap's card-body and panel-body are boxes. */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "content", "entry", "post", "story", "main", "detail", "details", "blog", "fck", "prose",
            "richtext", "chitiet", "noidung", "baiviet", "inhalt", "articulo");

    /**
     * Readers' discussion: comment sections and single comments, reply forms, Disqus and Facebook comment boxes,
     * "ý kiến bạn đọc" and "bình luận" under unaccented names.
     */
    private static final String[] COMMENT_STEMS = {
        "comment", "disqus", "binhluan", "binh-luan", "binh_luan", "ykien", "y-kien", "y_kien", "reply", "replies"};

    /**
     * Names of the article body itself. Not "main-content" or "maincontent": they name the page's main region,
     * which on portals also holds the side columns (menus, service links, a visitor counter); as content words
     * they still add to a candidate's score.
     */
    private static final String[] CONTENT_STEMS = {
        "articlebody", "article-body", "article_body", "entry-content", "post-content", "postcontent",
        "story-body", "storybody", "post-body", "postbody", "articletext",
        "article-text", "article-content", "articlecontent", "detail-content", "fck_detail", "content-detail",
        "noidung", "noi-dung", "chitiet", "chi-tiet", "body-text", "bodytext", "entry-body", "text-body",
        "textbody", "news-body", "newsbody", "article__body", "article__content", "post__content"};

    private ElementHints() {
    }

    /** What the element's class, id or landmark role says about it. */
    static Hint hint(Element element) {
        String role = element.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT).trim())) {
            return Hint.REGION;
        }
        String classes = withoutTermTokens(element.className());
        // A heading's id is usually an anchor made from its text ("nav_nur_die_folie"), not a role.
        String id = HEADINGS.contains(element.normalName()) ? "" : element.id();
        if (matches(classes, REGION_WORDS, REGION_STEMS) || matches(id, REGION_WORDS, REGION_STEMS)) {
            return Hint.REGION;
        }
        if (ElementWords.any(classes, TEASER_WORDS) || ElementWords.any(id, TEASER_WORDS)) {
            return Hint.TEASER;
        }
        if (matches(classes, LINE_WORDS, LINE_STEMS) || matches(id, LINE_WORDS, LINE_STEMS)) {
            return Hint.LINE;
        }
        return Hint.NONE;
    }

    /** Whether the element's class, id or landmark role marks it as boilerplate of any kind. */
    static boolean isBoilerplate(Element element) {
        return hint(element) != Hint.NONE;
    }

    private static String withoutTermTokens(String classes) {
        if (classes.isEmpty() || classes.indexOf('-') < 0 && classes.indexOf('_') < 0) {
            return classes;
        }
        StringBuilder kept = new StringBuilder(classes.length());
        for (String token : classes.trim().split("\\s+")) {
            if (!IGNORED_TOKEN.matcher(token).matches()) {
                kept.append(BEM_MODIFIER.matcher(token).replaceFirst("")).append(' ');
            }
        }
        return kept.toString();
    }

    /** Whether the element's class or id marks it as a comment section or a comment. */
    static boolean isComments(Element element) {
        return ElementWords.containsAny(element.className(), COMMENT_STEMS)
                || ElementWords.containsAny(element.id(), COMMENT_STEMS);
    }

    /**
     * Whether the element is, or sits inside, readers' comments ({@link #isComments}). A marked ancestor that also
     * holds the headline does not count: pages put state flags such as "comments-open" on the body or on the
     * article's wrapper.
     *
     * @param headline the page's headline element, or null when unknown
     */
    static boolean inComments(Element element, Element headline) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isComments(e) && (headline == null || !contains(e, headline))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's class or id suggests article content ("article-body", "entry-content", "detail"). */
    static boolean isContent(Element element) {
        return matches(element.className(), CONTENT_WORDS, CONTENT_STEMS)
                || matches(element.id(), CONTENT_WORDS, CONTENT_STEMS);
    }

    /** Whether the class or id names the article body specifically ("articleBody", "entry-content"). */
    static boolean isArticleBody(Element element) {
        if ("articleBody".equals(element.attr("itemprop"))) {
            return true;
        }
        return ElementWords.containsAny(element.className(), CONTENT_STEMS)
                || ElementWords.containsAny(element.id(), CONTENT_STEMS);
    }

    private static boolean matches(String attribute, Set<String> words, String[] stems) {
        return ElementWords.any(attribute, words) || ElementWords.containsAny(attribute, stems);
    }
}
