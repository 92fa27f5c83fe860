package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.List;

/**
 * A foreign broadcaster's Vietnamese service: OpenGraph and {@code article:published_time} (in UTC) in the head but
 * no JSON-LD, {@code <html lang="vi">}, the intro in {@code div.intro}, the body in {@code div.wsw} with a "Có liên
 * quan" embed between paragraphs, readers' comments under a forum heading, a most-viewed list.
 */
final class QuocTeTemplate implements OutletTemplate {

    static final String FEED_PATH = "/quocte/rss.rdf";
    private static final String SITE = DemoOutlet.QUOCTE.displayName();

    @Override
    public String articlePage(DemoArticle a, List<DemoArticle> others, String baseUrl) {
        StringBuilder h = new StringBuilder(8192);
        head(h, a.title(), baseUrl);
        h.append("<meta name=\"description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(SITE).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(baseUrl).append("/quocte/img/")
                .append(a.id()).append("_w1200.jpg\">\n")
                .append("<meta property=\"og:locale\" content=\"vi_VN\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(Markup.isoUtc(a.published()))
                .append("\">\n<meta property=\"article:section\" content=\"Việt Nam\">\n")
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n</head>\n<body>\n");
        siteHeader(h);
        h.append("<main id=\"content\" class=\"page-content\">\n<div class=\"container\">\n")
                .append("<div class=\"category\"><a href=\"/quocte/").append(a.section()).append("/\">")
                .append(esc(PageParts.sectionName(a.section()))).append("</a></div>\n")
                .append("<div class=\"col-title\"><h1 class=\"title pg-title\">").append(esc(a.title())).append("</h1></div>\n")
                .append("<div class=\"col-publishing-details\"><div class=\"links\"><ul class=\"links__list\">")
                .append("<li class=\"links__item\"><span class=\"links__item-link\">").append(esc(a.author()))
                .append("</span></li></ul></div><div class=\"published\"><span class=\"date\"><time "
                        + "pubdate=\"pubdate\" datetime=\"")
                .append(Markup.isoUtc(a.published())).append("\">").append(Markup.numericDateTime(a.published()))
                .append("</time></span></div></div>\n")
                .append("<div class=\"intro m-t-md\"><p>").append(esc(a.lead())).append("</p></div>\n")
                .append("<div id=\"article-content\" class=\"content-floated-wrap fb-quotable\">\n<div "
                        + "class=\"wsw\">\n");
        List<String> paragraphs = a.paragraphs();
        List<DemoArticle> related = PageParts.pick(others, a, 0, 2);
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1 && !related.isEmpty()) {
                h.append("<div class=\"wsw__embed\"><div class=\"media-block-wrap\"><h2 class=\"section-head\">Có Liên "
                        + "Quan</h2>")
                        .append("<div class=\"row\"><ul>\n");
                for (DemoArticle r : related) {
                    h.append("<li><div class=\"media-block\"><a href=\"").append(PageParts.href(r))
                            .append("\" class=\"img-wrap\"><img src=\"/quocte/img/").append(r.id())
                            .append("_w100.jpg\" alt=\"\"></a><div class=\"media-block__content\"><a href=\"")
                            .append(PageParts.href(r)).append("\"><h4 class=\"media-block__title\">").append(esc(r.title()))
                            .append("</h4></a></div></div></li>\n");
                }
                h.append("</ul></div></div></div>\n");
            }
        }
        h.append("</div>\n</div>\n")
                .append("<div class=\"comments\"><h2 class=\"section-head\">Diễn đàn</h2>\n");
        for (PageParts.Comment c : PageParts.commentsFor(a)) {
            h.append("<div class=\"comment\"><div class=\"comment__author\">").append(esc(c.name()))
                    .append("</div><div class=\"comment__content\"><p>").append(esc(c.text())).append("</p></div></div>\n");
        }
        h.append("</div>\n<div class=\"media-block-wrap most-viewed\"><h2 class=\"section-head\">Xem nhiều "
                + "nhất</h2><ol>\n");
        for (DemoArticle r : PageParts.pick(others, a, 2, 4)) {
            h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title())).append("</a></li>\n");
        }
        h.append("</ol></div>\n</div>\n</main>\n");
        footer(h);
        return h.toString();
    }

    @Override
    public String homePage(List<DemoArticle> latest, String baseUrl) {
        return listing(SITE, null, latest, baseUrl);
    }

    @Override
    public String sectionPage(String section, List<DemoArticle> articles, String baseUrl) {
        return listing(PageParts.sectionName(section) + " - " + SITE, section, articles, baseUrl);
    }

    private String listing(String title, String section, List<DemoArticle> articles, String baseUrl) {
        StringBuilder h = new StringBuilder(4096);
        head(h, title, baseUrl);
        h.append("</head>\n<body>\n");
        siteHeader(h);
        h.append("<main id=\"content\"><div class=\"container\">\n");
        if (section != null) {
            h.append("<h1 class=\"section-head\">").append(esc(PageParts.sectionName(section))).append("</h1>\n");
        }
        h.append("<ul class=\"archive-list\">\n");
        for (DemoArticle a : articles) {
            h.append("<li class=\"archive-list__item\"><div class=\"media-block\"><a href=\"").append(PageParts.href(a))
                    .append("\"><h4 class=\"media-block__title\">").append(esc(a.title())).append("</h4></a>")
                    .append("<span class=\"date\">").append(Markup.numericDateTime(a.published())).append("</span>")
                    .append("<p class=\"perex\">").append(esc(a.lead())).append("</p></div></li>\n");
        }
        h.append("</ul>\n</div></main>\n");
        footer(h);
        return h.toString();
    }

    private static void head(StringBuilder h, String title, String baseUrl) {
        h.append("<!DOCTYPE html>\n<html lang=\"vi\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
                .append("<link rel=\"alternate\" type=\"application/rdf+xml\" title=\"").append(SITE).append("\" "
                        + "href=\"")
                .append(baseUrl).append(FEED_PATH).append("\">\n");
    }

    private static void siteHeader(StringBuilder h) {
        h.append("<div class=\"hdr\"><div class=\"container\"><a class=\"logo\" href=\"/quocte/\">").append(SITE)
                .append("</a>\n<nav class=\"nav-menu\"><ul><li><a href=\"/quocte/viet-nam/\">Việt Nam</a></li>")
                .append("<li><a href=\"/quocte/the-gioi/\">Thế giới</a></li><li><a href=\"/quocte/phan-tich/\">Phân "
                        + "tích</a></li>")
                .append("<li><a href=\"/quocte/video/\">Video</a></li></ul></nav>\n")
                .append("<a class=\"btn-live\" href=\"/quocte/truc-tiep\">Nghe trực tiếp</a></div></div>\n");
    }

    private static void footer(StringBuilder h) {
        h.append("<footer class=\"ftr\"><div class=\"container\"><ul class=\"ftr__list\"><li><a "
                + "href=\"/quocte/gioi-thieu\">Giới thiệu</a></li>")
                .append("<li><a href=\"/quocte/lien-lac\">Liên lạc</a></li><li><a href=\"/quocte/dieu-khoan\">Điều "
                        + "khoản sử dụng</a></li></ul>")
                .append("<p>© 2025 ").append(SITE).append(". Mọi quyền được bảo "
                        + "lưu.</p></div></footer>\n</body>\n</html>\n");
    }
}
