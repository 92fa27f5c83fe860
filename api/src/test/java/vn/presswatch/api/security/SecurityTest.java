package vn.presswatch.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.audit.AuditEntry;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.WebSession.Answer;

/** Login, sessions, CSRF, Basic and token access against the real application on loopback. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest implements TestPropertyProvider {
    private static final String ADMIN_PASSWORD = "Quản-trị-2025!";

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    UserDirectory users;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditLog audit;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.security.initial-admin-password", ADMIN_PASSWORD);
    }

    @Test
    void pagesSendVisitorsToTheLoginPageAndTheLoginPageIsPublic() {
        Answer page = WebSession.exchange(http.toBlocking(),
                HttpRequest.GET("/password").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(page.code()).isIn(302, 303);
        assertThat(page.location()).isEqualTo("/login");

        Answer login = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/login")
                .accept(MediaType.TEXT_HTML_TYPE));
        assertThat(login.code()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"vi\"", "Đăng nhập", "name=\"password\"");
    }

    @Test
    void scriptsWithoutCredentialsGet401NotAPage() {
        Answer answer = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/password")
                .accept(MediaType.ALL_TYPE));
        assertThat(answer.code()).isEqualTo(401);
    }

    @Test
    void theFirstAdminLogsInWithAnHttpOnlySameSiteCookie() {
        Answer answer = WebSession.postLogin(http.toBlocking(), "admin", ADMIN_PASSWORD);

        assertThat(answer.code()).isIn(302, 303);
        String cookie = answer.headers().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebSession.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        WebSession session = WebSession.login(http.toBlocking(), "admin", ADMIN_PASSWORD);
        Answer page = session.get("/password");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Đổi mật khẩu", "Quản trị viên");
        assertThat(audit.recent("admin", "user.login", 10)).isNotEmpty();
    }

    @Test
    void aWrongPasswordIsSaidOnTheLoginPageAndRepeatedFailuresLockTheName() {
        users.create("lan.nguyen", "Nguyễn Thị Lan", Role.VIEWER, "mat-khau-rat-dai-1", false);
        Answer wrong = WebSession.postLogin(http.toBlocking(), "lan.nguyen", "sai-mat-khau");
        assertThat(wrong.code()).isEqualTo(401);
        assertThat(wrong.body()).contains("Sai tên đăng nhập hoặc mật khẩu.").contains("value=\"lan.nguyen\"");
        for (int i = 0; i < 5; i++) {
            WebSession.postLogin(http.toBlocking(), "lan.nguyen", "sai-mat-khau-" + i);
        }

        Answer locked = WebSession.postLogin(http.toBlocking(), "lan.nguyen", "mat-khau-rat-dai-1");

        assertThat(locked.code()).isEqualTo(401);
        assertThat(locked.body()).contains("Đăng nhập sai quá nhiều lần");
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefused() {
        WebSession session = WebSession.login(http.toBlocking(), "admin", ADMIN_PASSWORD);

        Answer without = session.postForm("/logout", Map.of());
        Answer forged = session.postForm("/logout", Map.of("_csrf", "gia-mao"));
        Answer withToken = session.postForm("/logout", Map.of("_csrf", session.csrfToken("/password")));

        assertThat(without.code()).isEqualTo(403);
        assertThat(without.body()).contains("Biểu mẫu đã hết hạn hoặc không hợp lệ");
        assertThat(forged.code()).isEqualTo(403);
        assertThat(withToken.code()).isIn(302, 303);
        assertThat(withToken.location()).isEqualTo("/login?out=1");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenForTheLoginForm() {
        Answer answer = WebSession.exchange(http.toBlocking(), HttpRequest.POST("/login",
                        Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Origin", "https://evil.example"));

        assertThat(answer.code()).isEqualTo(403);
    }

    @Test
    void basicCredentialsAndApiTokensWorkForScriptsAndRevokedTokensStop() {
        users.create("script.bot", "Máy đọc", Role.VIEWER, "mat-khau-cua-may-1", false);
        String basic = Base64.getEncoder().encodeToString("script.bot:mat-khau-cua-may-1"
                .getBytes(StandardCharsets.UTF_8));
        Answer withBasic = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/password")
                .header("Authorization", "Basic " + basic));
        assertThat(withBasic.code()).isEqualTo(200);

        ApiTokens.Created created = tokens.create("script.bot", "cổng thông tin phường");
        Answer withToken = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/password")
                .header("Authorization", "Bearer " + created.token()));
        assertThat(withToken.code()).isEqualTo(200);
        assertThat(created.token()).startsWith("pw_");

        tokens.revoke(created.record().id());
        Answer revoked = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/password")
                .header("Authorization", "Bearer " + created.token()));
        assertThat(revoked.code()).isEqualTo(401);
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        users.create("moi.vao", "Người mới", Role.EDITOR, "mat-khau-mot-lan-9", true);

        Answer login = WebSession.postLogin(http.toBlocking(), "moi.vao", "mat-khau-mot-lan-9");
        WebSession session = WebSession.login(http.toBlocking(), "moi.vao", "mat-khau-mot-lan-9");
        Answer elsewhere = session.get("/prometheus");

        assertThat(login.location()).isEqualTo("/password");
        assertThat(elsewhere.code()).isEqualTo(303);
        assertThat(elsewhere.location()).isEqualTo("/password");
        assertThat(session.get("/password").body()).contains("mật khẩu được cấp một lần");
    }

    @Test
    void metricsNeedALoginAndHealthDoesNot() {
        Answer anonymous = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/prometheus"));
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Answer withLogin = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/prometheus")
                .header("Authorization", "Basic " + basic));
        Answer health = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/health"));

        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(withLogin.code()).isEqualTo(200);
        assertThat(withLogin.body()).contains("jvm_memory_used_bytes");
        assertThat(health.code()).isEqualTo(200);
    }

    @Test
    void switchingAUserOffEndsTheirSession() throws InterruptedException {
        users.create("tuan.le", "Lê Văn Tuấn", Role.EDITOR, "mat-khau-bien-tap-1", false);
        WebSession session = WebSession.login(http.toBlocking(), "tuan.le", "mat-khau-bien-tap-1");
        assertThat(session.get("/password").code()).isEqualTo(200);

        users.setEnabled("tuan.le", false);

        // The per-request check reads the user at most a few seconds old.
        Answer after = null;
        for (int i = 0; i < 40; i++) {
            after = session.get("/password");
            if (after.code() != 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(after.code()).isIn(302, 303);
        assertThat(after.location()).isEqualTo("/login");
    }

    @Test
    void changingThePasswordKeepsThisSessionAndChecksThePolicy() {
        users.create("hoa.pham", "Phạm Thị Hoa", Role.VIEWER, "mat-khau-ban-dau-1", false);
        WebSession session = WebSession.login(http.toBlocking(), "hoa.pham", "mat-khau-ban-dau-1");
        String csrf = session.csrfToken("/password");

        Answer tooShort = session.postForm("/password", Map.of("_csrf", csrf, "current", "mat-khau-ban-dau-1",
                "password", "ngan", "confirm", "ngan"));
        assertThat(tooShort.code()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Mật khẩu phải có ít nhất 10 ký tự.");

        Answer changed = session.postForm("/password", Map.of("_csrf", csrf, "current", "mat-khau-ban-dau-1",
                "password", "mat-khau-moi-tot-2", "confirm", "mat-khau-moi-tot-2"));
        assertThat(changed.code()).isIn(302, 303);
        assertThat(WebSession.postLogin(http.toBlocking(), "hoa.pham", "mat-khau-ban-dau-1").code()).isEqualTo(401);
        WebSession.login(http.toBlocking(), "hoa.pham", "mat-khau-moi-tot-2");
        List<AuditEntry> entries = audit.recent("hoa.pham", "user.password", 5);
        assertThat(entries).hasSize(1);
    }
}
