package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.List;

/**
 * An English-language outlet about Vietnam: schema.org microdata in the markup (headline, description,
 * datePublished, author, articleBody), an inline "Read more" paragraph and an ad slot inside the body, a newsletter
 * box, a related-stories aside, a cookie notice.
 */
final class ObserverTemplate implements OutletTemplate {

    static final String FEED_PATH = "/observer/atom.xml";
    private static final String SITE = DemoOutlet.OBSERVER.displayName();

    @Override
    public String articlePage(DemoArticle a, List<DemoArticle> others, String baseUrl) {
        StringBuilder h = new StringBuilder(8192);
        head(h, a.title() + " | " + SITE, baseUrl);
        h.append("<meta name=\"description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(SITE).append("\">\n")
                .append("</head>\n<body class=\"article-page\">\n");
        siteHeader(h);
        List<DemoArticle> related = PageParts.pick(others, a, 0, 3);
        h.append("<div id=\"main\" class=\"layout\">\n")
                .append("<article class=\"story\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n")
                .append("<meta itemprop=\"url\" content=\"").append(esc(a.url())).append("\">\n")
                .append("<div class=\"story-header\">\n<p class=\"kicker\"><a href=\"/observer/").append(a.section())
                .append("/\">").append(esc(PageParts.sectionName(a.section()))).append("</a></p>\n")
                .append("<h1 itemprop=\"headline\">").append(esc(a.title())).append("</h1>\n")
                .append("<p class=\"standfirst\" itemprop=\"description\">").append(esc(a.lead())).append("</p>\n")
                .append("<p class=\"story-byline\">By <span itemprop=\"author\" itemscope "
                        + "itemtype=\"https://schema.org/Person\">")
                .append("<a href=\"/observer/authors/").append(Markup.slug(a.author())).append("\" "
                        + "itemprop=\"url\"><span itemprop=\"name\">")
                .append(esc(a.author())).append("</span></a></span> <time itemprop=\"datePublished\" datetime=\"")
                .append(Markup.isoUtc(a.published())).append("\">").append(Markup.englishDate(a.published()))
                .append("</time></p>\n<ul class=\"story-share\"><li><a href=\"#\">Share on Facebook</a></li>")
                .append("<li><a href=\"#\">Share on X</a></li><li><a href=\"#\">Email</a></li></ul>\n</div>\n")
                .append("<div class=\"story-body\" itemprop=\"articleBody\">\n");
        List<String> paragraphs = a.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1 && !related.isEmpty()) {
                DemoArticle r = related.get(0);
                h.append("<p class=\"read-more\">Read more: <a href=\"").append(PageParts.href(r)).append("\">")
                        .append(esc(r.title())).append("</a></p>\n");
            }
            if (i == 2) {
                h.append("<div class=\"ad-slot ad-slot--inline\"><span>Advertisement</span></div>\n");
            }
        }
        h.append("<div class=\"newsletter-signup\"><h3>Get the Vietnam briefing</h3><p>Sign up for our free weekly ")
                .append("newsletter on politics, business and culture in Vietnam.</p><form><input type=\"email\">")
                .append("<button>Subscribe</button></form></div>\n</div>\n</article>\n");
        if (related.size() > 1) {
            h.append("<aside class=\"related-stories\"><h2>More on Vietnam</h2><ul>\n");
            for (DemoArticle r : related.subList(1, related.size())) {
                h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title()))
                        .append("</a></li>\n");
            }
            h.append("</ul></aside>\n");
        }
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    @Override
    public String homePage(List<DemoArticle> latest, String baseUrl) {
        return listing(SITE + " - News and analysis from Vietnam", null, latest, baseUrl);
    }

    @Override
    public String sectionPage(String section, List<DemoArticle> articles, String baseUrl) {
        return listing(PageParts.sectionName(section) + " | " + SITE, section, articles, baseUrl);
    }

    private String listing(String title, String section, List<DemoArticle> articles, String baseUrl) {
        StringBuilder h = new StringBuilder(4096);
        head(h, title, baseUrl);
        h.append("</head>\n<body>\n");
        siteHeader(h);
        h.append("<div id=\"main\" class=\"layout\">\n");
        if (section != null) {
            h.append("<h1 class=\"section-title\">").append(esc(PageParts.sectionName(section))).append("</h1>\n");
        }
        for (DemoArticle a : articles) {
            h.append("<div class=\"card\"><h2 class=\"card-title\"><a href=\"").append(PageParts.href(a)).append("\">")
                    .append(esc(a.title())).append("</a></h2><p class=\"card-standfirst\">").append(esc(a.lead()))
                    .append("</p><time datetime=\"").append(Markup.isoUtc(a.published())).append("\">")
                    .append(Markup.englishDate(a.published())).append("</time></div>\n");
        }
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    private static void head(StringBuilder h, String title, String baseUrl) {
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(SITE)
                .append("\" href=\"").append(baseUrl).append(FEED_PATH).append("\">\n");
    }

    private static void siteHeader(StringBuilder h) {
        h.append("<div class=\"site-header\"><a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<a class=\"brand\" href=\"/observer/\">").append(SITE).append("</a>\n")
                .append("<ul class=\"primary-menu\"><li><a href=\"/observer/politics/\">Politics</a></li>")
                .append("<li><a href=\"/observer/business/\">Business</a></li><li><a "
                        + "href=\"/observer/travel/\">Travel</a></li>")
                .append("<li><a href=\"/observer/society/\">Society</a></li></ul></div>\n");
    }

    private static void footer(StringBuilder h) {
        h.append("<footer class=\"site-footer\"><p>© 2025 ").append(SITE).append(". All rights reserved.</p>")
                .append("<a href=\"/observer/privacy\">Privacy policy</a></footer>\n")
                .append("<div class=\"cookie-banner\">We use cookies to improve your experience. "
                        + "<button>Accept</button></div>\n")
                .append("</body>\n</html>\n");
    }
}
