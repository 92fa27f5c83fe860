package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.List;

/**
 * A ward's electronic portal, built like the portals of Vietnamese local governments: no feed and no metadata,
 * a banner and a vertical menu, the headline in {@code h1.news-title}, a plain "Ngày đăng: 18/08/2025 10:30" line,
 * the summary in bold in {@code div.news-summary}, the body in {@code div.news-content}, a "Các tin khác" list and
 * a column of service links. The news list page marks links as {@code .news-list a.news-link}
 * ({@link #SECTION_LINK_SELECTOR}). Also prints the "Báo Lỗi" pages, which claim to be a small paper of the same
 * make.
 */
final class DoSonTemplate implements OutletTemplate {

    static final String NEWS_LIST_PATH = "/doson/tin-tuc/";
    static final String SECTION_LINK_SELECTOR = ".news-list a.news-link";

    private final DemoOutlet outlet;
    private final String site;
    private final String home;

    DoSonTemplate(DemoOutlet outlet) {
        this.outlet = outlet;
        this.site = outlet.displayName();
        this.home = outlet.pathPrefix();
    }

    @Override
    public String articlePage(DemoArticle a, List<DemoArticle> others, String baseUrl) {
        StringBuilder h = new StringBuilder(8192);
        head(h, a.title());
        banner(h);
        h.append("<div class=\"main-content\">\n");
        leftColumn(h);
        h.append("<div class=\"center-col\">\n<div class=\"path\"><a href=\"").append(home).append("\">Trang chủ</a> / "
                + "")
                .append("<a href=\"").append(home).append(a.section()).append("/\">")
                .append(esc(PageParts.sectionName(a.section()))).append("</a></div>\n")
                .append("<div class=\"news-detail\">\n<h1 class=\"news-title\">").append(esc(a.title())).append("</h1>\n")
                .append("<div class=\"news-date\">Ngày đăng: ").append(Markup.numericDateTime(a.published()))
                .append("</div>\n<div class=\"news-summary\"><strong>").append(esc(a.lead())).append("</strong></div>\n")
                .append("<div class=\"news-content\">\n");
        for (String paragraph : a.paragraphs()) {
            h.append("<p style=\"text-align: justify;\">").append(esc(paragraph)).append("</p>\n");
        }
        h.append("<p style=\"text-align: right;\"><strong>").append(esc(a.author())).append("</strong></p>\n</div>\n")
                .append("<div class=\"print-bar\"><a href=\"javascript:window.print()\">In trang</a> | ")
                .append("<a href=\"#\">Gửi email</a> | <a href=\"#top\">Về đầu trang</a></div>\n");
        List<DemoArticle> more = PageParts.pick(others, a, 0, 5);
        if (!more.isEmpty()) {
            h.append("<div class=\"tin-khac\"><h3>Các tin khác</h3><ul>\n");
            for (DemoArticle r : more) {
                h.append("<li><a href=\"").append(PageParts.href(r)).append("\">").append(esc(r.title()))
                        .append("</a> <span>(").append(Markup.numericDateTime(r.published()).substring(0, 10))
                        .append(")</span></li>\n");
            }
            h.append("</ul></div>\n");
        }
        h.append("</div>\n</div>\n");
        rightColumn(h);
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    @Override
    public String homePage(List<DemoArticle> latest, String baseUrl) {
        return listing(site, latest);
    }

    @Override
    public String sectionPage(String section, List<DemoArticle> articles, String baseUrl) {
        return listing(PageParts.sectionName(section) + " - " + site, articles);
    }

    private String listing(String title, List<DemoArticle> articles) {
        StringBuilder h = new StringBuilder(4096);
        head(h, title);
        banner(h);
        h.append("<div class=\"main-content\">\n");
        leftColumn(h);
        h.append("<div class=\"center-col\">\n<h2 class=\"box-title\">Tin tức - Sự kiện</h2>\n<ul "
                + "class=\"news-list\">\n");
        for (DemoArticle a : articles) {
            h.append("<li class=\"news-item\"><a class=\"news-link\" href=\"").append(PageParts.href(a)).append("\">")
                    .append(esc(a.title())).append("</a><span class=\"news-item-date\">")
                    .append(Markup.numericDateTime(a.published())).append("</span><p>").append(esc(a.lead()))
                    .append("</p></li>\n");
        }
        h.append("</ul>\n</div>\n");
        rightColumn(h);
        h.append("</div>\n");
        footer(h);
        return h.toString();
    }

    private void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"").append(home).append("css/portal.css\">\n")
                .append("</head>\n<body>\n<a name=\"top\"></a>\n");
    }

    private void banner(StringBuilder h) {
        h.append("<div id=\"banner\"><img src=\"").append(home).append("images/banner.jpg\" alt=\"")
                .append(esc(site)).append("\"><div class=\"banner-text\">").append(esc(site.toUpperCase(java.util.Locale.ROOT)))
                .append("</div></div>\n<div id=\"menu\"><ul><li><a href=\"").append(home).append("\">Trang "
                        + "chủ</a></li>")
                .append("<li><a href=\"").append(home).append("gioi-thieu/\">Giới thiệu</a></li><li><a href=\"").append(home)
                .append("tin-tuc/\">Tin tức - Sự kiện</a></li><li><a href=\"").append(home)
                .append("van-ban/\">Văn bản</a></li><li><a href=\"").append(home).append("lien-he/\">Liên "
                        + "hệ</a></li></ul></div>\n");
    }

    private void leftColumn(StringBuilder h) {
        h.append("<div class=\"left-col\"><div class=\"vertical-menu\"><h3>Danh mục</h3><ul>")
                .append("<li><a href=\"").append(home).append("gioi-thieu/\">Giới thiệu chung</a></li>")
                .append("<li><a href=\"").append(home).append("tin-tuc/\">Tin tức - Sự kiện</a></li>")
                .append("<li><a href=\"").append(home).append("thu-tuc/\">Thủ tục hành chính</a></li>")
                .append("<li><a href=\"").append(home).append("lich-cong-tac/\">Lịch công tác</a></li>")
                .append("<li><a href=\"").append(home).append("hoi-dap/\">Hỏi đáp</a></li></ul></div></div>\n");
    }

    private void rightColumn(StringBuilder h) {
        h.append("<div class=\"right-col\"><div class=\"banner-links\">")
                .append("<a href=\"").append(home).append("dich-vu-cong/\"><img src=\"").append(home)
                .append("images/dvc.png\" alt=\"Dịch vụ công trực tuyến\"></a>")
                .append("<a href=\"").append(home).append("phan-anh/\"><img src=\"").append(home)
                .append("images/phan-anh.png\" alt=\"Phản ánh kiến nghị\"></a></div>")
                .append("<div class=\"counter\">Lượt truy cập: 1.284.551</div></div>\n");
    }

    private void footer(StringBuilder h) {
        String owner = outlet == DemoOutlet.DOSON ? "Ủy ban nhân dân phường Đồ Sơn, thành phố Hải Phòng" : site;
        h.append("<div id=\"footer\"><p>Bản quyền thuộc ").append(esc(owner)).append("</p>")
                .append("<p>Địa chỉ: Số 1 Lý Thánh Tông, phường Đồ Sơn, thành phố Hải Phòng. Điện thoại: 0225 3861 "
                        + "000.</p>")
                .append("<p>Chịu trách nhiệm chính: Chủ tịch Ủy ban nhân dân phường.</p></div>\n</body>\n</html>\n");
    }
}
