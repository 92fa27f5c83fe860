package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFallbackStageTest {

    @Test
    void takesTheHeadlineElementFirst() {
        assertThat(Pages.run(new TitleFallbackStage(), "<title>Trang - Báo</title><h1>Tiêu đề trên trang</h1>").title())
                .isEqualTo("Tiêu đề trên trang");
    }

    @Test
    void otherwiseTheDocumentTitleWithoutTheSiteName() {
        assertThat(Pages.run(new TitleFallbackStage(), "<title>Khai mạc lễ hội Hoa Phượng Đỏ | Báo Hải Phòng</title>").title())
                .isEqualTo("Khai mạc lễ hội Hoa Phượng Đỏ");
    }
}
