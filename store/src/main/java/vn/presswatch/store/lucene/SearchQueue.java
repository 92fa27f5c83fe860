package vn.presswatch.store.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Semaphore;
import vn.presswatch.store.StoreException;

/**
 * Runs searches at most a fixed number at once, and while articles are being written within a CPU budget; the
 * others wait in arrival order. Searches are CPU-bound: beyond a few at a time they only share the cores more
 * thinly, and each one takes its CPU from the crawl indexing on the same machine (issue 6). Queueing keeps a
 * burst of users from starving the crawl, and no search fails for it: it answers later. Thread-safe.
 */
final class SearchQueue {
    private final Semaphore permits;
    private final SearchCpuBudget budget;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean threadCpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();

    SearchQueue(int concurrent, SearchCpuBudget budget) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent must be >= 1: " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.budget = budget;
    }

    /** One search of {@code index}, run when its turn comes. */
    <R> R run(LuceneArticleStore.SearcherFunction<R> search, LuceneIndex index) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a search slot", e);
        }
        try {
            budget.awaitTurn();
            long start = cpuNanos();
            try {
                return LuceneArticleStore.read(index, search);
            } finally {
                budget.spend(cpuNanos() - start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a search slot", e);
        } finally {
            permits.release();
        }
    }

    /** This thread's CPU time, or the wall clock where the JVM cannot tell (which only overcharges). */
    private long cpuNanos() {
        return threadCpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
