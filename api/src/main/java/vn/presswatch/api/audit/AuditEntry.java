package vn.presswatch.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.RecordType;

/**
 * One change: who did what to what, and when.
 *
 * @param id     time-ordered id (milliseconds, then random), so the newest sort last
 * @param at     when
 * @param actor  the user name, or {@code hệ thống} for the system itself
 * @param action what was done, a stable code such as {@code source.create} or {@code user.role}
 * @param target what it was done to, e.g. a source id or user name
 * @param detail a short description for people, in Vietnamese
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String detail) {

    public static final RecordType<AuditEntry> RECORD_TYPE = RecordType.of("audit", AuditEntry.class,
                    AuditEntry::id)
            .withAttribute("actor", e -> List.of(e.actor()))
            .withAttribute("action", e -> List.of(e.action()))
            .withAttribute("target", e -> List.of(e.target()));

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        target = Objects.requireNonNullElse(target, "");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
