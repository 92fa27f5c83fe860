package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FileRunnerTest {

    private static final FileLine OK_LINE = new FeedLine("a.rss", "Tin", 1, List.of());

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails instead of hanging if broken
    void aTaskThatNeverEndsBecomesATimeoutAndTheNextTaskRuns() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (FileRunner runner = new FileRunner(Duration.ofMillis(50))) {
            FileLine hung = runner.process("treo.rss", file -> {
                never.await();
                return OK_LINE;
            });
            FileLine next = runner.process("a.rss", file -> OK_LINE);

            assertThat(hung).isEqualTo(new FailureLine("treo.rss",
                    "Quá thời gian xử lý cho phép (0.05 giây) — took longer than the time limit of 0.05 s"));
            assertThat(next).isEqualTo(OK_LINE);
        } finally {
            never.countDown();
        }
    }

    @Test
    void failuresOfAnyKindBecomeTheFilesError() {
        try (FileRunner runner = new FileRunner(Duration.ofSeconds(30))) {
            assertThat(runner.process("a", file -> {
                throw new UnusableFileException("Tệp rỗng", "the file is empty");
            })).isEqualTo(new FailureLine("a", "Tệp rỗng — the file is empty"));
            assertThat(runner.process("b", file -> {
                throw new IllegalStateException("parser bug");
            })).isEqualTo(new FailureLine("b",
                    "Lỗi khi xử lý tệp — processing failed: java.lang.IllegalStateException: parser bug"));
            assertThat(runner.process("c", file -> {
                throw new StackOverflowError();
            })).isEqualTo(new FailureLine("c", "Cấu trúc tệp lồng nhau quá sâu, không xử lý được"
                    + " — the file is nested too deeply to process"));
        }
    }

    @Test
    void processAllWritesOneLinePerFileInOrderAndFailsIfAnyFailed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLines out = new JsonLines(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int status;
        try (FileRunner runner = new FileRunner(Duration.ofSeconds(30))) {
            status = runner.processAll(List.of("1.rss", "2.rss", "3.rss"), file -> {
                if (file.equals("2.rss")) {
                    throw new UnusableFileException("Tệp rỗng", "the file is empty");
                }
                return new FeedLine(file, "Tin", 2, List.of());
            }, out);
        }

        assertThat(status).isEqualTo(PresswatchCli.FAILED);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"file\":\"1.rss\",\"ok\":true,\"title\":\"Tin\",\"items\":2,\"warnings\":[]}\n"
                        + "{\"file\":\"2.rss\",\"ok\":false,\"error\":\"Tệp rỗng — the file is empty\"}\n"
                        + "{\"file\":\"3.rss\",\"ok\":true,\"title\":\"Tin\",\"items\":2,\"warnings\":[]}\n");
    }

    @Test
    void processAllSucceedsWhenEveryFileDoes() {
        JsonLines out = new JsonLines(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (FileRunner runner = new FileRunner(Duration.ofSeconds(30))) {
            assertThat(runner.processAll(List.of("1.rss", "2.rss"), file -> OK_LINE, out)).isEqualTo(PresswatchCli.OK);
        }
    }
}
