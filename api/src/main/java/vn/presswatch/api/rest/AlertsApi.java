package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertOutbox;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.alert.AlertRuleDraft;
import vn.presswatch.api.alert.AlertRules;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.api.alert.AlertWorkflow;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.SearchResult;

/**
 * Keyword alerts: the rules (with the "test this rule" preview), the alerts they raised and their handling
 * (assign, answer, dismiss, reopen), the deliveries and their failures, and the counts per state for a period.
 */
@Controller("/api")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "alerts", description = "Cảnh báo theo từ khóa và xử lý thông tin sai lệch")
public class AlertsApi {
    private final AlertRules rules;
    private final AlertWorkflow workflow;
    private final AlertOutbox outbox;
    private final ArticleMapper mapper;
    private final Clock clock;

    public AlertsApi(AlertRules rules, AlertWorkflow workflow, AlertOutbox outbox, ArticleMapper mapper,
                     Clock clock) {
        this.rules = rules;
        this.workflow = workflow;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Get("/alert-rules")
    @Operation(summary = "Every alert rule, by name")
    public List<AlertJson.Rule> listRules() {
        return rules.list().stream().map(AlertJson.Rule::of).toList();
    }

    @Get("/alert-rules/{id}")
    @Operation(summary = "One rule with its 20 latest deliveries")
    public AlertJson.RuleDetail getRule(@PathVariable String id) {
        AlertRule rule = rules.require(id);
        return new AlertJson.RuleDetail(AlertJson.Rule.of(rule),
                outbox.ofRule(id, 20).stream().map(AlertJson.Delivery::of).toList());
    }

    @Post("/alert-rules")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Add a rule (editor)", description = "400 with a message per wrong field (name, query, "
            + "topics, tones, sources, origin, emails, webhookUrl, batching).")
    public HttpResponse<AlertJson.Rule> createRule(@Body AlertRuleDraft draft, Authentication user) {
        AlertRule rule = rules.create(user.getName(), draft);
        return HttpResponse.created(AlertJson.Rule.of(rule), URI.create("/api/alert-rules/" + rule.id()));
    }

    @Put("/alert-rules/{id}")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Change a rule (editor); enabled may be left out to keep it")
    public AlertJson.Rule updateRule(@PathVariable String id, @Body AlertRuleDraft draft, Authentication user) {
        return AlertJson.Rule.of(rules.update(user.getName(), id, draft));
    }

    @Post("/alert-rules/{id}/enable")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Switch a rule on (editor)")
    public AlertJson.Rule enableRule(@PathVariable String id, Authentication user) {
        return AlertJson.Rule.of(rules.setEnabled(user.getName(), id, true));
    }

    @Post("/alert-rules/{id}/disable")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Switch a rule off (editor)")
    public AlertJson.Rule disableRule(@PathVariable String id, Authentication user) {
        return AlertJson.Rule.of(rules.setEnabled(user.getName(), id, false));
    }

    @Delete("/alert-rules/{id}")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Delete a rule (editor); its alerts stay as the record of what was handled")
    public AlertJson.Rule deleteRule(@PathVariable String id, Authentication user) {
        return AlertJson.Rule.of(rules.delete(user.getName(), id));
    }

    @Post("/alert-rules/preview")
    @Operation(summary = "Test a rule before saving it: the articles it would have matched in the last days",
            description = "Body: a rule as for POST /api/alert-rules. days: 1-366 (default 30); size: 1-100.")
    public ArticleJson.Page preview(@Body AlertRuleDraft draft, @Nullable @QueryValue Integer days,
                                    @Nullable @QueryValue Integer size) {
        int limit = size == null ? 20 : size;
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("size: phải từ 1 đến 100");
        }
        int back = days == null ? AlertRules.PREVIEW_DAYS : days;
        if (back < 1 || back > 366) {
            throw new IllegalArgumentException("days: phải từ 1 đến 366");
        }
        SearchResult result = rules.preview(draft, back, limit);
        Map<String, String> names = mapper.sourceNames();
        return new ArticleJson.Page(result.total(), 1, limit,
                result.hits().stream().map(h -> mapper.hit(h, names)).toList());
    }

