package vn.presswatch.api.rest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.service.AccountService;

/** User accounts (admin only). */
@Controller("/api/users")
@Secured(Role.ADMIN_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users", description = "Người dùng (quản trị viên)")
public class UsersApi {
    private final UserDirectory users;
    private final AccountService accounts;

    public UsersApi(UserDirectory users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Get
    @Operation(summary = "Every user account")
    public List<AccountJson.UserView> list() {
        return users.all().stream().sorted(Comparator.comparing(User::username)).map(AccountJson.UserView::of)
                .toList();
    }

    @Get("/{username}")
    @Operation(summary = "One user account")
    public AccountJson.UserView get(@PathVariable String username) {
        return AccountJson.UserView.of(accounts.require(username));
    }

    @Post
    @Operation(summary = "Create a user account", description = "role: viewer, editor or admin; the password "
            + "must follow the password policy (at least 10 characters, not containing the user name).")
    public HttpResponse<AccountJson.UserView> create(@Body AccountJson.NewUser body, Authentication admin) {
        User user = accounts.create(admin.getName(), body.username(), body.displayName(), role(body.role()),
                body.password());
        return HttpResponse.created(AccountJson.UserView.of(user), URI.create("/api/users/" + user.username()));
    }

    @Put("/{username}")
    @Operation(summary = "Change a user's display name, role or enabled state (what is left out stays)")
    public AccountJson.UserView update(@PathVariable String username, @Body AccountJson.UserChange body,
                                      Authentication admin) {
        Role role = body.role() == null || body.role().isBlank() ? null : role(body.role());
        return AccountJson.UserView.of(accounts.update(admin.getName(), username, body.displayName(), role,
                body.enabled()));
    }

    @Post("/{username}/password")
    @Operation(summary = "Set a user's password; by default the user must change it at the next login")
    public AccountJson.UserView password(@PathVariable String username, @Body AccountJson.PasswordChange body,
                                         Authentication admin) {
        return AccountJson.UserView.of(accounts.setPassword(admin.getName(), username, body.password(),
                !Boolean.FALSE.equals(body.mustChange())));
    }

    private static Role role(String value) {
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role: " + e.getMessage());
        }
    }
}
