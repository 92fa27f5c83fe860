package vn.presswatch.api.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress of a long command over a known number of items (articles to reindex, archive records to import, sources
 * to crawl): done/total, rate and time left. On a terminal it redraws one line in place, at most every
 * {@link #REDRAW_NANOS} ns; otherwise (a log file, a scheduled task's output) it prints a plain line at each tenth of
 * the work, so the output stays short. The command prints its own summary line after {@link #finish()}.
 *
 * <p>Thread-safe: workers may report items at the same time.
 */
final class Progress {
    /** A quarter of a second between redraws: smooth enough, and cheap however fast items come. */
    static final long REDRAW_NANOS = 250_000_000L;

    /** What is counted, e.g. ("bài", "articles"). */
    record Unit(String vietnamese, String english) {
        Unit {
            Objects.requireNonNull(vietnamese, "vietnamese");
            Objects.requireNonNull(english, "english");
        }
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final String label;
    private final Unit unit;
    private final long total;
    private final LongSupplier nanoTime;
    private final long started;
    private long done;
    private int lastTenth;
    private long lastRedraw;
    private int drawnWidth;

    /**
     * @param out      where to print
     * @param terminal whether {@code out} is a terminal (redraw one line) or not (a line per tenth)
     * @param label    what is being done, in Vietnamese, e.g. "Gắn nhãn lại"
     * @param unit     what is counted
     * @param total    how many items there are, {@code >= 0}
     * @param nanoTime the clock, {@link System#nanoTime} but in tests
     */
    Progress(PrintWriter out, boolean terminal, String label, Unit unit, long total, LongSupplier nanoTime) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0: " + total);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.label = Objects.requireNonNull(label, "label");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.total = total;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.started = nanoTime.getAsLong();
        this.lastRedraw = started - REDRAW_NANOS;
    }

    /** Progress on {@code out}, redrawn in place when the process runs on a terminal. */
    static Progress start(PrintWriter out, String label, Unit unit, long total) {
        return new Progress(out, System.console() != null, label, unit, total, System::nanoTime);
    }

    /** Counts {@code items} more as done, and shows it when it is time to. */
    synchronized void advance(long items) {
        if (items < 0) {
            throw new IllegalArgumentException("items must be >= 0: " + items);
        }
        done += items;
        long now = nanoTime.getAsLong();
        if (terminal) {
            if (now - lastRedraw >= REDRAW_NANOS || done >= total) {
                lastRedraw = now;
                redraw(now);
            }
        } else if (total > 0) {
            int tenth = (int) Math.min(10, done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(plainLine(now));
                out.flush();
            }
        }
    }

    /** Ends the redrawn line, so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (terminal && drawnWidth > 0) {
            redraw(nanoTime.getAsLong());
            out.println();
            out.flush();
            drawnWidth = 0;
        }
    }

    synchronized long done() {
        return done;
    }

    /** Time since the start. */
    Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - started);
    }

    private void redraw(long now) {
        // Vietnamese only: both languages would not fit one terminal line, and a wrapped line cannot be redrawn.
        double rate = rate(now);
        String line = String.format(Locale.ROOT, "%s: %d/%d %s (%d%%), %s %s/giây%s", label, done, total,
                unit.vietnamese(), percent(), rounded(rate), unit.vietnamese(),
                done < total && rate > 0 ? ", còn khoảng " + vietnamese(secondsLeft(rate)) : "");
        // Spaces over what is left of a longer previous line.
        String padding = " ".repeat(Math.max(0, drawnWidth - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        drawnWidth = line.length();
    }

    private String plainLine(long now) {
        double rate = rate(now);
        boolean left = done < total && rate > 0;
        long seconds = left ? secondsLeft(rate) : 0;
        return String.format(Locale.ROOT, "%s: %d/%d %s (%d%%), %s %s/giây%s — %d/%d %s, %s/s%s", label, done, total,
                unit.vietnamese(), percent(), rounded(rate), unit.vietnamese(),
                left ? ", còn khoảng " + vietnamese(seconds) : "", done, total, unit.english(), rounded(rate),
                left ? ", about " + english(seconds) + " left" : "");
    }

    private int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    private double rate(long now) {
        double seconds = (now - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    private long secondsLeft(double rate) {
        return (long) Math.ceil((total - done) / rate);
    }

    private static String rounded(double rate) {
        return rate >= 10 ? Long.toString(Math.round(rate)) : String.format(Locale.ROOT, "%.1f", rate);
    }

    static String vietnamese(long seconds) {
        if (seconds < 60) {
            return seconds + " giây";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " phút " + seconds % 60 + " giây";
        }
        return seconds / 3_600 + " giờ " + seconds % 3_600 / 60 + " phút";
    }

    static String english(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3_600 + " h " + seconds % 3_600 / 60 + " min";
    }
}
