package vn.presswatch.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.report.OfficeProperties;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

class DigestBuilderTest {
    static final LocalDate DAY = LocalDate.of(2025, 5, 10);

    @TempDir
    Path dir;

    static DigestProperties properties(int maxItems) {
        return new DigestProperties(true, "06:30", "a@example.vn", "presswatch@example.vn", "https://pw.example.vn/",
                maxItems, 2, java.time.Duration.ZERO);
    }

    static OfficeProperties office(String localities) {
        return new OfficeProperties(null, null, null, null, "thành phố Hải Phòng", localities, null, null, null, null,
                null, null);
    }

    @Test
    void theWindowIsTheTwentyFourHoursBeforeTheSendTimeInVietnam() {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            DigestFixtures.fill(store);
            Digest digest = new DigestBuilder(store, properties(30), office("Hải Phòng")).build(DAY);

            assertThat(digest.from()).isEqualTo(DigestFixtures.FROM);
            assertThat(digest.to()).isEqualTo(DigestFixtures.TO);
            List<String> titles = titles(digest);
            assertThat(titles).contains("Mở đầu khung giờ", "Cuối khung giờ")
                    .doesNotContain("Trước khung giờ", "Sau khung giờ");
            // 2 edges + 3 syndicated copies + negative + disinformation + no topic; "Hà Nội" is filtered out.
            assertThat(digest.articles()).isEqualTo(8);
            assertThat(digest.stories()).isEqualTo(6);
        }
    }

    @Test
    void syndicatedCopiesFoldIntoTheEarliestWithTheOtherOutlets() {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            DigestFixtures.fill(store);
            Digest digest = new DigestBuilder(store, properties(30), office("Hải Phòng")).build(DAY);

            Digest.Section investment = section(digest, "investment");
            assertThat(investment.items()).hasSize(1);
            Digest.Item story = investment.items().get(0);
            assertThat(story.title()).isEqualTo("Khu công nghiệp mới");
            assertThat(story.outlet()).isEqualTo("Tuổi Trẻ");
            assertThat(story.otherOutlets()).containsExactly("VnExpress", "Báo Hải Phòng");
            assertThat(story.url()).isEqualTo("https://tuoitre.vn/dau-tu-1.html");
        }
    }

    @Test
    void negativeAndDisinformationComeFirstThenTopicsInTaxonomyOrderThenTheRest() {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            DigestFixtures.fill(store);
            Digest digest = new DigestBuilder(store, properties(30), office("Hải Phòng")).build(DAY);

            assertThat(digest.sections()).extracting(Digest.Section::id)
                    .containsExactly("attention", "ocop", "investment", "tourism_culture", "other");
            Digest.Section attention = digest.sections().get(0);
            assertThat(attention.title()).isEqualTo("Tin tiêu cực và thông tin sai lệch");
            assertThat(attention.items()).extracting(Digest.Item::title)
                    .containsExactly(DigestFixtures.HOSTILE_TITLE, "Ô nhiễm ở cảng");
            assertThat(digest.sections().get(4).title()).isEqualTo("Khác");
            assertThat(digest.topicCounts()).extracting(Digest.Count::id).startsWith("sovereignty", "human_rights",
                    "disinformation");
            assertThat(count(digest.topicCounts(), "investment")).isEqualTo(4);
            assertThat(count(digest.toneCounts(), "negative")).isEqualTo(1);
            assertThat(attention.search()).contains("from=2025-05-09", "to=2025-05-10", "locality=H%E1%BA%A3i");
        }
    }

    @Test
    void withoutConfiguredLocalitiesEveryArticleCountsAndSectionsAreCapped() {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            DigestFixtures.fill(store);
            Digest digest = new DigestBuilder(store, properties(1), office("")).build(DAY);

            assertThat(digest.articles()).isEqualTo(9);
            Digest.Section attention = section(digest, "attention");
            assertThat(attention.items()).extracting(Digest.Item::title).containsExactly("Tin Hà Nội");
            assertThat(attention.more()).isEqualTo(2);
        }
    }

    private static long count(List<Digest.Count> counts, String id) {
        return counts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().count();
    }

    private static Digest.Section section(Digest digest, String id) {
        return digest.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> titles(Digest digest) {
        return digest.sections().stream().flatMap(s -> s.items().stream()).map(Digest.Item::title).toList();
    }
}
