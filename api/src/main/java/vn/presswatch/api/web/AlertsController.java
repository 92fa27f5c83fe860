package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertRules;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.api.alert.AlertWorkflow;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.ArticleFilter;

/**
 * The alerts: a list with counts per state and filters (anyone may read it), and each alert's page with its
 * history, where editors assign, answer, dismiss or reopen it. Every step goes through {@link AlertWorkflow},
 * which checks it against the alert's state and audits it.
 */
@Controller("/alerts")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class AlertsController {
    static final int PAGE_SIZE = 20;
    private static final Map<String, String> NOTICES = Map.of(
            "assigned", "Đã giao cảnh báo cho người xử lý.",
            "answered", "Đã ghi nhận phản hồi. Cảnh báo đã đóng.",
            "dismissed", "Đã bỏ qua cảnh báo.",
            "reopened", "Đã mở lại cảnh báo.");
    /** The fields of each form, to show a message beside its field rather than above the page. */
    private static final Map<String, Set<String>> FORM_FIELDS = Map.of(
            "assign", Set.of("assignee"),
            "answer", Set.of("note", "responseUrl"),
            "dismiss", Set.of("note"),
            "reopen", Set.of());

    private final AlertWorkflow workflow;
    private final AlertRules rules;
    private final UserDirectory users;
    private final ArticleRows rows;

    public AlertsController(AlertWorkflow workflow, AlertRules rules, UserDirectory users, ArticleRows rows) {
        this.workflow = workflow;
        this.rules = rules;
        this.users = users;
        this.rows = rows;
    }

    @Get
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        AlertListForm form = AlertListForm.of(parameters);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("stateOptions", List.of(AlertState.values()));
        model.put("ruleOptions", rules.list());
        model.put("userOptions", users.all().stream().sorted(Comparator.comparing(User::username)).toList());
        try {
            AlertState state = form.state().isBlank() ? null : state(form.state());
            // Only the parameters the list shares with the search: a stray search parameter is no error here.
            Map<String, List<String>> shared = new HashMap<>();
            for (String name : List.of("from", "to", "page")) {
                if (parameters.containsKey(name)) {
                    shared.put(name, parameters.get(name));
                }
            }
            ArticleQuery period = ArticleQuery.parse(shared);
            ArticleFilter range = period.filter();
            List<AlertEvent> matching = workflow.list(new AlertWorkflow.Filter(null, form.rule(), form.assignee(),
                    range.from(), range.to()));
            model.put("counts", counts(matching, form, state));
            List<AlertEvent> shown = state == null ? matching
                    : matching.stream().filter(e -> e.state() == state).toList();
            Map<String, String> outlets = rows.outletNames();
            Map<String, String> people = people();
            model.put("total", shown.size());
            model.put("alerts", shown.stream().skip((long) (period.page() - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                    .map(e -> AlertRow.of(e, outlets, people)).toList());
            model.put("pager", Pager.of(period.page(), PAGE_SIZE, shown.size(), form.pageBase()));
            return HttpResponse.ok(new ModelAndView<>("alerts", model));
        } catch (IllegalArgumentException e) {
            // ArticleQuery and AlertState name the parameter and what is wrong, in Vietnamese.
            model.put("error", e.getMessage());
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("alerts", model));
        }
    }

    @Get("/{id}")
    public MutableHttpResponse<?> alert(@PathVariable String id, @Nullable @QueryValue String ok) {
        try {
            return HttpResponse.ok(page(id, ok == null ? null : NOTICES.get(ok), null, null, Map.of(), Map.of()));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Post("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> assign(@PathVariable String id, @Body Map<String, String> form,
                                         Authentication user) {
        return step(id, "assign", form, () -> workflow.assign(user.getName(), id, form.get("assignee")), "assigned");
    }

    @Post("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> answer(@PathVariable String id, @Body Map<String, String> form,
                                         Authentication user) {
        return step(id, "answer", form,
                () -> workflow.answer(user.getName(), id, form.get("note"), form.get("responseUrl")), "answered");
    }

    @Post("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> dismiss(@PathVariable String id, @Body Map<String, String> form,
                                          Authentication user) {
        return step(id, "dismiss", form, () -> workflow.dismiss(user.getName(), id, form.get("note")), "dismissed");
    }

    @Post("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> reopen(@PathVariable String id, Authentication user) {
        return step(id, "reopen", Map.of(), () -> workflow.reopen(user.getName(), id), "reopened");
    }

    /**
     * Runs one workflow step and redirects to the alert (post/redirect/get); a refused step comes back as a 400
     * with the form as typed and the message beside its field. The workflow's messages start with the field they
     * are about ("note: …"); one about no field of the form (the state) goes above the forms.
     */
    private MutableHttpResponse<?> step(String id, String formName, Map<String, String> form, Runnable action,
                                        String notice) {
        try {
            try {
                action.run();
                return HttpResponse.seeOther(URI.create(AlertLinks.alert(id) + "?ok=" + notice));
            } catch (IllegalArgumentException e) {
                String message = e.getMessage() == null ? "" : e.getMessage();
                int colon = message.indexOf(": ");
                String field = colon > 0 ? message.substring(0, colon) : "";
                String text = sentence(colon > 0 ? message.substring(colon + 2) : message);
                boolean besideField = FORM_FIELDS.get(formName).contains(field);
                return HttpResponse.badRequest(page(id, null, besideField ? null : text, formName,
                        besideField ? Map.of(field, text) : Map.of(), form));
            }
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    private ModelAndView<Map<String, Object>> page(String id, String notice, String error, String failed,
                                                   Map<String, String> errors, Map<String, String> values) {
        AlertEvent alert = workflow.require(id);
        Map<String, String> people = people();
        Map<String, Object> model = new HashMap<>();
        model.put("alert", alert);
        model.put("href", AlertLinks.alert(id));
        model.put("state", AlertStateBadges.of(alert.state()));
        model.put("open", alert.state().open());
        model.put("outlet", alert.sourceId() == null ? "—"
                : rows.outletNames().getOrDefault(alert.sourceId(), alert.sourceId()));
        model.put("published", VietnamTime.format(alert.publishedAt()));
        model.put("matched", VietnamTime.format(alert.matchedAt()));
        model.put("updated", VietnamTime.format(alert.updatedAt()));
        model.put("updatedBy", alert.updatedBy() == null ? null : person(alert.updatedBy(), people));
        model.put("assignee", alert.assignee() == null ? null : person(alert.assignee(), people));
        model.put("articleHref", AlertLinks.article(alert.articleId()));
        model.put("originalUrl", AlertLinks.external(alert.url()));
        model.put("responseUrl", AlertLinks.external(alert.responseUrl()));
        model.put("history", workflow.history(id).stream()
                .map(h -> new HistoryRow(VietnamTime.format(h.at()), person(h.actor(), people), h.detail()))
                .toList());
        model.put("assignees", users.all().stream().filter(User::enabled)
                .sorted(Comparator.comparing(User::displayName)).toList());
        model.put("notice", notice);
        model.put("error", error);
        model.put("failed", failed == null ? "" : failed);
        model.put("errors", errors);
        model.put("values", values);
        return new ModelAndView<>("alert", model);
    }

    private List<StateCount> counts(List<AlertEvent> alerts, AlertListForm form, AlertState current) {
        Map<AlertState, Long> byState = new EnumMap<>(AlertState.class);
        alerts.forEach(e -> byState.merge(e.state(), 1L, Long::sum));
        List<StateCount> counts = new ArrayList<>();
        counts.add(new StateCount("all", "Tất cả", alerts.size(), form.withState(""), current == null, ""));
        for (AlertState s : AlertState.values()) {
            counts.add(new StateCount(s.id(), s.vietnameseName(), byState.getOrDefault(s, 0L),
                    form.withState(s.id()), s == current, AlertStateBadges.of(s).kind()));
        }
        return counts;
    }

    private Map<String, String> people() {
        return users.all().stream().collect(Collectors.toMap(User::username, User::displayName, (a, b) -> a));
    }

    private static String person(String username, Map<String, String> people) {
        String name = people.get(username);
        return name == null || name.equals(username) ? username : name + " (" + username + ")";
    }

    private static AlertState state(String value) {
        try {
            return AlertState.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state: " + e.getMessage(), e);
        }
    }

    private static String sentence(String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            return clean;
        }
        String first = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }

    private static MutableHttpResponse<?> notFound(String id) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy cảnh báo",
                "Không có cảnh báo mã '" + id + "'.");
    }

    /** A count per state at the top of the list, linking to the list of that state. */
    public record StateCount(String id, String name, long count, String href, boolean current, String kind) {
    }

    /** One step of an alert's history. */
    public record HistoryRow(String at, String who, String what) {
    }
}
