package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import vn.presswatch.api.security.ApiToken;
import vn.presswatch.api.security.ApiTokens;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.AccountService;

/** API tokens: every user manages their own; an admin may list and revoke everyone's. */
@Controller("/api/tokens")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tokens", description = "Mã truy cập API")
public class TokensApi {
    private final AccountService accounts;

    public TokensApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @Get
    @Operation(summary = "Your API tokens; all=true lists everyone's (admin)")
    public List<AccountJson.TokenView> list(@Nullable @QueryValue Boolean all, Authentication user) {
        boolean everyone = Boolean.TRUE.equals(all) && isAdmin(user);
        return accounts.tokens(everyone ? null : user.getName()).stream()
                .sorted(Comparator.comparing(ApiToken::createdAt)).map(AccountJson.TokenView::of).toList();
    }

    @Post
    @Operation(summary = "Create an API token for yourself; the answer holds the token, shown this once",
            description = "Send it as 'Authorization: Bearer pw_...'. It carries your role.")
    public HttpResponse<AccountJson.CreatedToken> create(@Body AccountJson.NewToken body, Authentication user) {
        ApiTokens.Created created = accounts.createToken(user.getName(), user.getName(), body.name());
        ApiToken t = created.record();
        return HttpResponse.created(new AccountJson.CreatedToken(t.id(), t.username(), t.name(),
                t.createdAt().toString(), created.token()));
    }

    @Delete("/{id}")
    @Operation(summary = "Revoke one of your API tokens (an admin: anyone's)")
    public HttpResponse<Void> revoke(@PathVariable String id, Authentication user) {
        accounts.revokeToken(user.getName(), id, isAdmin(user) ? null : user.getName());
        return HttpResponse.noContent();
    }

    private static boolean isAdmin(Authentication user) {
        return user.getRoles().contains(Role.ADMIN_ID);
    }
}
