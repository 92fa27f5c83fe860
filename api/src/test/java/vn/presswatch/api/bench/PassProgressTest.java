package vn.presswatch.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PassProgressTest {

    @Test
    void valuesBetweenSamplesAreInterpolatedAndBeyondThemHeld() {
        PassProgress p = new PassProgress(new double[] {0, 1, 3}, new long[] {0, 100, 500},
                new double[] {0, 0.5, 1.5});

        assertThat(p.storedAt(0)).isZero();
        assertThat(p.storedAt(1)).isEqualTo(100);
        assertThat(p.storedAt(2)).isEqualTo(300);
        assertThat(p.storedAt(10)).isEqualTo(500);
        assertThat(p.ingestCpuAt(2.5)).isEqualTo(1.25);
    }

    @Test
    void theRecorderCountsFromItsStartAndStopsOnce() throws Exception {
        AtomicLong stored = new AtomicLong(1_000);
        PassProgress.Recorder recorder = new PassProgress.Recorder(stored::get);
        stored.addAndGet(40);
        Thread.sleep(3 * PassProgress.SAMPLE_MILLIS);
        stored.addAndGet(60);

        PassProgress p = recorder.stop();

        assertThat(p.seconds().length).isGreaterThanOrEqualTo(3);
        assertThat(p.stored()[0]).isZero();
        assertThat(p.stored()[p.stored().length - 1]).isEqualTo(100);
        assertThat(p.seconds()).isSorted();
        assertThat(recorder.stop()).isSameAs(p);
    }

    @Test
    void everySampleNeedsEveryValue() {
        assertThatThrownBy(() -> new PassProgress(new double[] {0, 1}, new long[] {0}, new double[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
