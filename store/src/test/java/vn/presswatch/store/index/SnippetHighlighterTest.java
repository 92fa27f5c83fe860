package vn.presswatch.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Article;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SearchResult.Highlights;

/**
 * The highlighter's output, character for character. The expected strings are what Lucene's classic highlighter
 * (Highlighter, QueryScorer, SimpleSpanFragmenter, SimpleHTMLEncoder) gave for the same input before issue 6
 * replaced it with the token pass in {@link SnippetHighlighter}; the two also agreed on 48,000 highlights of the
 * bench's generated articles with random words, phrases, slops and prefixes.
 */
class SnippetHighlighterTest {
    private static final String LONG_TEXT = "Sáng 18/8, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác "
            + "chuyển đổi số năm 2024. Các đại biểu đã nghe báo cáo về kết quả xây dựng chính quyền điện tử và phát "
            + "triển kinh tế số tại địa phương. Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%, cao hơn "
            + "mức bình quân của cả nước. Phát biểu tại hội nghị, Chủ tịch UBND thành phố Hải Phòng đề nghị các sở, "
            + "ngành tiếp tục đẩy mạnh chuyển đổi số. Nhiều doanh nghiệp trên địa bàn đã ứng dụng nền tảng số trong "
            + "sản xuất và kinh doanh. Thành phố cũng đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP, với trọng "
            + "tâm là cảng biển và logistics. Hội nghị kết thúc với lễ ký kết hợp tác giữa thành phố và các doanh "
            + "nghiệp viễn thông lớn.";

    @Test
    void foldedWordsAreMarkedInTheTextAsWritten() {
        Highlights h = highlight("hai phong", "Hải Phòng đón đoàn công tác tỉnh Gyeonggi",
                "Lãnh đạo thành phố Hải Phòng tiếp đoàn.", "Hai bên trao đổi về hợp tác.");

        assertThat(h.title()).isEqualTo("<mark>Hải</mark> <mark>Phòng</mark> đón đoàn công tác tỉnh Gyeonggi");
        assertThat(h.snippet()).isEqualTo("Lãnh đạo thành phố <mark>Hải</mark> <mark>Phòng</mark> tiếp đoàn.\n"
                + "<mark>Hai</mark> bên trao đổi về hợp tác.");
    }

    @Test
    void aPhraseMarksItsWordsOnlyWhereThePhraseMatches() {
        Highlights h = highlight("\"Hải Phòng\"", "Phòng họp của thành phố Hải Phòng", "",
                "Phòng văn hóa và Hải Phòng: phòng chờ. Hải Phòng đẹp.");

        assertThat(h.title()).isEqualTo("Phòng họp của thành phố <mark>Hải</mark> <mark>Phòng</mark>");
        assertThat(h.snippet()).isEqualTo("Phòng văn hóa và <mark>Hải</mark> <mark>Phòng</mark>: phòng chờ. "
                + "<mark>Hải</mark> <mark>Phòng</mark> đẹp.");
    }

    @Test
    void aProximityMatchesInAnyOrderWithinItsSlop() {
        Highlights h = highlight("\"nhân quyền Hải Phòng\"~5", "Tin tức", "", "Hải Phòng tổ chức hội thảo về "
                + "nhân quyền trong lao động. Nhân quyền là chủ đề xa vời với phòng họp.");

        assertThat(h.title()).isEqualTo("Tin tức");
        assertThat(h.snippet()).isEqualTo("<mark>Hải</mark> <mark>Phòng</mark> tổ chức hội thảo về <mark>nhân</mark> "
                + "<mark>quyền</mark> trong lao động. Nhân quyền là chủ đề xa vời với phòng họp.");
    }

    @Test
    void aPrefixMarksEveryWordStartingWithItFolded() {
        Highlights h = highlight("chuyển*", "Chuyển đổi số", "Chuyên đề",
                "Chuyến đi chuyển giao công nghệ chuyên sâu.");

        assertThat(h.title()).isEqualTo("<mark>Chuyển</mark> đổi số");
        assertThat(h.snippet()).isEqualTo("<mark>Chuyên</mark> đề\n<mark>Chuyến</mark> đi <mark>chuyển</mark> giao "
                + "công nghệ <mark>chuyên</mark> sâu.");
    }

