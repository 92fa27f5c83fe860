package vn.presswatch.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchQueueTest {

    @Test
    void searchesBeyondTheLimitWaitTheirTurnAndAllAnswer(@TempDir Path dir) throws Exception {
        AtomicLong clock = new AtomicLong();
        SearchQueue queue = new SearchQueue(2, new SearchCpuBudget(1, clock::get));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService users = Executors.newFixedThreadPool(8);
        try (LuceneIndex index = new LuceneIndex(dir.resolve("articles"), dir, false, 16)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(users.submit(() -> queue.run(searcher -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30);
                    while (System.nanoTime() < until) {
                        LockSupport.parkNanos(until - System.nanoTime());
                    }
                    running.decrementAndGet();
                    return n;
                }, index)));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            users.shutdownNow();
        }
        assertThat(most.get()).isLessThanOrEqualTo(2);
    }
}
