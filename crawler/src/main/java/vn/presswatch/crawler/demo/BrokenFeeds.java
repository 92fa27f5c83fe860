package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.List;

/** Feeds broken the ways real CMSs break them, pointing at the "Báo Lỗi" articles. */
final class BrokenFeeds {

    private BrokenFeeds() {
    }

    /**
     * Not well-formed, in the ways a repairing parser can undo: bare ampersands in text and URLs, an HTML entity XML
     * does not define, a bare '&lt;', a control character, markup in titles.
     */
    static String broken(String baseUrl, List<DemoArticle> articles) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>Báo Lỗi - Tin mới & nóng</title>\n")
                .append("<link>").append(baseUrl).append("/baoloi/</link>\n")
                .append("<description>Tin tức mới nhất trong ngày \u0007</description>\n")
                .append("<language>vi</language>\n");
        for (int i = 0; i < articles.size(); i++) {
            DemoArticle a = articles.get(i);
            String title = switch (i) {
                case 0 -> "<b>Nóng:</b> " + a.title();
                case 1 -> a.title() + " & bình luận";
                default -> a.title() + " <i>(ảnh)</i>";
            };
            x.append("<item>\n<title>").append(title).append("</title>\n")
                    .append("<link>").append(a.url()).append(i == 2 ? "?utm_source=rss&utm_medium=feed" : "")
                    .append("</link>\n")
                    .append("<description>").append(a.lead()).append(i == 0 ? "&nbsp;Xem tiếp &raquo;" : "")
                    .append(i == 1 ? " Giá < 200.000 đồng" : "").append("</description>\n")
                    .append("<pubDate>").append(Markup.rssDate(a.published())).append("</pubDate>\n</item>\n");
        }
        x.append("<item>\n<title>Bài đã bị gỡ</title>\n<link>").append(baseUrl).append(MisbehavingRoutes.NOT_FOUND)
                .append("</link>\n<description>Bài viết không còn trên hệ thống</description>\n</item>\n")
                .append("</channel>\n</rss>\n");
        return x.toString();
    }

    /**
     * Unclosed HTML tags in descriptions and titles, and a body cut off before {@code </channel></rss>}: readable by
     * a forgiving (HTML-style) parser, not by an XML parser.
     */
    static String unclosedTags(String baseUrl, List<DemoArticle> articles) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>Báo Lỗi - Tin nóng</title>\n<link>").append(baseUrl).append("/baoloi/</link>\n")
                .append("<description>Tin tức <b>mới nhất</description>\n");
        for (DemoArticle a : articles) {
            x.append("<item>\n<title>").append(esc(a.title())).append("</title>\n<link>").append(esc(a.url()))
                    .append("</link>\n<description><p>").append(esc(a.lead())).append("<br></description>\n")
                    .append("<pubDate>").append(Markup.rssDate(a.published())).append("</pubDate>\n</item>\n");
        }
        return x.toString();
    }

    /** Every item with the same guid, links relative to the feed (one twice), no dates. */
    static String duplicateGuids(List<DemoArticle> articles) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>Báo Lỗi - Tin nóng</title>\n<link>/baoloi/</link>\n")
                .append("<description>Tin trùng lặp</description>\n");
        for (int i = 0; i <= articles.size(); i++) {
            DemoArticle a = articles.get(Math.min(i, articles.size() - 1));
            String path = a.path();
            // Relative to /bad/duplicate-guids.rss: the file name alone, except for the last, root-relative.
            String link = i < articles.size() - 1 ? path.substring(path.lastIndexOf('/') + 1) : path;
            x.append("<item>\n<title>").append(esc(a.title())).append("</title>\n<link>").append(esc(link))
                    .append("</link>\n<guid isPermaLink=\"false\">baoloi-tin-1</guid>\n<description>")
                    .append(esc(a.lead())).append("</description>\n</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }
}
