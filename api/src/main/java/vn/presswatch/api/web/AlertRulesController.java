package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
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
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.alert.AlertBatching;
import vn.presswatch.api.alert.AlertDelivery;
import vn.presswatch.api.alert.AlertDispatcher;
import vn.presswatch.api.alert.AlertOutbox;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.alert.AlertRules;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.InvalidFieldsException;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Source;
import vn.presswatch.store.Tone;

/**
 * Alert rules: the list with the deliveries that keep failing (anyone may read it), and for editors the rule form
 * with its "test this rule" preview, switching rules on and off, deleting them and retrying a failed delivery at
 * once. Every change goes through {@link AlertRules} or {@link AlertOutbox}, which check and audit it.
 */
@Controller("/alert-rules")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class AlertRulesController {
    /** Matches the preview shows at most. */
    static final int PREVIEW_SIZE = 20;
    /** Lets an editor test a query before naming the rule; never saved. */
    private static final String PREVIEW_NAME = "Thử quy tắc";
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Đã thêm quy tắc cảnh báo. Quy tắc được áp dụng ngay cho các bài viết mới.",
            "saved", "Đã lưu thay đổi của quy tắc cảnh báo.",
            "enabled", "Đã bật quy tắc cảnh báo.",
            "disabled", "Đã tắt quy tắc cảnh báo.",
            "deleted", "Đã xóa quy tắc cảnh báo. Các cảnh báo nó đã tạo vẫn được giữ lại.",
            "retry", "Đã yêu cầu gửi lại ngay.");

    private final AlertRules rules;
    private final AlertOutbox outbox;
    private final AlertDispatcher dispatcher;
    private final ArticleStore store;
    private final ArticleRows rows;
    private final TopicNames topics;
    private final Clock clock;

    public AlertRulesController(AlertRules rules, AlertOutbox outbox, AlertDispatcher dispatcher, ArticleStore store,
                                ArticleRows rows, TopicNames topics, Clock clock) {
        this.rules = rules;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.store = store;
        this.rows = rows;
        this.topics = topics;
        this.clock = clock;
    }

    @Get
    public ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String ok) {
        Map<String, String> outlets = rows.outletNames();
        Map<String, Object> model = new HashMap<>();
        model.put("rules", rules.list().stream().map(r -> AlertRuleRow.of(r, topics, outlets)).toList());
        model.put("failing", outbox.pending().stream().filter(AlertDelivery::failing).map(AlertDeliveryRow::of)
                .toList());
        model.put("notice", ok == null ? null : NOTICES.get(ok));
        return new ModelAndView<>("alert-rules", model);
    }

    @Get("/new")
    @Secured(Role.EDITOR_ID)
    public ModelAndView<Map<String, Object>> newForm() {
        return formPage(AlertRuleForm.blank(), null, Map.of(), null);
    }

    /** Saves a new rule, or with {@code intent=preview} shows what it would have matched. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> create(@Body String body, Authentication user) {
        Map<String, List<String>> fields = AlertFormBody.parse(body);
        AlertRuleForm form = AlertRuleForm.of(fields);
        if (isPreview(fields)) {
            return preview(form, null);
        }
        try {
            rules.create(user.getName(), form.draft(null));
            return HttpResponse.seeOther(URI.create("/alert-rules?ok=created"));
        } catch (InvalidFieldsException e) {
            return HttpResponse.badRequest(formPage(form, null, e.fields(), null));
        }
    }

    @Get("/{id}")
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> editForm(@PathVariable String id) {
        try {
            AlertRule rule = rules.require(id);
            return HttpResponse.ok(formPage(AlertRuleForm.of(rule), rule, Map.of(), null));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> update(@PathVariable String id, @Body String body, Authentication user) {
        Map<String, List<String>> fields = AlertFormBody.parse(body);
        AlertRuleForm form = AlertRuleForm.of(fields);
        try {
            AlertRule rule = rules.require(id);
            if (isPreview(fields)) {
                return preview(form, rule);
            }
            try {
                rules.update(user.getName(), id, form.draft(null));
                return HttpResponse.seeOther(URI.create("/alert-rules?ok=saved"));
            } catch (InvalidFieldsException e) {
                return HttpResponse.badRequest(formPage(form, rule, e.fields(), null));
            }
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Post("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> enable(@PathVariable String id, Authentication user) {
        return switchRule(id, true, user);
    }

    @Post("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> disable(@PathVariable String id, Authentication user) {
        return switchRule(id, false, user);
    }

    /** Asks before deleting: the page says the rule's alerts stay. */
    @Get("/{id}/delete")
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> confirmDelete(@PathVariable String id) {
        try {
            AlertRule rule = rules.require(id);
            Map<String, Object> model = new HashMap<>();
            model.put("rule", rule);
            model.put("action", AlertLinks.rule(id) + "/delete");
            return HttpResponse.ok(new ModelAndView<>("alert-rule-delete", model));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> delete(@PathVariable String id, Authentication user) {
        try {
            rules.delete(user.getName(), id);
            return HttpResponse.seeOther(URI.create("/alert-rules?ok=deleted"));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    /** Makes a failing delivery due now and wakes the sender, rather than waiting out the back-off. */
    @Post("/deliveries/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> retry(@PathVariable String id) {
        if (!outbox.retryNow(id, clock.instant())) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy lần gửi",
                    "Không có lần gửi đang chờ mã '" + id + "'. Có thể nó vừa được gửi xong.");
        }
        dispatcher.wake();
        return HttpResponse.seeOther(URI.create("/alert-rules?ok=retry"));
    }

    private MutableHttpResponse<?> preview(AlertRuleForm form, AlertRule rule) {
        try {
            SearchResult result = rules.preview(form.draft(PREVIEW_NAME), AlertRules.PREVIEW_DAYS, PREVIEW_SIZE);
            return HttpResponse.ok(formPage(form, rule, Map.of(), result));
        } catch (InvalidFieldsException e) {
            return HttpResponse.badRequest(formPage(form, rule, e.fields(), null));
        }
    }

    private MutableHttpResponse<?> switchRule(String id, boolean enabled, Authentication user) {
        try {
            rules.setEnabled(user.getName(), id, enabled);
            return HttpResponse.seeOther(URI.create("/alert-rules?ok=" + (enabled ? "enabled" : "disabled")));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    private ModelAndView<Map<String, Object>> formPage(AlertRuleForm form, AlertRule rule, Map<String, String> errors,
                                                       SearchResult preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("isNew", rule == null);
        model.put("ruleName", rule == null ? "" : rule.name());
        model.put("action", rule == null ? "/alert-rules" : AlertLinks.rule(rule.id()));
        model.put("topicOptions", topics.topics());
        model.put("toneOptions", List.of(Tone.values()));
        model.put("sourceOptions", store.sources().all().stream().sorted(Comparator.comparing(Source::name))
                .toList());
        model.put("batchingOptions", List.of(AlertBatching.values()));
        model.put("previewDays", AlertRules.PREVIEW_DAYS);
        if (preview != null) {
            model.put("previewTotal", preview.total());
            model.put("previewHits", rows.ofHits(preview.hits()));
        }
        return new ModelAndView<>("alert-rule-form", model);
    }

    private static boolean isPreview(Map<String, List<String>> fields) {
        return "preview".equals(AlertFormBody.first(fields, "intent"));
    }

    private static MutableHttpResponse<?> notFound(String id) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy quy tắc cảnh báo",
                "Không có quy tắc cảnh báo mã '" + id + "'. Có thể quy tắc đã bị xóa.");
    }
}
