package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MicrodataStageTest {

    @Test
    void readsHeadlineDateAuthorAndArticleBody() {
        ArticleDraft draft = Pages.run(new MicrodataStage(200, new ContentRenderer()), """
                <article itemscope itemtype="https://schema.org/NewsArticle">
                  <h1 itemprop="headline">Cảng Lạch Huyện mở tuyến mới</h1>
                  <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
                  <time itemprop="datePublished" datetime="2025-08-18T02:15:00Z">18/8/2025</time>
                  <div itemprop="articleBody">%s<div class="share">Chia sẻ Facebook</div></div>
                </article>""".replace("%s", Pages.paragraphs("cảng biển", 3)));

        assertThat(draft.title()).isEqualTo("Cảng Lạch Huyện mở tuyến mới");
        assertThat(draft.author()).isEqualTo("Jane Doe");
        assertThat(draft.published()).isEqualTo(OffsetDateTime.parse("2025-08-18T02:15:00Z"));
        assertThat(draft.bodySource()).isEqualTo("microdata");
        assertThat(draft.body()).startsWith("Đoạn 1 về cảng biển").doesNotContain("Chia sẻ");
    }
}
