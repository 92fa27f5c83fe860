package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** report: the command line writes the same report as the API, atomically, and names bad options. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.add("--presswatch.data-dir=" + dir.resolve("data"));
        return all.toArray(String[]::new);
    }

    @Test
    void aCsvReportOfAMonthCountsItsArticles() throws Exception {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")))) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                articles.add(Article.builder().canonicalUrl("https://baohaiphong.vn/" + i + ".html")
                        .sourceId("baohaiphong").origin(Origin.DOMESTIC).title("Tin " + i)
                        .publishedAt(Instant.parse("2025-05-10T03:00:00Z").plusSeconds(3_600L * i))
                        .fetchedAt(Instant.parse("2025-05-10T03:00:00Z")).language("vi").topic("ocop").build());
            }
            store.upsert(articles);
        }
        Path csv = dir.resolve("bao-cao.csv");

        CliRun run = CliRun.run(args("report", "--from", "2025-05-01", "--to", "2025-05-31", "--format", "csv",
                "--out", csv.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("tháng 5 năm 2025");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnhóm,mã,tên,số tin bài").contains("tổng,,\"Tổng số tin, bài\",12")
                .contains("chủ đề,ocop,\"OCOP, làng nghề, đặc sản\",12");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aBadDateOrFormatIsAUsageError() {
        CliRun badDate = CliRun.run(args("report", "--from", "2025-13-01", "--to", "2025-05-31", "--out", "x.docx"));
        CliRun badFormat = CliRun.run(args("report", "--from", "2025-05-01", "--to", "2025-05-31", "--format", "pdf",
                "--out", "x.pdf"));

        assertThat(badDate.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(badDate.err()).contains("--from", "YYYY-MM-DD");
        assertThat(badFormat.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(badFormat.err()).contains("docx, xlsx hoặc csv");
    }
}
