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
    /** Most entries one listing returns. */
    public static final int MAX_LISTED = 10_000;
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
        int n = Math.max(1, Math.min(limit, MAX_LISTED));
        boolean byActor = actor != null && !actor.isBlank();
        boolean byAction = action != null && !action.isBlank();
        if (byActor && byAction) {
            // Rare (the page filters by one or the other): the actor's newest entries, then their action.
            return entries.latest("actor", actor.strip(), MAX_LISTED).stream()
                    .filter(e -> e.action().equals(action.strip())).limit(n).toList();
        }
        // Only the newest entries are read, however long the log has grown.
        return byActor ? entries.latest("actor", actor.strip(), n)
                : byAction ? entries.latest("action", action.strip(), n)
                : entries.latest(null, null, n);
    }
}
