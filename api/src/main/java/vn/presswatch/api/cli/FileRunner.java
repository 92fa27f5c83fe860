package vn.presswatch.api.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a file command's work one file at a time, each under a time limit, so that no file can stop the others:
 * a file that fails, hangs (a FIFO nobody writes to, a network mount that stopped answering) or takes too long
 * becomes a {@link FailureLine} and the next file is processed.
 *
 * <p>Each file runs on a daemon worker thread. A worker over the limit is interrupted and abandoned; if it ignores
 * the interrupt (blocked in a native read) it cannot keep the process alive after the command ends.
 */
final class FileRunner implements AutoCloseable {

    /** The work for one file: its line, or an {@link UnusableFileException} saying why there is none. */
    @FunctionalInterface
    interface FileTask {
        FileLine process(String file) throws Exception;
    }

    private final Duration limit;
    private final ExecutorService workers;

    FileRunner(Duration limit) {
        this.limit = limit;
        this.workers = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "presswatch-file");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Processes the files in order and writes one line for each.
     *
     * @return {@link PresswatchCli#OK} when every file was ok, else {@link PresswatchCli#FAILED}
     */
    int processAll(List<String> files, FileTask task, JsonLines out) {
        boolean allOk = true;
        for (String file : files) {
            FileLine line = process(file, task);
            out.write(line);
            allOk &= line.ok();
        }
        return allOk ? PresswatchCli.OK : PresswatchCli.FAILED;
    }

    /** The line for one file; never throws. */
    FileLine process(String file, FileTask task) {
        Future<FileLine> result = workers.submit(() -> task.process(file));
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            String seconds = BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
            return new FailureLine(file, "Quá thời gian xử lý cho phép (" + seconds + " giây)"
                    + " — took longer than the time limit of " + seconds + " s");
        } catch (ExecutionException e) {
            return new FailureLine(file, reason(e.getCause()));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            return new FailureLine(file, "Bị ngắt giữa chừng — interrupted");
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof UnusableFileException) {
            return failure.getMessage();
        }
        if (failure instanceof StackOverflowError) {
            return "Cấu trúc tệp lồng nhau quá sâu, không xử lý được — the file is nested too deeply to process";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Không đủ bộ nhớ để xử lý tệp — out of memory while processing the file";
        }
        // A bug in a parser must cost this file only.
        return "Lỗi khi xử lý tệp — processing failed: " + failure;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
