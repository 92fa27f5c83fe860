package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.api.cli.CliRun.fieldNames;
import static vn.presswatch.api.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheArticleOfAVietnamesePageAsOneJsonLine() {
        String file = fixture("vi-article.html");

        CliRun run = CliRun.run("extract", file);

        assertThat(run.status()).isEqualTo(PresswatchCli.OK);
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(1);
        JsonNode article = lines.get(0);
        assertThat(fieldNames(article)).containsExactly(
                "file", "ok", "title", "lead", "text", "author", "published", "canonicalUrl", "language");
        assertThat(article.get("file").asText()).isEqualTo(file);
        assertThat(article.get("ok").asBoolean()).isTrue();
        assertThat(article.get("title").asText())
                .isEqualTo("Hải Phòng đón đoàn đại biểu thành phố kết nghĩa Kitakyushu");
        assertThat(article.get("lead").asText()).startsWith("Sáng 12/9, lãnh đạo thành phố tiếp đoàn đại biểu");
        assertThat(article.get("text").asText())
                .contains("hai bên đánh giá cao kết quả hợp tác")
                .contains("coi đây là trụ cột hợp tác của giai đoạn tới.")
                .doesNotContain("Giấy phép số", "Trang chủ");
        assertThat(article.get("author").asText()).isEqualTo("Thu Trang");
        assertThat(article.get("published").asText()).isEqualTo("2025-09-12T08:15:00+07:00");
        assertThat(article.get("canonicalUrl").asText())
                .isEqualTo("https://baocangbien.example.vn/doi-ngoai/hai-phong-don-doan-kitakyushu-2001.html");
        assertThat(article.get("language").asText()).isEqualTo("vi");
    }

    @Test
    void givesThePublicationTimeInVietnamTimeWhateverOffsetThePageUsed() {
        JsonNode article = CliRun.run("extract", fixture("en-article.html")).lines().get(0);

        // The page says 2025-10-03T01:30:00Z.
        assertThat(article.get("published").asText()).isEqualTo("2025-10-03T08:30:00+07:00");
        assertThat(article.get("language").asText()).isEqualTo("en");
        assertThat(article.get("author").asText()).isEqualTo("Jane Carter");
        assertThat(article.get("lead").asText()).startsWith("Hai Phong wants its deep-water terminals");
    }

    @Test
    void missingFieldsAreNullAndTheUrlOptionGivesTheCanonicalUrl() {
        JsonNode without = CliRun.run("extract", fixture("vi-windows-1258.html")).lines().get(0);
        JsonNode with = CliRun.run("extract", "--url", "https://gomchudau.example.vn/tin/lang-nghe.html",
                fixture("vi-windows-1258.html")).lines().get(0);

        assertThat(without.get("author").isNull()).isTrue();
        assertThat(without.get("published").isNull()).isTrue();
        assertThat(without.get("canonicalUrl").isNull()).isTrue();
        assertThat(with.get("canonicalUrl").asText()).isEqualTo("https://gomchudau.example.vn/tin/lang-nghe.html");
    }

    @Test
    void decodesAPageThatDeclaresWindows1258() {
        JsonNode article = CliRun.run("extract", fixture("vi-windows-1258.html")).lines().get(0);

        assertThat(article.get("title").asText()).isEqualTo("Làng nghề gốm Chu Đậu đón khách quốc tế");
        assertThat(article.get("text").asText()).contains("Các nghệ nhân giới thiệu quy trình làm gốm truyền thống");
    }

    @Test
    void decodesAnUndeclaredPageThatIsNotUtf8AsWindows1258() throws IOException {
        String declared = new String(Files.readAllBytes(Path.of(fixture("vi-windows-1258.html"))),
                StandardCharsets.ISO_8859_1);
        String undeclared = declared.replaceFirst("<meta http-equiv=\"Content-Type\"[^>]*>", "");
        assertThat(undeclared).isNotEqualTo(declared);
        Path page = Files.write(tmp.resolve("undeclared.html"), undeclared.getBytes(StandardCharsets.ISO_8859_1));

        JsonNode article = CliRun.run("extract", page.toString()).lines().get(0);

        assertThat(article.get("title").asText()).isEqualTo("Làng nghề gốm Chu Đậu đón khách quốc tế");
    }

    @Test
    void reportsEachUnusableFileAndGoesOnWithTheNext() throws IOException {
        Path missing = tmp.resolve("khong-co.html");
        Path directory = Files.createDirectory(tmp.resolve("thu-muc"));
        Path png = Files.write(tmp.resolve("anh.html"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        CliRun run = CliRun.run("extract", fixture("empty.txt"), missing.toString(), fixture("plain.txt"),
                fixture("feed-vi.rss"), fixture("entity-expansion.rss"), directory.toString(), png.toString(),
                fixture("vi-article.html"));

        assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(line -> line.get("file").asText()).containsExactly(
                fixture("empty.txt"), missing.toString(), fixture("plain.txt"), fixture("feed-vi.rss"),
                fixture("entity-expansion.rss"), directory.toString(), png.toString(), fixture("vi-article.html"));
        assertThat(lines.subList(0, 7)).allSatisfy(line -> {
            assertThat(line.get("ok").asBoolean()).isFalse();
            assertThat(fieldNames(line)).containsExactly("file", "ok", "error");
        });
        assertThat(lines).extracting(line -> line.path("error").asText()).containsExactly(
                "Tệp rỗng — the file is empty",
                "Không tìm thấy tệp — no such file",
                "Tệp không có mã HTML, không phải trang web — no HTML markup found: not a web page",
                "Đây là nguồn tin RSS/Atom hoặc sitemap, không phải trang HTML (dùng lệnh parse-feed)"
                        + " — an RSS/Atom feed or a sitemap, not an HTML page (use parse-feed)",
                "Đây là nguồn tin RSS/Atom hoặc sitemap, không phải trang HTML (dùng lệnh parse-feed)"
                        + " — an RSS/Atom feed or a sitemap, not an HTML page (use parse-feed)",
                "Đây là thư mục, không phải tệp — this is a directory, not a file",
                "Tệp là dữ liệu nhị phân, không phải trang HTML — binary data, not an HTML page",
                "");
        assertThat(lines.get(7).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(7).get("title").asText()).startsWith("Hải Phòng đón đoàn");
    }

    @Test
    void survivesAbsurdlyDeepNesting() throws IOException {
        Path page = Files.writeString(tmp.resolve("sau.html"), "<html><body>" + "<div>".repeat(200_000)
                + "<p>Đoạn văn nằm rất sâu.</p>" + "</div>".repeat(200_000) + "</body></html>", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("extract", page.toString(), fixture("vi-article.html"));

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("file").asText()).isEqualTo(page.toString());
        assertThat(lines.get(1).get("ok").asBoolean()).isTrue();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails instead of hanging if broken
    void aFileOverTheTimeLimitIsReportedAndTheNextFileStillRuns() throws Exception {
        try (Fifo fifo = new Fifo(tmp.resolve("treo.html"))) {
            CliRun run = CliRun.run("extract", "--timeout", "0.2", fifo.path.toString(), fixture("vi-article.html"));

            assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
            List<JsonNode> lines = run.lines();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).get("ok").asBoolean()).isFalse();
            assertThat(lines.get(0).get("error").asText())
                    .isEqualTo("Quá thời gian xử lý cho phép (0.2 giây) — took longer than the time limit of 0.2 s");
            assertThat(lines.get(1).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void keepsStdoutForDataAndStartsNoServer() {
        RecordingEnvironment environment = new RecordingEnvironment();

        CliRun.run(environment, "extract", fixture("vi-article.html"));

        assertThat(environment.stdoutReservations).isEqualTo(1);
        assertThat(environment.serverStarts).isEmpty();
    }

    @Test
    void usageErrorsPrintNothingOnStdout() {
        for (String[] args : List.of(new String[] {"extract"}, new String[] {"extract", "--url", "ftp://x/", "a.html"},
                new String[] {"extract", "--url", "trang.html", "a.html"},
                new String[] {"extract", "--timeout", "-1", "a.html"},
                new String[] {"extract", "--timeout", "mười", "a.html"},
                new String[] {"extract", "--bogus", "a.html"})) {
            RecordingEnvironment environment = new RecordingEnvironment();

            CliRun run = CliRun.run(environment, args);

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(PresswatchCli.USAGE_ERROR);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args))
                    .startsWith("Lệnh không hợp lệ — usage error: ")
                    .contains("presswatch extract --help");
            assertThat(environment.stdoutReservations).isZero();
        }
    }
}
