package vn.presswatch.api.web;

import java.util.Objects;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Source;

/**
 * A source and how its crawling goes, in the words the source list and the dashboard show.
 *
 * @param source      the source
 * @param state       its crawl state
 * @param status      "Đang theo dõi", "Đã tắt" or "Tự động tắt"
 * @param reason      why it needs attention (the last error, or that it was switched off), or null
 * @param lastSuccess dd/MM/yyyy HH:mm or "—"
 * @param lastError   when the last error happened, or "—"
 * @param nextPoll    when it is due, or "—"
 */
public record SourceRow(Source source, CrawlState state, String status, String reason, String lastSuccess,
                           String lastError, String nextPoll) {
    public SourceRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
    }

    static SourceRow of(Source source, CrawlState state) {
        String status;
        String reason = state.lastError();
        if (source.enabled()) {
            status = "Đang theo dõi";
        } else if (state.autoDisabled()) {
            status = "Tự động tắt";
            reason = "Tự động tắt sau " + state.consecutiveFailures() + " lần lỗi liên tiếp"
                    + (state.lastError() == null ? "" : ": " + state.lastError());
        } else {
            status = "Đã tắt";
            if (reason == null) {
                reason = "Biên tập viên đã tắt nguồn này.";
            }
        }
        return new SourceRow(source, state, status, reason, VietnamTime.format(state.lastSuccess()),
                VietnamTime.format(state.lastErrorAt()),
                source.enabled() ? VietnamTime.format(state.nextPoll()) : "—");
    }

    /** Switched off, or the last poll failed. */
    public boolean needsAttention() {
        return !source.enabled() || state.consecutiveFailures() > 0 || state.lastError() != null;
    }

    /** The status badge's colour. */
    public String statusKind() {
        if (!source.enabled()) {
            return state.autoDisabled() ? "negative" : "warn";
        }
        return state.consecutiveFailures() > 0 ? "warn" : "positive";
    }
}
