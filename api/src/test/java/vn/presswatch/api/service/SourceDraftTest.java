package vn.presswatch.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

class SourceDraftTest {

    private static SourceDraft draft(String id, String name, List<String> feeds,
                                     List<SourceDraft.SectionPageDraft> sections, String country, String language,
                                     String level, String origin) {
        return new SourceDraft(id, name, null, feeds, null, sections, country, language, level, origin, null);
    }

    @Test
    void aValidDraftBecomesANormalisedUnverifiedSource() {
        Source source = draft(" baohaiphong ", " Báo Hải Phòng ", List.of("https://baohaiphong.vn/rss", " ", ""),
                List.of(new SourceDraft.SectionPageDraft("https://baohaiphong.vn/thoi-su", "article h3 > a")),
                "vn", "VI", "government-portal", "Domestic").toSource(true);

        assertThat(source.id()).isEqualTo("baohaiphong");
        assertThat(source.name()).isEqualTo("Báo Hải Phòng");
        assertThat(source.feedUrls()).containsExactly("https://baohaiphong.vn/rss");
        assertThat(source.country()).isEqualTo("VN");
        assertThat(source.language()).isEqualTo("vi");
        assertThat(source.level()).isEqualTo(SourceLevel.GOVERNMENT_PORTAL);
        assertThat(source.origin()).isEqualTo(Origin.DOMESTIC);
        assertThat(source.enabled()).isTrue();
        assertThat(source.verified()).isFalse();
    }

    @Test
    void everyWrongFieldGetsItsOwnVietnameseMessage() {
        SourceDraft bad = draft("Báo HP", " ", List.of("baohaiphong.vn/rss"),
                List.of(new SourceDraft.SectionPageDraft("https://baohaiphong.vn/x", "div:has(")),
                "Việt Nam", "vie", "tinh", "noi-dia");

        assertThatThrownBy(() -> bad.toSource(true)).isInstanceOfSatisfying(SourceValidationException.class, e -> {
            Map<String, String> fields = e.fields();
            assertThat(fields).containsOnlyKeys("id", "name", "feedUrls", "sectionPages", "country", "language",
                    "level", "origin");
            assertThat(fields.get("id")).contains("'Báo HP'", "chữ thường không dấu");
            assertThat(fields.get("feedUrls")).contains("số 1", "'baohaiphong.vn/rss'");
            assertThat(fields.get("sectionPages")).contains("Trang chuyên mục số 1", "'div:has('");
            assertThat(fields.get("country")).contains("'Việt Nam'", "ISO 3166-1");
            assertThat(fields.get("language")).contains("'vie'", "ISO 639-1");
            assertThat(fields.get("level")).contains("'tinh'", "local (Báo chí địa phương)");
            assertThat(fields.get("origin")).contains("domestic", "foreign");
            assertThat(e.getMessage()).startsWith("Nguồn tin không hợp lệ: id: ");
        });
    }

    @Test
    void aSourceNeedsSomethingToPoll() {
        SourceDraft nothing = draft("trong", "Trống", List.of(), List.of(), "VN", "vi", "", "domestic");

        assertThatThrownBy(() -> nothing.toSource(true)).isInstanceOfSatisfying(SourceValidationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("feedUrls")
                        .containsValue("Cần ít nhất một địa chỉ RSS/Atom, sitemap hoặc trang chuyên mục để thu thập."));
    }

    @Test
    void aSectionPageNeedsASelector() {
        SourceDraft noSelector = draft("trang", "Trang", List.of(),
                List.of(new SourceDraft.SectionPageDraft("https://trang.vn/tin", " ")), "VN", "vi", null, "foreign");

        assertThatThrownBy(() -> noSelector.toSource(true)).isInstanceOfSatisfying(SourceValidationException.class,
                e -> assertThat(e.fields().get("sectionPages")).contains("cần bộ chọn CSS"));
    }

    @Test
    void aStoredSourceRoundTripsThroughItsDraft() {
        Source source = new Source("rfa", "RFA", "https://www.rfa.org/vietnamese/",
                List.of("https://www.rfa.org/vietnamese/rss2.xml"), List.of("https://www.rfa.org/sitemap.xml"),
                List.of(new Source.SectionPage("https://www.rfa.org/vietnamese/news", "h2 a")), "US", "vi",
                SourceLevel.FOREIGN, Origin.FOREIGN, false, true);

        assertThat(SourceService.check(source)).isEqualTo(source);
    }
}
