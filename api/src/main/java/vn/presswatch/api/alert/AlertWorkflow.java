package vn.presswatch.api.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.presswatch.api.audit.AuditEntry;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.api.service.WebAddresses;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * The handling of alerts: new, assigned to a user, then answered (with a note and the link to the published
 * response) or dismissed (with the reason); a closed alert can be reopened. Each step is checked against the state
 * the alert is in and written to the audit log, which is the alert's history. Blocking (store calls).
 */
@Singleton
public class AlertWorkflow {
    public static final int MAX_NOTE = 4_000;

    private final RecordCollection<AlertEvent> events;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    public AlertWorkflow(ArticleStore store, UserDirectory users, AuditLog audit, Clock clock) {
        this.events = store.records(AlertEvent.RECORD_TYPE);
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Which alerts to list; null or empty means no restriction.
     *
     * @param state    one state
     * @param ruleId   one rule
     * @param assignee one user
     * @param from     matched at or after
     * @param to       matched before
     */
    public record Filter(AlertState state, String ruleId, String assignee, Instant from, Instant to) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }

        boolean accepts(AlertEvent e) {
            return (state == null || e.state() == state)
                    && (ruleId == null || ruleId.isBlank() || e.ruleId().equals(ruleId))
                    && (assignee == null || assignee.isBlank() || assignee.equals(e.assignee()))
                    && (from == null || !e.matchedAt().isBefore(from))
                    && (to == null || e.matchedAt().isBefore(to));
        }
    }

    /** The alerts the filter accepts, newest first. */
    public List<AlertEvent> list(Filter filter) {
        Stream<AlertEvent> candidates;
        if (filter.state() != null) {
            candidates = events.find("state", filter.state().id()).stream();
        } else if (filter.ruleId() != null && !filter.ruleId().isBlank()) {
            candidates = events.find("rule", filter.ruleId()).stream();
        } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
            candidates = events.find("assignee", filter.assignee()).stream();
        } else {
            candidates = events.all().stream();
        }
        return candidates.filter(filter::accepts)
                .sorted(Comparator.comparing(AlertEvent::matchedAt).reversed().thenComparing(AlertEvent::id))
                .toList();
    }

    /** How many alerts opened in [from, to) are in each state now (every state present, possibly 0). */
    public Map<AlertState, Long> counts(Instant from, Instant to) {
        Map<AlertState, Long> counts = new EnumMap<>(AlertState.class);
        for (AlertState s : AlertState.values()) {
            counts.put(s, 0L);
        }
        list(new Filter(null, null, null, from, to)).forEach(e -> counts.merge(e.state(), 1L, Long::sum));
        return counts;
    }

    /** @throws RecordNotFoundException when there is no such alert */
    public AlertEvent require(String id) {
        return events.get(id).orElseThrow(() -> new RecordNotFoundException("Không có cảnh báo mã '" + id + "'."));
    }

    /** The alert's history from the audit log, oldest first. */
    public List<AuditEntry> history(String id) {
        return audit.about(id);
    }

    /** Gives the alert to {@code assignee} (an active user) to handle. */
    public AlertEvent assign(String actor, String id, String assignee) {
        String name = assignee == null ? "" : assignee.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("assignee: hãy chọn người xử lý");
        }
        User user = users.get(name).filter(User::enabled).orElseThrow(() -> new IllegalArgumentException(
                "assignee: không có người dùng đang hoạt động tên '" + name + "'"));
        AlertEvent alert = require(id);
        AlertEvent moved = move(actor, alert, AlertState.ASSIGNED, user.username(), alert.note(),
                alert.responseUrl());
        audit.record(actor, "alert.assign", id, "Giao cảnh báo \"" + shorten(alert.title()) + "\" cho "
                + user.displayName() + " (" + user.username() + ")");
        return moved;
    }

    /** Closes the alert as answered: what was done, and where the response was published (optional). */
    public AlertEvent answer(String actor, String id, String note, String responseUrl) {
        String cleanNote = note(note, "Hãy ghi nội dung đã phản hồi hoặc xử lý.");
        String link = responseUrl == null || responseUrl.isBlank() ? null : responseUrl.strip();
        if (link != null) {
            checkLink(link);
        }
        AlertEvent alert = require(id);
        AlertEvent moved = move(actor, alert, AlertState.ANSWERED, alert.assignee(), cleanNote, link);
        audit.record(actor, "alert.answer", id, "Đã phản hồi cảnh báo \"" + shorten(alert.title()) + "\": "
                + shorten(cleanNote) + (link == null ? "" : " — " + link));
        return moved;
    }

    /** Closes the alert as needing no answer, with the reason. */
    public AlertEvent dismiss(String actor, String id, String note) {
        String cleanNote = note(note, "Hãy ghi lý do bỏ qua.");
        AlertEvent alert = require(id);
        AlertEvent moved = move(actor, alert, AlertState.DISMISSED, alert.assignee(), cleanNote, null);
        audit.record(actor, "alert.dismiss", id, "Bỏ qua cảnh báo \"" + shorten(alert.title()) + "\": "
                + shorten(cleanNote));
        return moved;
    }

    /** Opens a closed alert again. */
    public AlertEvent reopen(String actor, String id) {
        AlertEvent alert = require(id);
        AlertEvent moved = move(actor, alert, AlertState.NEW, null, alert.note(), alert.responseUrl());
        audit.record(actor, "alert.reopen", id, "Mở lại cảnh báo \"" + shorten(alert.title()) + "\"");
        return moved;
    }

    private AlertEvent move(String actor, AlertEvent alert, AlertState to, String assignee, String note,
                            String responseUrl) {
        Objects.requireNonNull(actor, "actor");
        if (!alert.state().next().contains(to)) {
            throw new IllegalArgumentException("state: cảnh báo đang ở trạng thái \"" + alert.state()
                    .vietnameseName() + "\", không chuyển sang \"" + to.vietnameseName() + "\" được");
        }
        AlertEvent moved = alert.moved(to, assignee, note, responseUrl, actor, clock.instant());
        events.put(moved);
        return moved;
    }

    private static String note(String note, String missing) {
        String clean = note == null ? "" : note.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("note: " + missing);
        }
        if (clean.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note: ghi chú dài quá " + MAX_NOTE + " ký tự");
        }
        return clean;
    }

    private static void checkLink(String link) {
        if (!WebAddresses.isWebAddress(link) || link.length() > 2_000) {
            throw new IllegalArgumentException("responseUrl: đường dẫn bài phản hồi phải là địa chỉ http:// hoặc "
                    + "https:// đầy đủ");
        }
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
