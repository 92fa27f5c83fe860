package vn.presswatch.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchCpuBudgetTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000_000 * MS);
    private final SearchCpuBudget budget = new SearchCpuBudget(0.25, now::get);

    @Test
    void withoutWritesSearchesAreNotMetered() {
        budget.spend(5_000 * MS);

        assertThat(budget.waitNanos()).isZero();
    }

    @Test
    void whileWritingSearchesSpendAQuarterCoreAfterASecondsWorth() {
        budget.wrote();
        budget.spend(250 * MS); // the bucket: a second at 0.25 cores
        assertThat(budget.waitNanos()).isZero();

        budget.spend(50 * MS);
        // 50 ms of debt refills at 0.25 cores in 200 ms.
        assertThat(budget.waitNanos()).isEqualTo(200 * MS);
        now.addAndGet(150 * MS);
        assertThat(budget.waitNanos()).isEqualTo(50 * MS);
        now.addAndGet(50 * MS);
        assertThat(budget.waitNanos()).isZero();
    }

    @Test
    void theBucketHoldsOneSecondAndWritesEndTheMetering() {
        budget.wrote();
        now.addAndGet(60_000 * MS); // a long pause fills the bucket only to its size
        budget.wrote();
        budget.spend(300 * MS);
        assertThat(budget.waitNanos()).isEqualTo(200 * MS);

        now.addAndGet(SearchCpuBudget.WRITING_WINDOW_NANOS);
        assertThat(budget.waitNanos()).as("no write for 5 s").isZero();
    }

    @Test
    void theBudgetMustBePositive() {
        assertThatThrownBy(() -> new SearchCpuBudget(0, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchCpuBudget(Double.NaN, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