    @Get("/alerts")
    @Operation(summary = "Alerts, newest first",
            description = "Query parameters: state (new, assigned, answered, dismissed), rule, assignee, from, to "
                    + "(days YYYY-MM-DD, Vietnam time, to inclusive), page, size (1-100).")
    public AlertJson.Page listAlerts(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        ArticleQuery paging = ArticleQuery.parse(parameters);
        List<AlertEvent> alerts = workflow.list(filter(parameters, paging.filter()));
        int from = (paging.page() - 1) * paging.size();
        List<AlertJson.Alert> page = alerts.stream().skip(from).limit(paging.size()).map(AlertJson.Alert::of)
                .toList();
        return new AlertJson.Page(alerts.size(), paging.page(), paging.size(), page);
    }

    @Get("/alerts/{id}")
    @Operation(summary = "One alert with its history")
    public AlertJson.AlertDetail getAlert(@PathVariable String id) {
        return AlertJson.AlertDetail.of(workflow.require(id), workflow.history(id));
    }

    @Post("/alerts/{id}/assign")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Assign an alert to a user (editor)")
    public AlertJson.Alert assign(@PathVariable String id, @Body AlertJson.Assign body, Authentication user) {
        return AlertJson.Alert.of(workflow.assign(user.getName(), id, body.assignee()));
    }

    @Post("/alerts/{id}/answer")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Close an alert as answered, with a note and the link to the published response (editor)")
    public AlertJson.Alert answer(@PathVariable String id, @Body AlertJson.Close body, Authentication user) {
        return AlertJson.Alert.of(workflow.answer(user.getName(), id, body.note(), body.responseUrl()));
    }

    @Post("/alerts/{id}/dismiss")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Close an alert as needing no answer, with the reason (editor)")
    public AlertJson.Alert dismiss(@PathVariable String id, @Body AlertJson.Close body, Authentication user) {
        return AlertJson.Alert.of(workflow.dismiss(user.getName(), id, body.note()));
    }

    @Post("/alerts/{id}/reopen")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Open a closed alert again (editor)")
    public AlertJson.Alert reopen(@PathVariable String id, Authentication user) {
        return AlertJson.Alert.of(workflow.reopen(user.getName(), id));
    }

    @Get("/alert-deliveries")
    @Operation(summary = "Deliveries still to be sent (failing ones show their last error), oldest first")
    public List<AlertJson.Delivery> pendingDeliveries() {
        return outbox.pending().stream().map(AlertJson.Delivery::of).toList();
    }

    @Post("/alert-deliveries/{id}/retry")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Try a pending delivery again now (editor)")
    public HttpResponse<Void> retry(@PathVariable String id) {
        if (!outbox.retryNow(id, clock.instant())) {
            throw new RecordNotFoundException("Không có lần gửi đang chờ mã '" + id + "'.");
        }
        return HttpResponse.accepted();
    }

    @Get("/stats/alerts")
    @Operation(summary = "Alerts opened in a period, by the state they are in now",
            description = "from, to: days YYYY-MM-DD, Vietnam time, to inclusive; both optional.")
    public AlertJson.StateCounts stateCounts(HttpRequest<?> request) {
        ArticleQuery period = ArticleQuery.parse(request.getParameters().asMap());
        ArticleFilter range = period.filter();
        Map<String, Long> states = new LinkedHashMap<>();
        workflow.counts(range.from(), range.to()).forEach((state, n) -> states.put(state.id(), n));
        long total = states.values().stream().mapToLong(Long::longValue).sum();
        return new AlertJson.StateCounts(period.from() == null ? null : period.from().toString(),
                period.to() == null ? null : period.to().toString(), total, states);
    }

    private static AlertWorkflow.Filter filter(Map<String, List<String>> parameters, ArticleFilter range) {
        AlertState state = null;
        String stateValue = one(parameters, "state");
        if (stateValue != null && !stateValue.isBlank()) {
            try {
                state = AlertState.fromId(stateValue);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("state: " + e.getMessage());
            }
        }
        return new AlertWorkflow.Filter(state, one(parameters, "rule"), one(parameters, "assignee"), range.from(),
                range.to());
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0).strip();
    }
}
