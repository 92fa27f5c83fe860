package vn.presswatch.crawler.extract;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jsoup.Jsoup;

/** Builds the inputs of stage tests from HTML strings. */
final class Pages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The reference time of every stage test: Thursday 21 August 2025, 09:00 in Vietnam. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2025, 8, 21, 9, 0, 0, 0, VIETNAM);

    private Pages() {
    }

    static PageContext page(String html) {
        return page(html, "https://example.vn/bai-viet/1.html");
    }

    static PageContext page(String html, String url) {
        return new PageContext(Jsoup.parse(html, url), url, NOW);
    }

    /** Runs one stage on a fresh draft and returns the draft. */
    static ArticleDraft run(ExtractionStage stage, String html) {
        ArticleDraft draft = new ArticleDraft();
        stage.apply(page(html), draft);
        return draft;
    }

    /** Paragraphs of filler prose, so that a test page has an article worth finding. */
    static String paragraphs(String topic, int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>Đoạn ").append(i).append(" về ").append(topic)
                    .append(": chính quyền thành phố, các sở ngành và người dân cùng bàn cách phát triển, ")
                    .append("giữ gìn bản sắc, thu hút đầu tư và nâng cao đời sống, theo kế hoạch đến năm 2030.</p>\n");
        }
        return html.toString();
    }
}
