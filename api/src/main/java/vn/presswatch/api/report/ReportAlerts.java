package vn.presswatch.api.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.api.alert.AlertWorkflow;

/**
 * The alerts part of a report: the alerts opened in the period by the state they are in now (the same counts as
 * {@code /api/stats/alerts}), and the list of them with how each was handled.
 */
final class ReportAlerts {
    private ReportAlerts() {
    }

    static ReportData.AlertSummary collect(AlertWorkflow workflow, Instant from, Instant to,
                                           Map<String, String> outlets) {
        Map<AlertState, Long> counts = workflow.counts(from, to);
        List<ReportData.Count> states = new ArrayList<>();
        counts.forEach((state, n) -> states.add(new ReportData.Count(state.id(), state.vietnameseName(), n)));
        List<AlertEvent> alerts = workflow.list(new AlertWorkflow.Filter(null, null, null, from, to)).stream()
                .sorted(Comparator.comparing(AlertEvent::matchedAt)).toList();
        List<ReportData.AlertLine> listed = alerts.stream().limit(ReportData.AlertSummary.MAX_LISTED)
                .map(a -> new ReportData.AlertLine(a.title(), a.url() == null ? "" : a.url(),
                        outlets.getOrDefault(a.sourceId(), a.sourceId() == null ? "" : a.sourceId()),
                        a.ruleName() == null ? "" : a.ruleName(), a.matchedAt(), a.state().id(),
                        a.state().vietnameseName(), a.assignee() == null ? "" : a.assignee(),
                        a.state().open() || a.note() == null ? "" : a.note(),
                        a.responseUrl() == null ? "" : a.responseUrl()))
                .toList();
        return new ReportData.AlertSummary(states, listed, alerts.size());
    }
}
