package vn.presswatch.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.presswatch.api.security.CsrfTokens;
import vn.presswatch.api.security.Role;

/**
 * Adds what every page needs to its model: {@code me} (the logged-in user: name, display name, and whether
 * they are editor or admin, to show only the actions they may take) and {@code csrf} (the session's CSRF token
 * for the forms), and {@code path} (for the menu).
 */
@Singleton
public class PageModel implements ViewModelProcessor<Map<String, Object>> {
    private final CsrfTokens csrf;
    private final String cookieName;

    public PageModel(CsrfTokens csrf, AccessTokenCookieConfiguration cookie) {
        this.csrf = csrf;
        this.cookieName = cookie.getCookieName();
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Optional<Map<String, Object>> model = modelAndView.getModel();
        if (model.isEmpty()) {
            return;
        }
        // Controllers may hand over an immutable map (Map.of): add to a copy.
        Map<String, Object> values = new LinkedHashMap<>(model.get());
        modelAndView.setModel(values);
        values.put("path", request.getPath());
        request.getUserPrincipal(Authentication.class).ifPresent(user -> values.put("me", Me.of(user)));
        request.getCookies().findCookie(cookieName).map(Cookie::getValue)
                .ifPresent(session -> values.put("csrf", csrf.tokenFor(session)));
    }

    /** The logged-in user as pages see it. */
    public record Me(String username, String displayName, boolean editor, boolean admin) {
        static Me of(Authentication authentication) {
            Object name = authentication.getAttributes().get("name");
            return new Me(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                    authentication.getRoles().contains(Role.EDITOR_ID),
                    authentication.getRoles().contains(Role.ADMIN_ID));
        }
    }
}
