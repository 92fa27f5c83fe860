package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRulesStageTest {

    private static final SiteRules RULES = SiteRules.of(List.of(new SiteRule(List.of("baodiaphuong.vn"),
            List.of("h1.missing", "h1.tieu-de"), List.of(".sapo"), List.of(".noi-dung"), List.of(".ngay-dang"),
            List.of(".tac-gia"), List.of(".box-lien-ket"), "test rule")));

    private static final String PAGE = """
            <html><body>
            <h1 class="tieu-de">Tiêu đề theo quy tắc</h1>
            <span class="ngay-dang">Thứ Hai, 18/8/2025, 10:30 (GMT+7)</span>
            <span class="tac-gia">Minh Hà</span>
            <div class="sapo">Sapo của bài viết theo quy tắc riêng của báo.</div>
            <div class="noi-dung">%s<div class="box-lien-ket"><a href="/x">Bài khác cùng chủ đề rất đáng đọc</a></div></div>
            </body></html>""".replace("%s", Pages.paragraphs("nông thôn mới", 3));

    @Test
    void appliesTheRuleForTheHost() {
        ArticleDraft draft = new ArticleDraft();
        new SiteRulesStage(RULES, 200, new ContentRenderer()).apply(Pages.page(PAGE, "https://www.baodiaphuong.vn/a.html"), draft);

        assertThat(draft.title()).as("the second selector is the fallback").isEqualTo("Tiêu đề theo quy tắc");
        assertThat(draft.lead()).isEqualTo("Sapo của bài viết theo quy tắc riêng của báo.");
        assertThat(draft.author()).isEqualTo("Minh Hà");
        assertThat(draft.published()).isEqualTo(OffsetDateTime.parse("2025-08-18T10:30:00+07:00"));
        assertThat(draft.bodySource()).isEqualTo("site-rules");
        assertThat(draft.body()).startsWith("Đoạn 1 về nông thôn mới").doesNotContain("Bài khác cùng chủ đề");
    }

    @Test
    void doesNothingOnOtherHosts() {
        ArticleDraft draft = new ArticleDraft();
        new SiteRulesStage(RULES, 200, new ContentRenderer()).apply(Pages.page(PAGE, "https://other.vn/a.html"), draft);

        assertThat(draft.title()).isNull();
        assertThat(draft.body()).isNull();
    }

    @Test
    void leavesAShortBodyToTheGenericExtractor() {
        ArticleDraft draft = new ArticleDraft();
        new SiteRulesStage(RULES, 200, new ContentRenderer()).apply(
                Pages.page("<h1 class=\"tieu-de\">T</h1><div class=\"noi-dung\"><p>Ngắn.</p></div>", "https://baodiaphuong.vn/a"),
                draft);

        assertThat(draft.body()).isNull();
    }
}
