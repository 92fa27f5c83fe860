package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.time.LocalDate;
import java.util.List;

/**
 * A city paper without structured data, as many provincial papers are: the headline in {@code h1.detail-title}, a
 * Vietnamese date line ("Thứ Hai, 18/8/2025, 10:30 (GMT+7)"), the sapo as {@code h2.sapo} or {@code div.sapo},
 * the body in {@code div.detail-content} with a photo table and a "Tin liên quan" box inside it, the byline as a
 * right-aligned paragraph, tags, comments, a sidebar with ads, today's date in the top bar. Section pages list
 * stories as {@code .story h3 a} ({@link #SECTION_LINK_SELECTOR}).
 */
final class HaiPhongTemplate implements OutletTemplate {

    static final String FEED_PATH = "/haiphong/feed.atom";
    static final String NEWS_SITEMAP_PATH = "/haiphong/sitemap-news.xml";
    /** What the crawler's section-page source uses to find article links. */
    static final String SECTION_LINK_SELECTOR = ".story h3 a";
    private static final String SITE = DemoOutlet.HAIPHONG.displayName();

    /** The top bar's "Thứ Hai, 18/8/2025": the day the page was printed, which is not the article's date. */
    private final String today;

    HaiPhongTemplate(LocalDate today) {
        this.today = Markup.weekday(today.getDayOfWeek()) + ", " + today.getDayOfMonth() + "/" + today.getMonthValue()
                + "/" + today.getYear();
    }

