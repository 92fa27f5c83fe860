package vn.presswatch.crawler.warc;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What reading an archive (so far) gave: pages delivered, responses skipped by reason, and records that are not
 * responses at all (warcinfo, request, metadata, revisit, ...), which are expected and not counted as skipped.
 *
 * @param pages        pages delivered
 * @param skipped      skipped responses per reason; every reason is present, zero when none
 * @param otherRecords records that are not HTTP responses
 */
public record WarcReadSummary(long pages, Map<SkipReason, Long> skipped, long otherRecords) {

    public WarcReadSummary {
        Objects.requireNonNull(skipped, "skipped");
        Map<SkipReason, Long> all = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            all.put(reason, skipped.getOrDefault(reason, 0L));
        }
        skipped = Map.copyOf(all);
    }

    public long skipped(SkipReason reason) {
        return skipped.get(reason);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** For the office, e.g. "Đã đọc 120 trang, bỏ qua 7 (không phải HTML: 4, mã trạng thái HTTP khác 200: 3, ...)". */
    public String vietnameseSummary() {
        return String.format(Locale.ROOT, "Đã đọc %d trang, bỏ qua %d (%s)", pages, skippedTotal(),
                reasons(SkipReason::vietnamese));
    }

    /** For logs, e.g. "read 120 pages, skipped 7 (not 200: 3, not HTML: 4, too big: 0, unreadable: 0); 240 other records". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "read %d pages, skipped %d (%s); %d other records", pages, skippedTotal(),
                reasons(SkipReason::english), otherRecords);
    }

    private String reasons(Function<SkipReason, String> label) {
        StringBuilder text = new StringBuilder();
        for (SkipReason reason : SkipReason.values()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(label.apply(reason)).append(": ").append(skipped(reason));
        }
        return text.toString();
    }
}
