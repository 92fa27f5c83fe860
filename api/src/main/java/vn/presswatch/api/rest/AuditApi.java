package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.Role;

/** The audit log (admin only). */
@Controller("/api/audit")
@Secured(Role.ADMIN_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit", description = "Nhật ký thay đổi (quản trị viên)")
public class AuditApi {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;

    public AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    @Operation(summary = "Recent changes, newest first",
            description = "actor: one user's; action: one kind (source.create, article.correct, user.role ...); "
                    + "limit: 1-1000, default 100.")
    public List<AccountJson.AuditView> recent(@Nullable @QueryValue String actor, @Nullable @QueryValue String action,
                                              @Nullable @QueryValue String limit) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit: '" + limit + "' không phải số nguyên");
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit: phải từ 1 đến " + MAX_LIMIT + ", không phải " + n);
            }
        }
        return audit.recent(actor, action, n).stream().map(AccountJson.AuditView::of).toList();
    }
}