    @Override
    public String articlePage(DemoArticle a, List<DemoArticle> others, String baseUrl) {
        StringBuilder h = new StringBuilder(8192);
        head(h, a.title() + " | " + SITE, baseUrl);
        h.append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(a.lead())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(esc(a.url())).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(baseUrl).append("/haiphong/uploads/")
                .append(a.id()).append(".jpg\">\n</head>\n<body>\n");
        siteHeader(h);
        h.append("<div class=\"wrapper\">\n<div class=\"col-left\">\n")
                .append("<div class=\"breadcrumbs\"><a href=\"/haiphong/\">Trang chủ</a> » <a href=\"/haiphong/")
                .append(a.section()).append("/\">").append(esc(PageParts.sectionName(a.section()))).append("</a></div>\n")
                .append("<div class=\"article-detail\">\n<h1 class=\"detail-title\">").append(esc(a.title())).append("</h1>\n")
                .append("<div class=\"detail-meta\"><span class=\"detail-time\">")
                .append(Markup.vietnameseDateLine(a.published())).append("</span>")
                .append("<span class=\"detail-views\">").append(300 + Math.floorMod(a.id().hashCode(), 4000))
                .append(" lượt xem</span></div>\n")
                .append("<div class=\"share-buttons\"><a class=\"btn-facebook\" href=\"#\">Facebook</a>")
                .append("<a class=\"btn-zalo\" href=\"#\">Zalo</a><a class=\"btn-print\" href=\"#\">In bài</a>")
                .append("<a class=\"btn-email\" href=\"#\">Gửi bài</a></div>\n");
        if (Math.floorMod(a.id().hashCode(), 2) == 0) {
            h.append("<h2 class=\"sapo\">").append(esc(a.lead())).append("</h2>\n");
        } else {
            h.append("<div class=\"sapo\">").append(esc(a.lead())).append("</div>\n");
        }
        h.append("<div class=\"detail-content\">\n");
        List<String> paragraphs = a.paragraphs();
        List<DemoArticle> related = PageParts.pick(others, a, 0, 2);
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1) {
                h.append("<table class=\"image-box\" align=\"center\"><tr><td><img src=\"/haiphong/uploads/")
                        .append(a.id()).append(".jpg\" alt=\"\"></td></tr><tr><td class=\"image-caption\">")
                        .append("Hình ảnh tại cơ sở. (Ảnh: ").append(esc(a.author())).append(")</td></tr></table>\n");
            }
            if (i == 2 && !related.isEmpty()) {
                h.append("<div class=\"tin-lien-quan\"><strong>Tin liên quan</strong><ul>\n");
                for (DemoArticle r : related) {
                    h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title()))
                            .append("</a></li>\n");
                }
                h.append("</ul></div>\n");
            }
        }
        h.append("<p style=\"text-align: right;\"><strong>").append(esc(a.author())).append("</strong></p>\n</div>\n")
                .append("<div class=\"box-tags\">Từ khóa: <a href=\"/haiphong/tag/hai-phong\">Hải Phòng</a>, ")
                .append("<a href=\"/haiphong/tag/").append(a.section()).append("\">")
                .append(esc(PageParts.sectionName(a.section()))).append("</a></div>\n")
                .append("<div class=\"box-comment\" id=\"comments\"><h3>Bình luận (2)</h3>\n");
        for (PageParts.Comment c : PageParts.commentsFor(a)) {
            h.append("<div class=\"comment-item\"><span class=\"comment-name\">").append(esc(c.name()))
                    .append("</span><p>").append(esc(c.text())).append("</p></div>\n");
        }
        h.append("<form class=\"comment-form\"><textarea name=\"content\" placeholder=\"Ý kiến của bạn\"></textarea>")
                .append("<button type=\"submit\">Gửi bình luận</button></form></div>\n</div>\n</div>\n");
        sidebar(h, PageParts.pick(others, a, 2, 4));
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    @Override
    public String homePage(List<DemoArticle> latest, String baseUrl) {
        return listing(SITE + " - Tin tức Hải Phòng mới nhất", null, latest, baseUrl);
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
        h.append("<div class=\"wrapper\">\n<div class=\"col-left\">\n");
        if (section != null) {
            h.append("<h1 class=\"cate-title\">").append(esc(PageParts.sectionName(section))).append("</h1>\n");
        }
        h.append("<div class=\"list-news\">\n");
        for (int i = 0; i < articles.size(); i++) {
            DemoArticle a = articles.get(i);
            h.append("<div class=\"story").append(i == 0 ? " story--featured" : "").append("\">")
                    .append("<a class=\"story__thumb\" href=\"").append(PageParts.href(a)).append("\"><img "
                            + "src=\"/haiphong/uploads/")
                    .append(a.id()).append("-thumb.jpg\" alt=\"\"></a><h3 class=\"story__title\"><a href=\"")
                    .append(PageParts.href(a)).append("\">").append(esc(a.title())).append("</a></h3>")
                    .append("<p class=\"story__sapo\">").append(esc(a.lead())).append("</p>")
                    .append("<span class=\"story__time\">").append(Markup.numericDateTime(a.published()))
                    .append("</span></div>\n");
        }
        h.append("</div>\n<div class=\"pagination\"><span class=\"current\">1</span></div>\n</div>\n");
        sidebar(h, List.of());
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    private static void head(StringBuilder h, String title, String baseUrl) {
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(SITE)
                .append("\" href=\"").append(baseUrl).append(FEED_PATH).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/haiphong/css/style.css\">\n")
                .append("<script src=\"/haiphong/js/jquery.min.js\"></script>\n");
    }

    private void siteHeader(StringBuilder h) {
        h.append("<div id=\"header\">\n<div class=\"top-bar\"><span class=\"today\">").append(today).append("</span>")
                .append(" <a href=\"/haiphong/feed.atom\">RSS</a> | <a href=\"/haiphong/lien-he\">Liên hệ</a>")
                .append(" | Đường dây nóng: 0225 3842 000</div>\n")
                .append("<div class=\"logo\"><a href=\"/haiphong/\"><img src=\"/haiphong/images/logo.png\" alt=\"")
                .append(SITE).append("\"></a></div>\n<ul class=\"menu\">")
                .append("<li><a href=\"/haiphong/thoi-su/\">Thời sự</a></li><li><a href=\"/haiphong/kinh-te/\">Kinh "
                        + "tế</a></li>")
                .append("<li><a href=\"/haiphong/xa-hoi/\">Xã hội</a></li><li><a href=\"/haiphong/van-hoa/\">Văn "
                        + "hóa</a></li>")
                .append("<li><a href=\"/haiphong/du-lich/\">Du lịch</a></li></ul>\n</div>\n");
    }

    private static void sidebar(StringBuilder h, List<DemoArticle> hot) {
        h.append("<div class=\"col-right\">\n<div class=\"box-news-hot\"><h3>Tin đọc nhiều</h3><ul>\n");
        for (DemoArticle r : hot) {
            h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title())).append("</a></li>\n");
        }
        h.append("</ul></div>\n<div class=\"adv\"><a href=\"/haiphong/quang-cao\"><img "
                + "src=\"/haiphong/ads/banner.jpg\" ")
                .append("alt=\"Quảng cáo\"></a></div>\n</div>\n");
    }

    private static void footer(StringBuilder h) {
        h.append("<div id=\"footer\"><p>").append(SITE)
                .append(" - Cơ quan ngôn luận của thành phố. Giấy phép số 256/GP-BTTTT.</p>")
                .append("<p>Tổng biên tập: Vũ Thị Thanh. Địa chỉ: 15 Đường Hoàng Văn Thụ, Hồng Bàng, Hải "
                        + "Phòng.</p></div>\n")
                .append("</body>\n</html>\n");
    }
}
