package vn.presswatch.api.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * Records every change made through the application (sources, users, corrections, alert rules) in the store,
 * and in the log. Entries are never changed or deleted by the application.
 */
@Singleton
public class AuditLog {
    /** The actor of changes the application makes by itself (the first admin account, the demo account). */
    public static final String SYSTEM = "hệ thống";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final RecordCollection<AuditEntry> entries;
    private final Clock clock;

    public AuditLog(ArticleStore store, Clock clock) {
        this.entries = store.records(AuditEntry.RECORD_TYPE);
        this.clock = clock;
    }

    public AuditEntry record(String actor, String action, String target, String detail) {
        Instant at = clock.instant();
        AuditEntry entry = new AuditEntry(TimeOrderedIds.of(at), at, actor, action, target, detail);
        entries.put(entry);
        LOG.info("audit: {} {} {}", actor, action, target);
        return entry;
    }

    /** The history of one thing (a source, an alert, a user), oldest first. */
    public List<AuditEntry> about(String target) {
        return entries.find("target", target).stream().sorted(Comparator.comparing(AuditEntry::id)).toList();
    }

    /**
     * The newest entries first, optionally only one actor's or one action's.
     *
     * @param actor  user name, or null for all
     * @param action action code, or null for all
     * @param limit  at most this many
     */
    public List<AuditEntry> recent(String actor, String action, int limit) {
        List<AuditEntry> all;
        if (actor != null && !actor.isBlank()) {
            all = entries.find("actor", actor.strip());
        } else if (action != null && !action.isBlank()) {
            all = entries.find("action", action.strip());
        } else {
            all = entries.all();
        }
        return all.stream()
                .filter(e -> action == null || action.isBlank() || e.action().equals(action.strip()))
                .sorted(Comparator.comparing(AuditEntry::id).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }
}
