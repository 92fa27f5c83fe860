package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small helpers: text normalisation, language codes, URLs, metadata lines. */
class TextUtilitiesTest {

    @Test
    void plainTextCollapsesSpacesKeepsParagraphsAndDropsInvisibleHyphens() {
        assertThat(PlainText.line("  Hải\u00A0 Phòng\n ")).isEqualTo("Hải Phòng");
        assertThat(PlainText.paragraphs(" Một  hai \n\n\n\n ba\nbốn \n")).isEqualTo("Một hai\n\nba\nbốn");
        assertThat(PlainText.line("Mit\u00ADtel\u00ADal\u00ADter")).isEqualTo("Mittelalter");
        assertThat(PlainText.key("Hải Phòng, 2025!")).isEqualTo("hảiphòng2025");
    }

    @Test
    void languageCodesComeFromTags() {
        assertThat(Languages.code("vi-VN")).isEqualTo("vi");
        assertThat(Languages.code("vi_VN")).isEqualTo("vi");
        assertThat(Languages.code("EN")).isEqualTo("en");
        assertThat(Languages.code("Vietnamese")).isNull();
        assertThat(Languages.code("")).isNull();
    }

    @Test
    void urlsAreResolvedAndOnlyHttpKept() {
        assertThat(Urls.absolute("/anh/1.jpg", "https://example.vn/a/b.html")).isEqualTo("https://example.vn/anh/1.jpg");
        assertThat(Urls.absolute("//cdn.example.vn/x.jpg", "https://example.vn/")).isEqualTo("https://cdn.example.vn/x.jpg");
        assertThat(Urls.absolute("javascript:void(0)", "https://example.vn/")).isNull();
        assertThat(Urls.absolute("http://[bad", "https://example.vn/")).isNull();
    }

    @Test
    void metadataLinesAreDatesAndCredits() {
        assertThat(MetadataLines.isDateLine("Thứ Hai, 18/8/2025, 10:30 (GMT+7)")).isTrue();
        assertThat(MetadataLines.isDateLine("Cập nhật lúc 10:30 ngày 18/8/2025")).isTrue();
        assertThat(MetadataLines.isDateLine("20. Mai 2019 - von Annette Henkel")).isTrue();
        assertThat(MetadataLines.isDateLine("May 31, 2012")).isTrue();
        assertThat(MetadataLines.isDateLine("Termin: 29.02.2020, 19 Uhr")).isFalse();
        assertThat(MetadataLines.isDateLine("Hải Phòng")).isFalse();
        assertThat(MetadataLines.isCredit("Ảnh: TTXVN")).isTrue();
        assertThat(MetadataLines.isCredit("(Credit: Getty Images)")).isTrue();
        assertThat(MetadataLines.isCredit("Trybunał Konstytucyjny / Shutterstock")).isTrue();
        assertThat(MetadataLines.isCredit("Thành phố có 150 sản phẩm OCOP.")).isFalse();
    }

    @Test
    void hintsReadClassWordsButNotTaxonomyTermsOrModifiers() {
        org.jsoup.nodes.Element e = new org.jsoup.nodes.Element("div");
        assertThat(ElementHints.hint(e.attr("class", "postMeta"))).isEqualTo(ElementHints.Hint.LINE);
        assertThat(ElementHints.hint(e.attr("class", "box-tinlienquan"))).isEqualTo(ElementHints.Hint.REGION);
        assertThat(ElementHints.hint(e.attr("class", "post tag-social category-sharing"))).isEqualTo(ElementHints.Hint.NONE);
        assertThat(ElementHints.hint(e.attr("class", "Section Section--Ads"))).isEqualTo(ElementHints.Hint.NONE);
        assertThat(ElementHints.hint(e.attr("class", "card-body"))).isEqualTo(ElementHints.Hint.NONE);
        assertThat(ElementHints.isArticleBody(e.attr("class", "fck_detail"))).isTrue();
    }
}
