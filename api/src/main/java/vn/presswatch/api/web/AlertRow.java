package vn.presswatch.api.web;

import java.util.Map;
import java.util.Objects;
import vn.presswatch.api.alert.AlertEvent;

/**
 * One alert in the list, ready to render; every field is plain text the template escapes.
 *
 * @param id        the alert id
 * @param href      its page
 * @param title     the headline of the first article that matched
 * @param outlet    the outlet's name (its id when the source is gone)
 * @param time      when it matched, dd/MM/yyyy HH:mm Vietnam time
 * @param ruleName  the rule's name when it matched
 * @param assignee  the display name of the person handling it, or null
 * @param state     the state badge
 * @param moreCopies how many other articles of the same story matched (0 for none)
 */
public record AlertRow(String id, String href, String title, String outlet, String time, String ruleName,
                       String assignee, Badge state, int moreCopies) {
    public AlertRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }

    static AlertRow of(AlertEvent e, Map<String, String> outlets, Map<String, String> people) {
        return new AlertRow(e.id(), AlertLinks.alert(e.id()), e.title(),
                e.sourceId() == null ? "—" : outlets.getOrDefault(e.sourceId(), e.sourceId()),
                VietnamTime.format(e.matchedAt()), e.ruleName() == null ? "—" : e.ruleName(),
                e.assignee() == null ? null : people.getOrDefault(e.assignee(), e.assignee()),
                AlertStateBadges.of(e.state()), e.copies() - 1);
    }
}
