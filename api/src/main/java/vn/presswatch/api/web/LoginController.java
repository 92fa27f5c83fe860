package vn.presswatch.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.Authentications;
import vn.presswatch.api.security.PasswordAuthenticator;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;

/**
 * Login, logout and the forced password change after a generated password. The login form answers with a
 * precise message (wrong password, account locked, too many attempts) on the page itself.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    private final PasswordAuthenticator authenticator;
    private final UserDirectory users;
    private final AuditLog audit;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    public LoginController(PasswordAuthenticator authenticator, UserDirectory users, AuditLog audit,
                           LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                           LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.authenticator = authenticator;
        this.users = users;
        this.audit = audit;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ModelAndView<Map<String, Object>> loginPage(@Nullable @QueryValue("out") String loggedOut) {
        Map<String, Object> model = new HashMap<>();
        if (loggedOut != null) {
            model.put("notice", "Bạn đã đăng xuất.");
        }
        return new ModelAndView<>("login", model);
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public MutableHttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "");
        PasswordAuthenticator.Result result = authenticator.authenticate(username, form.get("password"),
                PasswordAuthenticator.clientAddress(request));
        if (!result.succeeded()) {
            Map<String, Object> model = new HashMap<>();
            model.put("error", result.message());
            model.put("username", username);
            return HttpResponse.unauthorized().body(new ModelAndView<>("login", model));
        }
        audit.record(result.user().username(), "user.login", result.user().username(), "Đăng nhập");
        MutableHttpResponse<?> response = loginHandler.loginSuccess(Authentications.of(result.user()), request);
        if (result.user().mustChangePassword()) {
            response.getHeaders().set("Location", "/password");
        }
        return response;
    }

    @Post("/logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public MutableHttpResponse<?> logout(HttpRequest<?> request, Authentication user) {
        audit.record(user.getName(), "user.logout", user.getName(), "Đăng xuất");
        // Redirects to micronaut.security.redirect.logout, the login page saying "logged out".
        return logoutHandler.logout(request);
    }

    @Get("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> passwordPage(Authentication user) {
        Map<String, Object> model = new HashMap<>();
        users.get(user.getName()).ifPresent(u -> model.put("forced", u.mustChangePassword()));
        return new ModelAndView<>("password", model);
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public MutableHttpResponse<?> changePassword(HttpRequest<?> request, Authentication user,
                                                 @Body Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        String current = form.getOrDefault("current", "");
        String next = form.getOrDefault("password", "");
        PasswordAuthenticator.Result check = authenticator.authenticate(user.getName(), current,
                PasswordAuthenticator.clientAddress(request));
        String error;
        if (!check.succeeded()) {
            error = "Mật khẩu hiện tại không đúng.";
        } else if (!next.equals(form.getOrDefault("confirm", ""))) {
            error = "Hai lần nhập mật khẩu mới không giống nhau.";
        } else if (next.equals(current)) {
            error = "Mật khẩu mới phải khác mật khẩu hiện tại.";
        } else {
            try {
                User changed = users.setPassword(user.getName(), next, false);
                audit.record(user.getName(), "user.password", user.getName(), "Đổi mật khẩu");
                // Other sessions of the user end (the version moved on); this one continues with a new cookie.
                return loginHandler.loginSuccess(Authentications.of(changed), request);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        model.put("error", error);
        return HttpResponse.badRequest().body(new ModelAndView<>("password", model));
    }
}
