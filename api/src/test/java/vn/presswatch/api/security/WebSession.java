package vn.presswatch.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session for tests that talk HTTP to the real application: logs in through the login form, keeps
 * the session cookie, and reads the CSRF token off a page, as a browser would.
 */
public final class WebSession {
    public static final String COOKIE = "PRESSWATCH_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final BlockingHttpClient client;
    private final String cookie;

    private WebSession(BlockingHttpClient client, String cookie) {
        this.client = client;
        this.cookie = cookie;
    }

    /** Logs in through the form; fails the test unless the login succeeded. */
    public static WebSession login(BlockingHttpClient client, String username, String password) {
        Answer response = postLogin(client, username, password);
        assertThat(response.code()).as("login of " + username).isIn(302, 303);
        String setCookie = response.headers().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElseThrow();
        return new WebSession(client, setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';')));
    }

    /** Posts the login form and returns the answer, whatever it is. */
    public static Answer postLogin(BlockingHttpClient client, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        return exchange(client, HttpRequest.POST("/login", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE));
    }

    public String cookie() {
        return cookie;
    }

    public Answer get(String path) {
        return exchange(client, withCookie(HttpRequest.GET(path)).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** The CSRF token of this session, as the forms of {@code path} carry it. */
    public String csrfToken(String path) {
        String page = get(path).body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field on " + path).isTrue();
        return m.group(1);
    }

    /** Posts a form with this session's cookie; {@code form} should include _csrf when the test wants one. */
    public Answer postForm(String path, Map<String, String> form) {
        return exchange(client, withCookie(HttpRequest.POST(path, form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE));
    }

    public <T> MutableHttpRequest<T> withCookie(MutableHttpRequest<T> request) {
        return request.header("Cookie", COOKIE + "=" + cookie);
    }

    /** The response, also for 4xx and 5xx answers (the client would throw). */
    public static Answer exchange(BlockingHttpClient client, MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = client.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        return new Answer(response.code(), response.getBody(String.class).orElse(""), response.getHeaders());
    }

    /** What the server answered. */
    public record Answer(int code, String body, HttpHeaders headers) {
        public String location() {
            return headers.get("Location");
        }
    }
}
