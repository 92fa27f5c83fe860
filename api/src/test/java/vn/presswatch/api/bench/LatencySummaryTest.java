package vn.presswatch.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreNearestRankOverUnsortedLatencies() {
        // 1..100 ms, shuffled by a stride coprime with 100.
        long[] nanos = LongStream.range(0, 100).map(i -> ((i * 37) % 100 + 1) * 1_000_000L).toArray();

        LatencySummary s = LatencySummary.of("GET /x", nanos, 3);

        assertThat(s.requests()).isEqualTo(100);
        assertThat(s.failures()).isEqualTo(3);
        assertThat(s.p50Millis()).isEqualTo(50.0);
        assertThat(s.p99Millis()).isEqualTo(99.0);
        assertThat(s.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void oneSlowRequestInTenIsTheP99() {
        long[] nanos = {1, 1, 1, 1, 1, 1, 1, 1, 1, 9_000_000};

        LatencySummary s = LatencySummary.of("GET /x", nanos, 0);

        assertThat(s.p50Millis()).isEqualTo(1e-6);
        assertThat(s.p99Millis()).isEqualTo(9.0);
    }

    @Test
    void noRequestsIsAllZeros() {
        LatencySummary s = LatencySummary.of("GET /x", new long[0], 0);

        assertThat(s.requests()).isZero();
        assertThat(s.p99Millis()).isZero();
        assertThat(s.maxMillis()).isZero();
    }

    @Test
    void moreFailuresThanRequestsIsRefused() {
        assertThatThrownBy(() -> LatencySummary.of("GET /x", new long[] {1}, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
