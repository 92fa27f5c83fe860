package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.Role;

/** The audit log for admins: newest first, filtered by user and action. */
@Controller("/audit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_ID)
public class AuditController {
    static final int ROWS = 200;

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    public ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String actor,
                                                  @Nullable @QueryValue String action) {
        Map<String, Object> model = new HashMap<>();
        model.put("actor", actor == null ? "" : actor.strip());
        model.put("action", action == null ? "" : action.strip());
        model.put("entries", audit.recent(actor, action, ROWS).stream()
                .map(e -> new Row(VietnamTime.format(e.at()), e.actor(), e.action(), e.target(), e.detail()))
                .toList());
        model.put("rows", ROWS);
        return new ModelAndView<>("audit", model);
    }

    /** One audit entry as the table shows it. */
    public record Row(String at, String actor, String action, String target, String detail) {
    }
}
