package vn.presswatch.api.cli;

/**
 * The Vietnamese for a {@link vn.presswatch.crawler.feed.FeedParseException}, whose message is English. Matches the
 * start of the parser's messages; an unknown one gets the general sentence, and the English detail always follows.
 */
final class FeedErrorMessages {

    private FeedErrorMessages() {
    }

    static String vietnamese(String english) {
        if (english.startsWith("not a feed: this is a sitemap")) {
            return "Đây là sitemap, không phải nguồn tin RSS/Atom";
        }
        if (english.startsWith("not a feed: the server returned an HTML page")) {
            return "Đây là trang HTML, không phải nguồn tin RSS/Atom";
        }
        if (english.startsWith("not a feed")) {
            return "Không phải nguồn tin RSS/Atom";
        }
        if (english.startsWith("XML ends too early")) {
            return "Nguồn tin bị cắt cụt, XML kết thúc giữa chừng";
        }
        if (english.startsWith("XML broken")) {
            return "Nguồn tin có lỗi cú pháp XML không sửa được";
        }
        if (english.contains("nested")) {
            return "Cấu trúc XML lồng nhau quá sâu";
        }
        if (english.startsWith("body too large")) {
            return "Tệp quá lớn";
        }
        if (english.startsWith("empty body")) {
            return "Tệp rỗng";
        }
        if (english.contains("gzip")) {
            return "Tệp nén gzip bị hỏng hoặc quá lớn khi giải nén";
        }
        return "Không đọc được nguồn tin RSS/Atom";
    }
}
