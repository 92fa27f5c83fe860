package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line on a terminal and in a log, with a clock the test moves. */
class ProgressTest {
    private static final Progress.Unit ARTICLES = new Progress.Unit("bài", "articles");
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong(5 * SECOND);

    private Progress progress(boolean terminal, long total) {
        return new Progress(new PrintWriter(text), terminal, "Gắn nhãn lại", ARTICLES, total, clock::get);
    }

    @Test
    void withoutATerminalOneLinePerTenthWithRateAndTimeLeft() {
        Progress progress = progress(false, 1_000);
        for (int i = 0; i < 40; i++) {
            clock.addAndGet(SECOND / 4);
            progress.advance(25); // 100 a second
        }
        progress.finish();

        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("Gắn nhãn lại: 100/1000 bài (10%), 100 bài/giây, còn khoảng 9 giây"
                + " — 100/1000 articles, 100/s, about 9 s left");
        assertThat(lines[9])
                .isEqualTo("Gắn nhãn lại: 1000/1000 bài (100%), 100 bài/giây — 1000/1000 articles, 100/s");
        assertThat(text.toString()).doesNotContain("\r");
        assertThat(progress.done()).isEqualTo(1_000);
        assertThat(progress.elapsed().toSeconds()).isEqualTo(10);
    }

    @Test
    void bigStepsPrintOnceAndNothingIsPrintedPastTheEnd() {
        Progress progress = progress(false, 10);
        clock.addAndGet(SECOND);
        progress.advance(7);
        progress.advance(0);
        clock.addAndGet(SECOND);
        progress.advance(5); // more than announced: articles stored meanwhile
        assertThat(text.toString().split("\n")).hasSize(2);
        assertThat(text.toString()).contains("7/10 bài (70%)").contains("12/10 bài (100%)");
    }

    @Test
    void onATerminalOneLineIsRedrawnAtMostFourTimesASecondThenEnded() {
        Progress progress = progress(true, 100_000);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(SECOND / 100);
            progress.advance(100);
        }
        String drawn = text.toString();
        assertThat(drawn).doesNotContain("\n");
        // Drawn at 0.01, 0.26, 0.51 and 0.76 s.
        assertThat(drawn.chars().filter(c -> c == '\r').count()).isEqualTo(4);
        assertThat(drawn).endsWith("\rGắn nhãn lại: 7600/100000 bài (7%), 10000 bài/giây, còn khoảng 10 giây");

        clock.addAndGet(SECOND * 3_600);
        progress.advance(100);
        progress.finish();
        assertThat(text.toString())
                .endsWith("\rGắn nhãn lại: 10100/100000 bài (10%), 2.8 bài/giây, còn khoảng 8 giờ 54 phút\n");
    }

    @Test
    void durationsInBothLanguages() {
        assertThat(Progress.vietnamese(59)).isEqualTo("59 giây");
        assertThat(Progress.vietnamese(61)).isEqualTo("1 phút 1 giây");
        assertThat(Progress.vietnamese(7_260)).isEqualTo("2 giờ 1 phút");
        assertThat(Progress.english(7_260)).isEqualTo("2 h 1 min");
    }
}