    @Test
    void aLongTextGivesItsTwoBestPassagesBestFirst() {
        assertThat(highlight("chuyển đổi số", "Hội nghị tổng kết", "Tóm tắt.", LONG_TEXT).snippet())
                .isEqualTo("Tóm tắt.\nSáng 18&#x2F;8, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác "
                        + "<mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> năm 2024. Các đại biểu đã nghe báo cáo "
                        + "về kết quả xây dựng chính quyền điện tử và …  Hải Phòng đề nghị các <mark>sở</mark>, ngành "
                        + "tiếp tục đẩy mạnh <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark>. Nhiều doanh nghiệp "
                        + "trên địa bàn đã ứng dụng nền tảng <mark>số</mark> trong sản xuất và kinh doanh. Thành phố "
                        + "cũng đặt mục tiêu");
        // The passage with both query words outranks the earlier one with one.
        assertThat(highlight("\"kinh tế số\" OR logistics", "Kinh tế", "", LONG_TEXT).snippet())
                .isEqualTo("2030 <mark>kinh</mark> <mark>tế</mark> <mark>số</mark> chiếm 30% GRDP, với trọng tâm là "
                        + "cảng biển và <mark>logistics</mark>. Hội nghị kết thúc với lễ ký kết hợp tác giữa thành phố "
                        + "và các doanh nghiệp viễn thông lớn. …  <mark>kinh</mark> <mark>tế</mark> <mark>số</mark> tại "
                        + "địa phương. Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%, cao hơn mức bình "
                        + "quân của cả nước. Phát biểu tại hội nghị, Chủ tịch UBND thành phố Hải Phòng");
    }

    @Test
    void markupInTheArticleIsEscaped() {
        Highlights h = highlight("điều tra", "Công an thu giữ con dao", "Nghi phạm dùng dao.",
                "Vụ việc <script>alert('x')</script> đang được điều tra & xử lý \"nhanh\" / gấp.");

        assertThat(h.title()).isEqualTo("Công an thu giữ con dao");
        assertThat(h.snippet()).isEqualTo("Nghi phạm dùng dao.\nVụ việc &lt;script&gt;alert(&#x27;x&#x27;)"
                + "&lt;&#x2F;script&gt; đang được <mark>điều</mark> <mark>tra</mark> &amp; xử lý &quot;nhanh&quot; "
                + "&#x2F; gấp.");
    }

    @Test
    void withoutAMatchTheSnippetIsTheStartOfTheTextEscaped() {
        Highlights h = highlight("OCOP", "Làng nghề truyền thống <b>", "", LONG_TEXT);

        assertThat(h.title()).isEqualTo("Làng nghề truyền thống &lt;b&gt;");
        assertThat(h.snippet()).isEqualTo("Sáng 18&#x2F;8, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công "
                + "tác chuyển đổi số năm 2024. Các đại biểu đã nghe báo cáo về kết quả xây dựng chính quyền điện tử và "
                + "phát triển kinh tế số tại địa phương. Theo báo cáo, tỷ lệ hồ sơ trực …");
    }

    @Test
    void negatedAndOtherFieldWordsAreNotMarked() {
        assertThat(highlight("Hải Phòng NOT logistics", "Hải Phòng", "", "Cảng Hải Phòng và logistics.")
                .snippet()).isEqualTo("Cảng <mark>Hải</mark> <mark>Phòng</mark> và logistics.");
        Highlights scoped = highlight("title:\"Hải Phòng\" số", "Hải Phòng chuyển đổi số", "",
                "Hải Phòng đẩy mạnh chuyển đổi số.");
        assertThat(scoped.title()).isEqualTo("<mark>Hải</mark> <mark>Phòng</mark> chuyển đổi <mark>số</mark>");
        assertThat(scoped.snippet()).isEqualTo("Hải Phòng đẩy mạnh chuyển đổi <mark>số</mark>.");
    }

    private static Highlights highlight(String query, String title, String lead, String text) {
        Article article = Article.builder().canonicalUrl("https://example.vn/a.html").url("https://example.vn/a.html")
                .sourceId("example").origin(Origin.DOMESTIC).title(title).lead(lead).text(text)
                .fetchedAt(Instant.parse("2025-08-20T00:00:00Z")).build();
        return SnippetHighlighter.forQuery(query).highlight(article);
    }
}
