package vn.presswatch.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The alert list's filters exactly as the user sent them, so that a list with a mistake (a bad date) comes back
 * filled in as it was, and so that the state counts and the pager keep the other filters.
 */
public record AlertListForm(String state, String rule, String assignee, String from, String to) {
    public AlertListForm {
        state = text(state);
        rule = text(rule);
        assignee = text(assignee);
        from = text(from);
        to = text(to);
    }

    static AlertListForm of(Map<String, List<String>> parameters) {
        return new AlertListForm(first(parameters, "state"), first(parameters, "rule"),
                first(parameters, "assignee"), first(parameters, "from"), first(parameters, "to"));
    }

    /** The list's address with these filters but {@code newState} ("" for every state). */
    public String withState(String newState) {
        String query = query(newState);
        return "/alerts" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The list's address with these filters, ready for {@code page=N}. */
    String pageBase() {
        String query = query(state);
        return "/alerts?" + (query.isEmpty() ? "" : query + "&");
    }

    private String query(String stateValue) {
        List<String> parts = new ArrayList<>();
        add(parts, "state", stateValue);
        add(parts, "rule", rule);
        add(parts, "assignee", assignee);
        add(parts, "from", from);
        add(parts, "to", to);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
