package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.api.cli.CliRun.fieldNames;
import static vn.presswatch.api.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ParseFeedCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTitleAndItemCountOfRssAndAtomFeeds() {
        CliRun run = CliRun.run("parse-feed", fixture("feed-vi.rss"), fixture("feed-en.atom"));

        assertThat(run.status()).isEqualTo(PresswatchCli.OK);
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        JsonNode rss = lines.get(0);
        assertThat(fieldNames(rss)).containsExactly("file", "ok", "title", "items", "warnings");
        assertThat(rss.get("file").asText()).isEqualTo(fixture("feed-vi.rss"));
        assertThat(rss.get("ok").asBoolean()).isTrue();
        assertThat(rss.get("title").asText()).isEqualTo("Báo Cảng Biển - Đối ngoại");
        assertThat(rss.get("items").asInt()).isEqualTo(3);
        assertThat(rss.get("warnings")).isEmpty();
        JsonNode atom = lines.get(1);
        assertThat(atom.get("title").asText()).isEqualTo("World News Daily - Asia");
        assertThat(atom.get("items").asInt()).isEqualTo(2);
    }

    @Test
    void reportsEachBrokenFileWithItsReasonAndGoesOnWithTheNext() {
        Path missing = tmp.resolve("khong-co.rss");

        CliRun run = CliRun.run("parse-feed", fixture("empty.txt"), fixture("feed-truncated.rss"),
                fixture("feed-mismatched-tags.rss"), fixture("not-a-feed.html"), fixture("plain.txt"),
                fixture("nested-deep.rss"), missing.toString(), fixture("feed-vi.rss"));

        assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 7)).allSatisfy(line -> {
            assertThat(fieldNames(line)).containsExactly("file", "ok", "error");
            assertThat(line.get("ok").asBoolean()).isFalse();
        });
        assertThat(lines.get(0).get("error").asText()).isEqualTo("Tệp rỗng — the file is empty");
        assertThat(lines.get(1).get("error").asText())
                .startsWith("Nguồn tin bị cắt cụt, XML kết thúc giữa chừng — XML ends too early at line ");
        assertThat(lines.get(2).get("error").asText())
                .startsWith("Nguồn tin có lỗi cú pháp XML không sửa được — XML broken at line 5 ");
        assertThat(lines.get(3).get("error").asText())
                .startsWith("Đây là trang HTML, không phải nguồn tin RSS/Atom — not a feed: ")
                .contains("https://baocangbien.example.vn/rss/doi-ngoai.rss");
        assertThat(lines.get(4).get("error").asText())
                .startsWith("Không phải nguồn tin RSS/Atom — not a feed: the body is plain text");
        assertThat(lines.get(5).get("error").asText()).startsWith("Cấu trúc XML lồng nhau quá sâu — ");
        assertThat(lines.get(6).get("error").asText()).isEqualTo("Không tìm thấy tệp — no such file");
        assertThat(lines.get(7).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(7).get("items").asInt()).isEqualTo(3);
    }

    @Test
    void entitiesAreNeverExpanded() {
        CliRun run = CliRun.run("parse-feed", fixture("entity-expansion.rss"));

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(1);
        // Either refused or read with the entity left as text; a billion "ha"s must not appear.
        assertThat(run.out()).doesNotContain("hahaha").hasSizeLessThan(2_000);
    }

    @Test
    void survivesMillionsOfNestedElements() throws IOException {
        Path feed = Files.writeString(tmp.resolve("long-sau.rss"), "<rss version=\"2.0\"><channel>"
                + "<a>".repeat(1_000_000) + "</a>".repeat(1_000_000) + "</channel></rss>", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("parse-feed", feed.toString(), fixture("feed-en.atom"));

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("error").asText()).startsWith("Cấu trúc XML lồng nhau quá sâu — ");
        assertThat(lines.get(1).get("ok").asBoolean()).isTrue();
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingItAll() throws IOException {
        Path big = tmp.resolve("qua-lon.rss");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 11; i++) {
                out.write(block);
            }
        }

        JsonNode line = CliRun.run("parse-feed", big.toString()).lines().get(0);

        assertThat(line.get("error").asText())
                .isEqualTo("Tệp quá lớn (giới hạn 10 MiB) — the file is too large: more than 10485760 bytes");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails instead of hanging if broken
    void aFileOverTheTimeLimitIsReportedAndTheNextFileStillRuns() throws Exception {
        try (Fifo fifo = new Fifo(tmp.resolve("treo.rss"))) {
            CliRun run = CliRun.run("parse-feed", "--timeout", "0.25", fifo.path.toString(), fixture("feed-vi.rss"));

            assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
            List<JsonNode> lines = run.lines();
            assertThat(lines).extracting(line -> line.get("ok").asBoolean()).containsExactly(false, true);
            assertThat(lines.get(0).get("error").asText())
                    .isEqualTo("Quá thời gian xử lý cho phép (0.25 giây) — took longer than the time limit of 0.25 s");
        }
    }

    @Test
    void theUrlOptionMustBeAnAbsoluteWebAddress() {
        CliRun run = CliRun.run("parse-feed", "--url", "/rss/tin-moi.rss", fixture("feed-vi.rss"));

        assertThat(run.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--url", "absolute http(s) URL");
        assertThat(CliRun.run("parse-feed", "--url", "https://baocangbien.example.vn/rss/doi-ngoai.rss",
                fixture("feed-vi.rss")).status()).isEqualTo(PresswatchCli.OK);
    }

    @Test
    void keepsStdoutForDataAndStartsNoServer() {
        RecordingEnvironment environment = new RecordingEnvironment();

        CliRun.run(environment, "parse-feed", fixture("feed-vi.rss"));

        assertThat(environment.stdoutReservations).isEqualTo(1);
        assertThat(environment.serverStarts).isEmpty();
    }
}
