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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.security.ApiTokens;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.service.AccountService;
import vn.presswatch.api.service.RecordNotFoundException;

/**
 * Users and API tokens, for admins: create, change role, switch on and off, reset a password; create a token
 * (shown once, on the answer page, never stored in clear) and revoke one. Changes go through
 * {@link AccountService}, which audits them.
 */
@Controller("/users")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_ID)
public class UsersController {
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Đã tạo người dùng.",
            "role", "Đã đổi vai trò.",
            "enabled", "Đã mở khóa tài khoản.",
            "disabled", "Đã khóa tài khoản. Phiên đăng nhập của người này kết thúc ngay.",
            "password", "Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu ở lần đăng nhập sau.",
            "revoked", "Đã thu hồi mã truy cập.");

    private final AccountService accounts;
    private final UserDirectory users;

    public UsersController(AccountService accounts, UserDirectory users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Get
    public ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String ok) {
        return page(ok == null ? null : NOTICES.get(ok), null, Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> create(@Body Map<String, String> form, Authentication admin) {
        try {
            accounts.create(admin.getName(), form.get("username"), form.get("displayName"),
                    Role.parse(form.get("role")), form.getOrDefault("password", ""));
            return HttpResponse.seeOther(URI.create("/users?ok=created"));
        } catch (IllegalArgumentException e) {
            Map<String, String> kept = new HashMap<>(form);
            kept.remove("password");
            return HttpResponse.badRequest(page(null, "Chưa tạo người dùng: " + e.getMessage(), kept));
        }
    }

    @Post("/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> role(@PathVariable String username, @Body Map<String, String> form,
                                       Authentication admin) {
        return change(() -> accounts.update(admin.getName(), username, null, Role.parse(form.get("role")), null),
                "role");
    }

    @Post("/{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> enable(@PathVariable String username, Authentication admin) {
        return change(() -> accounts.update(admin.getName(), username, null, null, true), "enabled");
    }

    @Post("/{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> disable(@PathVariable String username, Authentication admin) {
        return change(() -> accounts.update(admin.getName(), username, null, null, false), "disabled");
    }

    @Post("/{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> password(@PathVariable String username, @Body Map<String, String> form,
                                           Authentication admin) {
        return change(() -> accounts.setPassword(admin.getName(), username, form.getOrDefault("password", ""), true),
                "password");
    }

    /** Answers with the page itself, not a redirect: the token is shown this once and must not sit in an address. */
    @Post("/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> createToken(@Body Map<String, String> form, Authentication admin) {
        try {
            ApiTokens.Created created = accounts.createToken(admin.getName(), form.get("username"), form.get("name"));
            ModelAndView<Map<String, Object>> page = page("Đã tạo mã truy cập. Hãy sao chép ngay: mã chỉ hiện một lần.",
                    null, Map.of());
            page.getModel().orElseThrow().put("createdToken", created);
            return HttpResponse.ok(page).header("Cache-Control", "no-store");
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            return HttpResponse.badRequest(page(null, "Chưa tạo mã truy cập: " + e.getMessage(), Map.of()));
        }
    }

    @Post("/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> revoke(@PathVariable String id, Authentication admin) {
        return change(() -> accounts.revokeToken(admin.getName(), id, null), "revoked");
    }

    private MutableHttpResponse<?> change(Runnable action, String notice) {
        try {
            action.run();
            return HttpResponse.seeOther(URI.create("/users?ok=" + notice));
        } catch (RecordNotFoundException e) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(page(null, e.getMessage(), Map.of()));
        } catch (IllegalArgumentException e) {
            // The last admin cannot be switched off or demoted; a weak password is refused: said on the page.
            return HttpResponse.badRequest(page(null, "Chưa thay đổi: " + e.getMessage(), Map.of()));
        }
    }

    private ModelAndView<Map<String, Object>> page(String notice, String error, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        List<User> all = users.all().stream().sorted(Comparator.comparing(User::username)).toList();
        model.put("users", all);
        model.put("tokens", accounts.tokens(null).stream()
                .map(t -> new TokenRow(t.id(), t.username(), t.name(), VietnamTime.format(t.createdAt())))
                .toList());
        model.put("roles", List.of(Role.values()));
        model.put("notice", notice);
        model.put("error", error);
        model.put("form", form);
        return new ModelAndView<>("users", model);
    }

    /** An API token as the list shows it (never the token itself). */
    public record TokenRow(String id, String username, String name, String created) {
    }
}
