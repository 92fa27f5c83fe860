package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.classify.Correction;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** reindex, in-process against a real embedded store and the application's classifier. */
class ReindexCommandTest {
    /** Clearly about OCOP products; stored as if about the armed forces. */
    private static final Article OCOP = article("ocop-4-sao", "baohaiphong", "2025-08-18T03:00:00Z",
            "defense_security", "Hải Phòng có thêm 25 sản phẩm OCOP đạt 4 sao",
            "Nước mắm Cát Hải, bánh đa Kinh Môn và nhiều đặc sản làng nghề được công nhận sản phẩm OCOP, mở rộng thị "
                    + "trường tiêu thụ cho các làng nghề truyền thống.");
    /** Clearly about sovereignty at sea; stored as if about OCOP. */
    private static final Article ISLAND = article("truong-sa", "nhandan", "2025-07-01T01:00:00Z", "ocop",
            "Kiên quyết bảo vệ chủ quyền biển đảo Trường Sa",
            "Lực lượng hải quân thường xuyên tuần tra, bảo vệ chủ quyền biển đảo và ngư dân bám biển ở quần đảo "
                    + "Trường Sa, Hoàng Sa trên Biển Đông.");
    /** About OCOP too, but an editor said it is about poverty reduction and neutral. */
    private static final Article CORRECTED = article("lang-nghe", "baohaiphong", "2025-08-10T03:00:00Z",
            "defense_security", "Làng nghề bánh đa Kinh Môn có thêm sản phẩm OCOP",
            "Đặc sản bánh đa Kinh Môn được công nhận sản phẩm OCOP 3 sao, giúp người dân làng nghề tăng thu nhập.");

    @TempDir
    Path dir;

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.add("--presswatch.data-dir=" + dir.resolve("data"));
        return all.toArray(String[]::new);
    }

    private ArticleStore openStore() {
        return new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")));
    }

    /** An article stored with a wrong topic and tone, as an old classifier might have tagged it. */
    private static Article article(String slug, String source, String published, String wrongTopic, String title,
                                   String text) {
        return Article.builder()
                .canonicalUrl("https://" + source + ".example.vn/" + slug + ".html")
                .url("https://" + source + ".example.vn/" + slug + ".html")
                .sourceId(source).origin(Origin.DOMESTIC).language("vi").title(title).lead("").text(text)
                .publishedAt(Instant.parse(published)).fetchedAt(Instant.parse(published))
                .topics(List.of(new TopicScore(wrongTopic, 0.9)))
                .tone(Tone.NEGATIVE).localities(List.of())
                .build();
    }

    private static Article correctedVersion() {
        return CORRECTED.toBuilder().topics(List.of(new TopicScore("rural_poverty", 1.0))).tone(Tone.NEUTRAL).build();
    }

    @Test
    void retagsStoredArticlesKeepsCorrectionsAndPrintsASummary() {
        try (ArticleStore store = openStore()) {
            store.upsert(List.of(OCOP, ISLAND, correctedVersion()));
            store.records(Correction.RECORD_TYPE).put(new Correction("1755486000000-0a1b2c3d", CORRECTED.id(),
                    CORRECTED.title(), "lan", Instant.parse("2025-08-18T03:00:00Z"), List.of("defense_security"),
                    Tone.NEGATIVE, List.of("rural_poverty"), Tone.NEUTRAL, "bài nói về thu nhập của người dân"));
        }

        CliRun run = CliRun.run(args("reindex"));

        assertThat(run.status()).as(run.err()).isZero();
        // Not a terminal: plain progress lines, then the summary.
        assertThat(run.out()).contains("Gắn nhãn lại: 3/3 bài (100%)")
                .containsPattern("Xong: 3 bài, 2 thay đổi chủ đề/sắc thái, [23] bài được ghi lại, \\d+ giây"
                        + " — Done: 3 articles, 2 with changed topics/tone");
        try (ArticleStore store = openStore()) {
            Article ocop = store.get(OCOP.id()).orElseThrow();
            assertThat(ocop.topicIds()).contains("ocop").doesNotContain("defense_security");
            assertThat(ocop.localities()).contains("Hải Phòng");
            assertThat(store.get(ISLAND.id()).orElseThrow().topicIds()).contains("sovereignty").doesNotContain("ocop");
            Article corrected = store.get(CORRECTED.id()).orElseThrow();
            assertThat(corrected.topics()).containsExactly(new TopicScore("rural_poverty", 1.0));
            assertThat(corrected.tone()).isEqualTo(Tone.NEUTRAL);
            assertThat(store.count()).isEqualTo(3);
        }
    }

    @Test
    void sourceAndDaysLimitTheWalk() {
        Article olderOcop = article("ocop-2024", "baohaiphong", "2024-12-31T16:59:59Z", "defense_security",
                OCOP.title() + " năm 2024",
                OCOP.text());
        try (ArticleStore store = openStore()) {
            store.upsert(List.of(OCOP, ISLAND, olderOcop));
        }

        CliRun bySource = CliRun.run(args("reindex", "--source", "nhandan"));

        assertThat(bySource.status()).as(bySource.err()).isZero();
        assertThat(bySource.out()).contains("Xong: 1 bài, 1 thay đổi");
        try (ArticleStore store = openStore()) {
            assertThat(store.get(ISLAND.id()).orElseThrow().topicIds()).contains("sovereignty");
            assertThat(store.get(OCOP.id())).contains(OCOP);
            assertThat(store.get(olderOcop.id())).contains(olderOcop);
        }

        // 2024-12-31T16:59:59Z is 23:59:59 on 31 December in Viet Nam: --to includes that whole day.
        CliRun byDays = CliRun.run(args("reindex", "--source", "baohaiphong", "--from", "2024-12-31", "--to",
                "2024-12-31"));

        assertThat(byDays.out()).contains("Xong: 1 bài, 1 thay đổi");
        try (ArticleStore store = openStore()) {
            assertThat(store.get(olderOcop.id()).orElseThrow().topicIds()).contains("ocop");
            assertThat(store.get(OCOP.id())).contains(OCOP);
        }

        // Nothing changes the second time, so nothing is written.
        CliRun again = CliRun.run(args("reindex", "--source", "nhandan"));
        assertThat(again.out()).contains("Xong: 1 bài, 0 thay đổi chủ đề/sắc thái, 0 bài được ghi lại");

        CliRun none = CliRun.run(args("reindex", "--source", "vnexpress"));
        assertThat(none.status()).isZero();
        assertThat(none.out()).contains("Không có bài nào cần gắn nhãn lại");
    }

    @Test
    void wrongDaysAreUsageErrorsBeforeAnythingStarts() {
        CliRun notADate = CliRun.run(args("reindex", "--from", "18/08/2025"));
        assertThat(notADate.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(notADate.err()).contains("--from '18/08/2025' không phải ngày dạng NĂM-THÁNG-NGÀY");

        CliRun backwards = CliRun.run(args("reindex", "--from", "2025-08-18", "--to", "2025-08-01"));
        assertThat(backwards.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(backwards.err()).contains("--to is before --from");

        assertThat(CliRun.run(args("reindex", "--batch-size", "0")).status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }
}
