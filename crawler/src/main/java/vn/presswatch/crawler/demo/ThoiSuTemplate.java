package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A national paper in the style of the big Vietnamese news sites: JSON-LD NewsArticle and OpenGraph in the head,
 * {@code h1.title-detail}, {@code p.description} as the sapo, {@code article.fck_detail} with {@code p.Normal}
 * paragraphs, a captioned photo, the byline as the last paragraph, a "Tin liên quan" box, tags, comments, a most-read
 * sidebar and ads.
 */
final class ThoiSuTemplate implements OutletTemplate {

    static final String FEED_PATH = "/thoisu/rss/tin-moi-nhat.rss";
    private static final String SITE = DemoOutlet.THOISU.displayName();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String articlePage(DemoArticle a, List<DemoArticle> others, String baseUrl) {
        StringBuilder h = new StringBuilder(8192);
        head(h, a.title() + " - " + SITE, baseUrl);
        h.append("<meta name=\"description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(SITE).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(image(a, baseUrl)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(Markup.iso(a.published()))
                .append("\">\n")
                .append("<meta property=\"article:section\" content=\"").append(esc(PageParts.sectionName(a.section())))
                .append("\">\n")
                .append("<script type=\"application/ld+json\">").append(jsonLd(a, baseUrl)).append("</script>\n")
                .append("</head>\n<body>\n");
        siteHeader(h);
        h.append("<section class=\"section page-detail\">\n<div class=\"container\">\n<div class=\"sidebar-1\">\n")
                .append("<div class=\"header-content\"><ul class=\"breadcrumb\"><li><a href=\"/thoisu/\">Trang "
                        + "chủ</a></li>")
                .append("<li><a href=\"/thoisu/").append(a.section()).append("/\">")
                .append(esc(PageParts.sectionName(a.section()))).append("</a></li></ul>\n")
                .append("<span class=\"date\">").append(Markup.vietnameseDateLine(a.published())).append("</span></div>\n")
                .append("<h1 class=\"title-detail\">").append(esc(a.title())).append("</h1>\n")
                .append("<p class=\"description\">").append(esc(a.lead())).append("</p>\n")
                .append("<article class=\"fck_detail\">\n");
        List<String> paragraphs = a.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p class=\"Normal\">").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 0) {
                h.append("<figure class=\"tplCaption\"><div class=\"fig-picture\"><img src=\"").append(image(a, baseUrl))
                        .append("\" alt=\"").append(esc(a.title())).append("\"></div><figcaption><p class=\"Image\">")
                        .append("Quang cảnh tại địa phương. Ảnh: ").append(esc(a.author())).append("</p></figcaption></figure>\n");
            }
        }
        h.append("<p class=\"Normal\" style=\"text-align:right;\"><strong>").append(esc(a.author()))
                .append("</strong></p>\n</article>\n");
        List<DemoArticle> related = PageParts.pick(others, a, 0, 3);
        if (!related.isEmpty()) {
            h.append("<div class=\"box-tinlienquan\"><h3 class=\"title-box\">Tin liên quan</h3><ul "
                    + "class=\"list-news\">\n");
            for (DemoArticle r : related) {
                h.append("<li><h4 class=\"title-news\"><a href=\"").append(PageParts.href(r)).append("\">")
                        .append(esc(r.title())).append("</a></h4></li>\n");
            }
            h.append("</ul></div>\n");
        }
        h.append("<div class=\"footer-content\"><div class=\"box-tag\"><h4 class=\"item-tag\">Chủ đề: ")
                .append("<a href=\"/thoisu/chu-de/hai-phong\">Hải Phòng</a></h4></div>\n")
                .append("<div class=\"social_pin\"><a class=\"btn_facebook\" href=\"#\">Chia sẻ Facebook</a>")
                .append("<a class=\"btn_twitter\" href=\"#\">Chia sẻ X</a><a class=\"link_copy\" href=\"#\">Sao chép "
                        + "liên kết</a></div></div>\n");
        h.append("<div id=\"box_comment\" class=\"box_comment_vne\"><h3 class=\"title_box_category\">Ý kiến bạn "
                + "đọc</h3>\n");
        for (PageParts.Comment c : PageParts.commentsFor(a)) {
            h.append("<div class=\"comment_item\"><p class=\"full_content\"><span class=\"txt-name\"><b>")
                    .append(esc(c.name())).append("</b></span> ").append(esc(c.text())).append("</p>")
                    .append("<div class=\"reactions-total\"><a class=\"link-like\" href=\"#\">Thích</a> <a "
                            + "class=\"link-reply\" href=\"#\">Trả lời</a></div></div>\n");
        }
        h.append("<form class=\"form_comment\"><textarea placeholder=\"Ý kiến của "
                + "bạn\"></textarea><button>Gửi</button></form></div>\n")
                .append("</div>\n<div class=\"sidebar-2\">\n<div class=\"banner-ads\"><a href=\"/thoisu/quang-cao\">")
                .append("<img src=\"/thoisu/static/ads-300x600.jpg\" alt=\"Quảng cáo\"></a></div>\n")
                .append("<div class=\"box-most-read\"><h3 class=\"title-box\">Xem nhiều</h3><ul>\n");
        for (DemoArticle r : PageParts.pick(others, a, 3, 4)) {
            h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title())).append("</a></li>\n");
        }
        h.append("</ul></div>\n</div>\n</div>\n</section>\n");
        footer(h);
        return h.toString();
    }

    @Override
    public String homePage(List<DemoArticle> latest, String baseUrl) {
        return listing(SITE + " - Tin tức 24h, đọc báo mới nhất", null, latest, baseUrl);
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
        h.append("<section class=\"section section_container\"><div class=\"container\">\n");
        if (section != null) {
            h.append("<h1 class=\"title-folder\">").append(esc(PageParts.sectionName(section))).append("</h1>\n");
        }
        for (DemoArticle a : articles) {
            h.append("<article class=\"item-news item-news-common\"><h3 class=\"title-news\"><a href=\"")
                    .append(PageParts.href(a)).append("\" title=\"").append(esc(a.title())).append("\">")
                    .append(esc(a.title())).append("</a></h3><p class=\"description\"><a href=\"")
                    .append(PageParts.href(a)).append("\">").append(esc(a.lead())).append("</a></p></article>\n");
        }
        h.append("</div></section>\n");
        footer(h);
        return h.toString();
    }

    private static void head(StringBuilder h, String title, String baseUrl) {
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Tin mới nhất\" href=\"")
                .append(baseUrl).append(FEED_PATH).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/thoisu/static/main.css\">\n")
                .append("<script async src=\"/thoisu/static/analytics.js\"></script>\n");
    }

    private static void siteHeader(StringBuilder h) {
        h.append("<header class=\"header\"><div class=\"container\"><a class=\"logo\" href=\"/thoisu/\" title=\"")
                .append(SITE).append("\">").append(SITE).append("</a>\n")
                .append("<div class=\"search-box\"><form action=\"/thoisu/tim-kiem\"><input name=\"q\" "
                        + "placeholder=\"Tìm kiếm\"></form></div>\n")
                .append("<nav class=\"main-nav\"><ul class=\"parent\"><li><a href=\"/thoisu/\">Trang chủ</a></li>")
                .append("<li><a href=\"/thoisu/thoi-su/\">Thời sự</a></li><li><a href=\"/thoisu/kinh-te/\">Kinh "
                        + "tế</a></li>")
                .append("<li><a href=\"/thoisu/xa-hoi/\">Xã hội</a></li><li><a href=\"/thoisu/the-thao/\">Thể "
                        + "thao</a></li>")
                .append("<li><a href=\"/thoisu/the-gioi/\">Thế giới</a></li></ul></nav></div></header>\n");
    }

    private static void footer(StringBuilder h) {
        h.append("<footer class=\"footer\"><div class=\"container\"><p>").append(SITE)
                .append(" - Cơ quan báo chí điện tử. Giấy phép số 148/GP-BTTTT.</p>")
                .append("<p>Tổng biên tập: Hoàng Minh Đức. Địa chỉ: 25 Phố Tràng Thi, Hà Nội. Đường dây nóng: 0243 888 "
                        + "999.</p>")
                .append("<p>© Bản quyền thuộc ").append(SITE).append(". Cấm sao chép dưới mọi hình thức nếu không có "
                        + "sự chấp thuận bằng văn bản.</p>")
                .append("</div></footer>\n</body>\n</html>\n");
    }

    private static String image(DemoArticle a, String baseUrl) {
        return baseUrl + "/thoisu/images/" + a.id() + ".jpg";
    }

    private static String jsonLd(DemoArticle a, String baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "NewsArticle");
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", a.url());
        node.put("headline", a.title());
        node.put("description", a.lead());
        node.putArray("image").add(image(a, baseUrl));
        node.put("datePublished", Markup.iso(a.published()));
        node.put("dateModified", Markup.iso(a.published()));
        node.putObject("author").put("@type", "Person").put("name", a.author());
        ObjectNode publisher = node.putObject("publisher");
        publisher.put("@type", "NewsMediaOrganization").put("name", SITE);
        publisher.putObject("logo").put("@type", "ImageObject").put("url", baseUrl + "/thoisu/static/logo.png");
        node.put("articleSection", PageParts.sectionName(a.section()));
        node.put("inLanguage", "vi");
        node.put("articleBody", String.join("\n", a.paragraphs()));
        try {
            // "</" inside a script element would end it early.
            return JSON.writeValueAsString(node).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
