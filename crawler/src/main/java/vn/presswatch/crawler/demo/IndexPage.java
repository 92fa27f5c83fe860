package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.Map;
import java.util.TreeMap;

/** The site's root page: what the demo site holds, for a person opening it in a browser. */
final class IndexPage {

    private IndexPage() {
    }

    static String render(String baseUrl) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Trang báo demo của presswatch</title>\n</head>\n<body>\n")
                .append("<h1>Trang báo demo của presswatch</h1>\n")
                .append("<p>Các tờ báo dưới đây là hư cấu, chạy trên máy này để thử thu thập tin mà không cần "
                        + "Internet.</p>\n")
                .append("<h2>Các cơ quan báo chí</h2>\n<ul>\n");
        link(h, "/thoisu/", DemoOutlet.THOISU.displayName() + " (RSS 2.0, JSON-LD)");
        link(h, ThoiSuTemplate.FEED_PATH, "RSS " + DemoOutlet.THOISU.displayName());
        link(h, "/haiphong/", DemoOutlet.HAIPHONG.displayName() + " (Atom, sitemap tin tức, trang chuyên mục)");
        link(h, HaiPhongTemplate.FEED_PATH, "Atom " + DemoOutlet.HAIPHONG.displayName());
        link(h, HaiPhongTemplate.NEWS_SITEMAP_PATH, "Sitemap tin tức " + DemoOutlet.HAIPHONG.displayName());
        link(h, "/quocte/", DemoOutlet.QUOCTE.displayName() + " (RSS 1.0, OpenGraph)");
        link(h, QuocTeTemplate.FEED_PATH, "RSS 1.0 " + DemoOutlet.QUOCTE.displayName());
        link(h, "/observer/", DemoOutlet.OBSERVER.displayName() + " (Atom, microdata, tiếng Anh)");
        link(h, ObserverTemplate.FEED_PATH, "Atom " + DemoOutlet.OBSERVER.displayName());
        link(h, DoSonTemplate.NEWS_LIST_PATH, DemoOutlet.DOSON.displayName() + " (chỉ có trang danh sách tin)");
        link(h, "/baoloi/", DemoOutlet.BAOLOI.displayName() + " (mọi địa chỉ đều lỗi)");
        h.append("</ul>\n<h2>Địa chỉ lỗi (/bad/)</h2>\n<ul>\n");
        for (Map.Entry<String, String> e : new TreeMap<>(MisbehavingRoutes.ENDPOINTS).entrySet()) {
            link(h, e.getKey(), e.getKey() + ": " + e.getValue());
        }
        h.append("</ul>\n<h2>Khác</h2>\n<ul>\n");
        link(h, "/robots.txt", "robots.txt (cấm /private/)");
        link(h, BulkRoutes.SITEMAP_PATH, "Sitemap bài hàng loạt (khi được bật)");
        h.append("</ul>\n<p>Địa chỉ gốc: ").append(esc(baseUrl)).append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void link(StringBuilder h, String path, String label) {
        h.append("<li><a href=\"").append(esc(path)).append("\">").append(esc(label)).append("</a></li>\n");
    }
}
