package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractedArticleTest {

    private static ExtractedArticle article(String lead, String text) {
        return new ExtractedArticle("Tiêu đề", lead, text, null, null, null, null, null);
    }

    @Test
    void leadAndTextDoesNotRepeatTheLead() {
        assertThat(article("Sapo.", "Thân bài.").leadAndText()).isEqualTo("Sapo.\n\nThân bài.");
        assertThat(article("Sapo.", "Sapo.\n\nThân bài.").leadAndText()).isEqualTo("Sapo.\n\nThân bài.");
        assertThat(article("", "Thân bài.").leadAndText()).isEqualTo("Thân bài.");
        assertThat(article("Sapo.", "").leadAndText()).isEqualTo("Sapo.");
    }

    @Test
    void textFieldsAreNeverNull() {
        assertThatThrownBy(() -> article(null, "")).isInstanceOf(NullPointerException.class).hasMessage("lead");
    }
}
