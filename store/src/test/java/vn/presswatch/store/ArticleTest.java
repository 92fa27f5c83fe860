package vn.presswatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static Article.Builder valid() {
        return Article.builder().canonicalUrl("https://baohaiphong.vn/tin-1.html").sourceId("baohaiphong")
                .title("Hải Phòng").fetchedAt(Instant.parse("2025-08-18T03:00:00Z"));
    }

    @Test
    void idIsDerivedFromTheCanonicalUrlAndChecked() {
        Article a = valid().build();
        assertThat(a.id()).isEqualTo(Article.idFor("https://baohaiphong.vn/tin-1.html")).hasSize(32);
        assertThat(valid().url("https://baohaiphong.vn/tin-1.html?utm_source=fb").build().id()).isEqualTo(a.id());
        assertThat(valid().canonicalUrl("https://baohaiphong.vn/tin-2.html").build().id()).isNotEqualTo(a.id());
        assertThatThrownBy(() -> new Article("0".repeat(32), null, a.canonicalUrl(), "baohaiphong", Origin.DOMESTIC,
                "t", "", "", null, null, a.fetchedAt(), null, List.of(), null, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
    }

    @Test
    void textIsNormalisedToNfcAndDefaultsFilledIn() {
        String nfd = Normalizer.normalize("Hải Phòng", Normalizer.Form.NFD);
        Article a = valid().title(nfd).lead(null).text(null).localities(List.of(nfd, "Hải Phòng")).build();
        assertThat(a.title()).isEqualTo("Hải Phòng").isNotEqualTo(nfd);
        assertThat(a.lead()).isEmpty();
        assertThat(a.text()).isEmpty();
        assertThat(a.url()).isEqualTo(a.canonicalUrl());
        assertThat(a.localities()).containsExactly("Hải Phòng");
        assertThat(a.reportTime()).isEqualTo(a.fetchedAt());
    }

    @Test
    void oversizedOrMalformedValuesAreRejectedBeforeAnyWrite() {
        assertThatThrownBy(() -> valid().title("x".repeat(Article.MAX_TITLE + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> valid().text("x".repeat(Article.MAX_TEXT + 1)).build())
                .hasMessageContaining("text is 1000001 characters");
        assertThatThrownBy(() -> valid().localities(List.of("x".repeat(40_000))).build())
                .hasMessageContaining("locality");
        assertThatThrownBy(() -> valid().localities(Collections.nCopies(1, "a")).clusterId("c".repeat(300)).build())
                .hasMessageContaining("clusterId");
        assertThatThrownBy(() -> valid().canonicalUrl("ftp://baohaiphong.vn/x").build())
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> valid().sourceId("Báo Hải Phòng").build())
                .hasMessageContaining("sourceId");
        assertThatThrownBy(() -> valid().fetchedAt(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TopicScore("ocop", 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
