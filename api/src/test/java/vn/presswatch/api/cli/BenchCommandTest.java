package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * bench ingest and bench api with tiny runs, in-process against the real pipeline and store and a demo site in a
 * child process: what they store and print, not how fast (the lead measures at a quiet moment).
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestStoresEveryArticleAndPrintsTheFigures() {
        Path data = dir.resolve("data");

        CliRun run = CliRun.run("bench", "ingest", "--articles", "200", "--warmup", "100",
                "--data-dir", data.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(PresswatchCli.OK);
        assertThat(run.out())
                .contains("200 bài mới, khởi động 100 bài (không tính)")
                .contains("Khởi động — warm-up: 100 bài")
                .contains("Bài đã lưu — articles stored: 200 (lỗi — failed: 0 bài — articles, 0 nguồn — sources)")
                .containsPattern("Tốc độ — rate: \\d+\\.\\d bài/s")
                .containsPattern("CPU của tiến trình này — this process's CPU: \\d+\\.\\d\\d s = \\d+\\.\\d\\d ms/bài")
                .containsPattern("Heap đỉnh — peak heap: [1-9]\\d* MB")
                .containsPattern("500\\.000 bài trong \\d+\\.\\d phút");
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(data))) {
            assertThat(store.count()).isEqualTo(300);
        }
    }

    @Test
    void apiLoadRunsWhileIngestingAndNoRequestFails() {
        CliRun run = CliRun.run("bench", "api", "--articles", "200", "--warmup", "100", "--seconds", "3",
                "--clients", "3", "--data-dir", dir.resolve("data").toString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(PresswatchCli.OK);
        assertThat(run.out())
                .containsPattern("  GET /api/articles: [1-9]\\d* yêu cầu — requests, p50 \\d+\\.\\d ms, p99 "
                        + "\\d+\\.\\d ms, max \\d+\\.\\d ms, lỗi — failures 0")
                .containsPattern("  GET /api/stats/topics: [1-9]\\d* yêu cầu")
                .contains("lỗi — failures: 0")
                .containsPattern("Thu thập khi có tải — ingest under load: \\d+\\.\\d bài/s");
    }

    @Test
    void alertsMatchEveryExampleAndEveryAlertReachesTheWebhook() {
        CliRun run = CliRun.run("bench", "alerts", "--rules", "50", "--rounds", "1", "--latency-articles", "40");

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(PresswatchCli.OK);
        assertThat(run.out())
                .contains("50 quy tắc, 2")
                .containsPattern("so khớp — matching: trung bình \\d+\\.\\d{3} ms/bài \\(p99 \\d+\\.\\d{3} ms")
                .containsPattern("\\d+\\.\\d quy tắc khớp mỗi bài")
                .contains("51 quy tắc bật): 40/40 cảnh báo nhận được")
                .contains("40 trong 60 s");
    }

    @Test
    void articlesMustFillWholeFeedPages() {
        CliRun run = CliRun.run("bench", "ingest", "--articles", "150");

        assertThat(run.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(run.err()).contains("--articles phải là bội số dương của 100").contains("150");
    }

    @Test
    void aDataDirectoryWithDataIsRefused() throws Exception {
        Files.writeString(dir.resolve("old.txt"), "x", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("bench", "ingest", "--articles", "100", "--data-dir", dir.toString());

        assertThat(run.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(run.err()).contains(dir.toString()).contains("phải là thư mục trống");
    }
}
