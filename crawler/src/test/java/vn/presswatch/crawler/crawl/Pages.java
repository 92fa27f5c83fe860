package vn.presswatch.crawler.crawl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Article pages and feeds for the crawl tests, in the shape Vietnamese outlets publish them. */
final class Pages {
    private Pages() {
    }

    /** An hour ago, as the pages and feeds say it: recent enough for every crawl limit, whenever the test runs. */
    static final Instant PUBLISHED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    static String article(String title, String sapo, String body) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            paragraphs.append("<p>").append(body).append(" Đoạn ").append(i + 1)
                    .append(" kể thêm chi tiết về sự kiện, ý kiến của người dân và chính quyền địa phương.</p>\n");
        }
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + PUBLISHED + "\"></head><body>"
                + "<nav><a href=\"/\">Trang chủ</a> <a href=\"/thoi-su\">Thời sự</a></nav>"
                + "<article><h1>" + title + "</h1><h2 class=\"sapo\">" + sapo + "</h2>"
                + "<div class=\"content\">" + paragraphs + "</div></article>"
                + "<footer>Bản quyền thuộc về Báo Thử nghiệm</footer></body></html>";
    }

    static String rss(List<String[]> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Báo Thử nghiệm</title><link>http://127.0.0.1/</link><description>Tin mới</description>");
        for (String[] item : items) {
            xml.append("<item><title>").append(item[1]).append("</title><link>").append(item[0])
                    .append("</link><guid>").append(item[0]).append("</guid>")
                    .append("<pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(PUBLISHED.atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }
}
