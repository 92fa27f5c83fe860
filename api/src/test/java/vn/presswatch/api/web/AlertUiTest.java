package vn.presswatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.presswatch.api.alert.AlertDelivery;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertOutbox;
import vn.presswatch.api.alert.AlertRule;
import vn.presswatch.api.alert.AlertRuleDraft;
import vn.presswatch.api.alert.AlertRules;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.api.alert.AlertWorkflow;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.crawl.ArticlePipeline;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.security.WebSession;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * The keyword alert pages end to end (issue 7): headless Chromium against the real application on loopback. An
 * editor tests and saves a rule, an article stored through the crawl pipeline raises an alert, and the editor
 * handles it; a viewer reads alerts and rules without any form, and hostile titles stay inert text.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserFailures.class)
class AlertUiTest implements TestPropertyProvider {
    private static final String ADMIN_PASSWORD = "Quản-trị-cảnh-báo-1";
    private static final String EDITOR_PASSWORD = "bien-tap-vien-mat-khau-1";
    private static final String HANDLER_PASSWORD = "nguoi-xu-ly-mat-khau-1";
    private static final String VIEWER_PASSWORD = "nguoi-xem-mat-khau-1";
    private static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">";
    private static final Path SHOTS = Path.of("/tmp/ui-shots");

    @TempDir
    static Path dataDir;

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ArticleStore store;
    @Inject
    UserDirectory users;
    @Inject
    AuditLog audit;
    @Inject
    ArticlePipeline pipeline;
    @Inject
    AlertRules rules;
    @Inject
    AlertWorkflow workflow;
    @Inject
    AlertOutbox outbox;

    private Browser browser;
    private String base;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.security.initial-admin-password", ADMIN_PASSWORD);
    }

    @BeforeAll
    void storeSourcesAndAPastArticleAndStartBrowser() {
        base = "http://127.0.0.1:" + server.getPort();
        users.create("bientap", "Trần Văn Biên", Role.EDITOR, EDITOR_PASSWORD, false);
        users.create("xuly", "Phạm Thị Xử Lý", Role.EDITOR, HANDLER_PASSWORD, false);
        users.create("nguoixem", "Lê Thị Xem", Role.VIEWER, VIEWER_PASSWORD, false);
        store.sources().put(source("baohaiphong", "Báo Hải Phòng", Origin.DOMESTIC, SourceLevel.LOCAL));
        store.sources().put(source("rfa", "Đài Á Châu Tự Do", Origin.FOREIGN, SourceLevel.FOREIGN));
        // Stored directly, not through the pipeline: a past article the preview finds and no alert was raised for.
        store.upsert(List.of(article("bac-bo", "baohaiphong",
                "Bác bỏ thông tin xuyên tạc về dự án cảng Lạch Huyện",
                "Thành phố khẳng định dự án cảng Lạch Huyện được triển khai đúng quy định.",
                Instant.now().minus(Duration.ofDays(3)), null)));
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEditorTestsAndSavesARuleThenHandlesTheAlertItRaises() throws InterruptedException {
        int rulesBefore = rules.list().size();
        login("bientap", EDITOR_PASSWORD);
        browser.open(base + "/alert-rules");
        browser.find("#add-rule").click();
        browser.fill("#query", "\"Lạch Huyện\" AND (xuyên tạc OR \"sai sự thật\")")
                .fill("#emails", "vanhoa@haiphong.example.vn");
        // The browser would refuse an empty required field itself; the server must say it too, beside the field.
        browser.executeScript("document.getElementById('name').removeAttribute('required')");
        browser.submit("#save-rule");
        assertThat(browser.find("#error-name").getText()).isEqualTo("Hãy đặt tên cho quy tắc.");
        assertThat(browser.findAll("#error-query")).isEmpty();
        assertThat(browser.find("#query").getAttribute("value"))
                .isEqualTo("\"Lạch Huyện\" AND (xuyên tạc OR \"sai sự thật\")");
        assertThat(browser.find("#emails").getAttribute("value")).isEqualTo("vanhoa@haiphong.example.vn");
        assertThat(rules.list()).hasSize(rulesBefore);

        browser.fill("#name", "Thông tin xuyên tạc về cảng Lạch Huyện");
        browser.submit("#preview-rule");
        assertThat(browser.currentUrl()).endsWith("/alert-rules#preview");
        assertThat(browser.find("#preview-total").getText()).startsWith("1 bài trong 30 ngày qua");
        assertThat(browser.find("#preview-hits").getText())
                .contains("Bác bỏ thông tin xuyên tạc về dự án cảng Lạch Huyện", "Báo Hải Phòng");
        assertThat(browser.findAll("#preview-hits mark")).isNotEmpty();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Thông tin xuyên tạc về cảng Lạch Huyện");
        browser.screenshot(SHOTS.resolve("alert-rule-preview.png"));
        assertThat(rules.list()).hasSize(rulesBefore);

        browser.submit("#save-rule");
        assertThat(browser.currentUrl()).endsWith("/alert-rules?ok=created");
        assertThat(browser.find("#rules-notice").getText()).startsWith("Đã thêm quy tắc cảnh báo");
        assertThat(browser.find("#rules").getText()).contains("Thông tin xuyên tạc về cảng Lạch Huyện",
                "Truy vấn: \"Lạch Huyện\"", "Thư điện tử: vanhoa@haiphong.example.vn", "Ngay lập tức", "Đang bật");
        AlertRule rule = rules.list().stream().filter(r -> r.name().equals("Thông tin xuyên tạc về cảng Lạch Huyện"))
                .findFirst().orElseThrow();
        assertThat(rule.emails()).containsExactly("vanhoa@haiphong.example.vn");
        assertThat(audit.recent("bientap", "alert-rule.create", 5)).hasSize(1);

        // Two outlets carry one story: one alert, counting the second copy.
        Instant now = Instant.now();
        pipeline.accept(List.of(
                article("canh-giac", "rfa", "Cảnh giác với luận điệu xuyên tạc về cảng Lạch Huyện",
                        "Nhiều trang mạng lan truyền thông tin sai sự thật về cảng Lạch Huyện.", now, "c-lach-huyen"),
                article("canh-giac-hp", "baohaiphong", "Lạch Huyện: cảnh giác trước thông tin xuyên tạc",
                        "Thông tin sai sự thật về cảng Lạch Huyện bị lan truyền.", now.plusSeconds(1),
                        "c-lach-huyen")));
        List<AlertEvent> raised = workflow.list(new AlertWorkflow.Filter(null, rule.id(), null, null, null));
        assertThat(raised).hasSize(1);
        AlertEvent alert = raised.get(0);
        assertThat(alert.copies()).isEqualTo(2);
        // The dashboard points at it.
        browser.open(base + "/");
        assertThat(browser.find("#count-new-alerts .number").getText()).isEqualTo("1");
        assertThat(browser.find("#count-new-alerts").getAttribute("href")).endsWith("/alerts?state=new");

        browser.open(base + "/alerts");
        browser.find("#filter-state option[value=new]").click();
        browser.find("#filter-rule option[value='" + rule.id() + "']").click();
        browser.submit("#filter-button");
        assertThat(browser.currentUrl()).contains("state=new");
        assertThat(browser.find("#filter-state option[value=new]").isSelected()).isTrue();
        assertThat(browser.find("#count-new .number").getText()).isEqualTo("1");
        assertThat(browser.find("#count-new").getAttribute("class")).contains("current");
        WebElement row = browser.find("#alerts tbody tr");
        assertThat(row.getText()).contains("Mới", "Cảnh giác với luận điệu xuyên tạc về cảng Lạch Huyện",
                "và 1 bài cùng tin", "Đài Á Châu Tự Do", "Thông tin xuyên tạc về cảng Lạch Huyện");
        browser.screenshot(SHOTS.resolve("alerts.png"));

        browser.find("#alerts a.alert-title").click();
        assertThat(browser.find("#alert-title").getText()).isEqualTo(alert.title());
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Mới");
        assertThat(browser.find("#article-link").getAttribute("href")).endsWith("/articles/" + alert.articleId());
        assertThat(browser.find("#original").getAttribute("href")).isEqualTo(alert.url());
        assertThat(browser.find("#original").getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(browser.findAll("#reopen-form")).isEmpty();

        browser.find("#assignee option[value=xuly]").click();
        browser.submit("#assign-button");
        assertThat(browser.find("#alert-notice").getText()).isEqualTo("Đã giao cảnh báo cho người xử lý.");
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Đã giao xử lý");
        assertThat(browser.find("#alert-assignee").getText()).isEqualTo("Phạm Thị Xử Lý (xuly)");

        String note = "Đã đăng bài phản bác trên cổng thông tin thành phố";
        browser.fill("#answer-note", note).fill("#answer-url", "ftp://haiphong.gov.vn/phan-bac");
        browser.submit("#answer-button");
        assertThat(browser.find("#error-answer-url").getText()).contains("http://", "https://");
        assertThat(browser.find("#answer-note").getAttribute("value")).isEqualTo(note);
        assertThat(browser.findAll("#error-answer-note")).isEmpty();
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Đã giao xử lý");

        browser.fill("#answer-url", "https://haiphong.gov.vn/tin-tuc/phan-bac-lach-huyen");
        browser.submit("#answer-button");
        assertThat(browser.find("#alert-notice").getText()).startsWith("Đã ghi nhận phản hồi");
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Đã phản hồi");
        assertThat(browser.find("#alert-note").getText()).isEqualTo(note);
        WebElement response = browser.find("#alert-response a");
        assertThat(response.getAttribute("href")).isEqualTo("https://haiphong.gov.vn/tin-tuc/phan-bac-lach-huyen");
        assertThat(response.getAttribute("rel")).isEqualTo("noopener noreferrer");
        List<WebElement> history = browser.findAll("#history tbody tr");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getText()).contains("Trần Văn Biên (bientap)", "Giao cảnh báo",
                "Phạm Thị Xử Lý");
        assertThat(history.get(1).getText()).contains("Đã phản hồi cảnh báo", note);
        assertThat(browser.findAll("#assign-form, #answer-form, #dismiss-form")).isEmpty();
        assertThat(browser.findAll("#reopen-form")).hasSize(1);
        browser.screenshot(SHOTS.resolve("alert.png"));
        assertThat(workflow.require(alert.id()).state()).isEqualTo(AlertState.ANSWERED);

        browser.submit("#reopen-button");
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Mới");
        browser.submit("#dismiss-button");
        assertThat(browser.find("#error-dismiss-note").getText()).isEqualTo("Hãy ghi lý do bỏ qua.");
        assertThat(browser.findAll("#error-answer-note")).isEmpty();
        browser.fill("#dismiss-note", "Đã phản hồi trước đó, không cần xử lý thêm").submit("#dismiss-button");
        assertThat(browser.find("#alert-state").getText()).isEqualTo("Bỏ qua");
        assertThat(browser.findAll("#history tbody tr")).hasSize(4);
        assertThat(workflow.require(alert.id()).state()).isEqualTo(AlertState.DISMISSED);

        browser.open(base + "/alerts?state=dismissed&rule=" + rule.id());
        assertThat(browser.find("#alerts").getText()).contains("Cảnh giác với luận điệu xuyên tạc", "Bỏ qua");
        assertThat(browser.find("#count-answered .number").getText()).isEqualTo("0");
        browser.open(base + "/alerts?from=31-12-2025");
        assertThat(browser.find("#alerts-error").getText()).contains("from", "31-12-2025");

        // No mail server is configured here, so the rule's e-mail fails and must show, with a way to retry.
        AlertDelivery failing = awaitFailingDelivery();
        browser.open(base + "/alert-rules");
        WebElement failingRow = browser.find("#failing tbody tr");
        assertThat(failingRow.getText()).contains("Thông tin xuyên tạc về cảng Lạch Huyện", "Thư điện tử",
                "vanhoa@haiphong.example.vn", "Chưa cấu hình");
        browser.screenshot(SHOTS.resolve("alert-rules.png"));
        browser.submit("#failing .retry-form button");
        assertThat(browser.find("#rules-notice").getText()).isEqualTo("Đã yêu cầu gửi lại ngay.");
        assertThat(outbox.pending()).anyMatch(d -> d.id().equals(failing.id()));

        browser.find("[data-rule='" + rule.id() + "'] a.button").click();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(rule.name());
        assertThat(browser.find("#emails").getAttribute("value")).isEqualTo("vanhoa@haiphong.example.vn");
        assertThat(browser.find("#enabled").isSelected()).isTrue();
        // Repeated fields (checkboxes, a multiple select) arrive whole.
        browser.find("#topic-disinformation").click();
        browser.find("#topic-sovereignty").click();
        browser.find("#tone-negative").click();
        browser.find("#sources option[value=baohaiphong]").click();
        browser.find("#sources option[value=rfa]").click();
        browser.find("#batching option[value=hourly]").click();
        browser.submit("#save-rule");
        assertThat(browser.find("#rules-notice").getText()).isEqualTo("Đã lưu thay đổi của quy tắc cảnh báo.");
        AlertRule changed = rules.require(rule.id());
        assertThat(changed.topics()).containsExactlyInAnyOrder("disinformation", "sovereignty");
        assertThat(changed.tones()).containsExactly(Tone.NEGATIVE);
        assertThat(changed.sources()).containsExactlyInAnyOrder("baohaiphong", "rfa");
        assertThat(browser.find("[data-rule='" + rule.id() + "']").getText())
                .contains("Chủ đề: Chủ quyền biển, đảo, biên giới, Thông tin sai lệch, xuyên tạc", "Sắc thái: Tiêu cực",
                        "Nguồn: Báo Hải Phòng, Đài Á Châu Tự Do");
        browser.submit("[data-rule='" + rule.id() + "'] .switch-form button");
        assertThat(browser.find("[data-rule='" + rule.id() + "']").getText()).contains("Gộp mỗi giờ", "Đã tắt");
        assertThat(rules.require(rule.id()).enabled()).isFalse();
        assertThat(audit.recent("bientap", "alert-rule.disable", 5)).hasSize(1);
    }

    @Test
    void aViewerReadsAlertsAndRulesWithoutFormsAndHostileTitlesStayInert() {
        AlertRule hostileRule = rules.create("bientap", new AlertRuleDraft("Mã độc trên báo nước ngoài", "\"mã độc\"", null, null, null,
                null, "foreign", null, null, null, null));
        pipeline.accept(List.of(article("ma-doc", "rfa", "Tin giả " + HOSTILE,
                "Bài có mã độc " + HOSTILE, Instant.now(), null)));
        AlertEvent alert = workflow.list(AlertWorkflow.Filter.all()).stream()
                .filter(e -> e.title().startsWith("Tin giả")).findFirst().orElseThrow();

        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/alerts?state=new");
        assertThat(browser.find("#alerts").getText()).contains("Tin giả " + HOSTILE);
        assertThat(browser.findAll("#alerts script, #alerts img")).isEmpty();
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

        browser.open(base + "/alerts/" + alert.id());
        assertThat(browser.find("#alert-title").getText()).isEqualTo("Tin giả " + HOSTILE);
        assertThat(browser.title()).contains("Tin giả <script>");
        assertThat(browser.findAll("main script, main img, main form, #handling")).isEmpty();
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

        browser.open(base + "/alert-rules");
        assertThat(browser.find("#rules").getText()).contains("Mã độc trên báo nước ngoài", "Báo chí: Nước ngoài");
        assertThat(browser.findAll("#add-rule, main form, #rules a[href^='/alert-rules/']")).isEmpty();
        assertThat(browser.find("nav a[href='/alerts']").getAttribute("class")).contains("active");

        WebSession viewer = WebSession.login(http.toBlocking(), "nguoixem", VIEWER_PASSWORD);
        String csrf = viewer.csrfToken("/alerts");
        assertThat(viewer.postForm(AlertLinks.alert(alert.id()) + "/assign",
                Map.of("_csrf", csrf, "assignee", "nguoixem")).code()).isEqualTo(403);
        assertThat(viewer.get("/alert-rules/new").code()).isEqualTo(403);
        assertThat(workflow.require(alert.id()).state()).isEqualTo(AlertState.NEW);

        // The preview's highlighted titles are the store's escaped markup: the script arrives as text.
        WebSession editor = WebSession.login(http.toBlocking(), "bientap", EDITOR_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", editor.csrfToken("/alert-rules/new"));
        form.put("query", "\"mã độc\"");
        form.put("intent", "preview");
        WebSession.Answer preview = editor.postForm("/alert-rules", form);
        assertThat(preview.code()).isEqualTo(200);
        assertThat(preview.body()).contains("1 bài trong 30 ngày qua", "&lt;script&gt;")
                .doesNotContain("<script>window", "<img src=x");

        // Deleting asks first, and the rule's alerts stay as the record of what was handled.
        WebSession.Answer confirm = editor.get(AlertLinks.rule(hostileRule.id()) + "/delete");
        assertThat(confirm.code()).isEqualTo(200);
        assertThat(confirm.body()).contains("Xóa quy tắc cảnh báo Mã độc trên báo nước ngoài?");
        WebSession.Answer deleted = editor.postForm(AlertLinks.rule(hostileRule.id()) + "/delete",
                Map.of("_csrf", form.get("_csrf")));
        assertThat(deleted.code()).isEqualTo(303);
        assertThat(deleted.location()).isEqualTo("/alert-rules?ok=deleted");
        assertThat(rules.list()).noneMatch(r -> r.id().equals(hostileRule.id()));
        assertThat(workflow.require(alert.id()).ruleName()).isEqualTo("Mã độc trên báo nước ngoài");
    }

    private AlertDelivery awaitFailingDelivery() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<AlertDelivery> failing = outbox.pending().stream().filter(AlertDelivery::failing).toList();
            if (!failing.isEmpty()) {
                return failing.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the alert's e-mail delivery did not fail within 30 s: " + outbox.pending());
    }

    private void login(String username, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/login");
        browser.fill("input[name=username]", username).fill("input[name=password]", password);
        browser.submit("form[action='/login']");
        assertThat(browser.currentUrl()).as("login of " + username).isEqualTo(base + "/");
    }

    private Article article(String slug, String sourceId, String title, String lead, Instant published,
                            String cluster) {
        Source source = store.sources().get(sourceId).orElseThrow();
        return Article.builder()
                .canonicalUrl("https://" + sourceId + ".example.vn/bai-viet/" + slug + ".html")
                .sourceId(sourceId).origin(source.origin()).title(title).lead(lead)
                .text(lead + "\n\nCác cơ quan chức năng đang theo dõi.")
                .author("Phóng viên " + source.name()).publishedAt(published).fetchedAt(published.plusSeconds(60))
                .language("vi").topics(List.of(new TopicScore("disinformation", 0.9))).tone(Tone.NEGATIVE)
                .localities(List.of("Hải Phòng")).clusterId(cluster).build();
    }

    private static Source source(String id, String name, Origin origin, SourceLevel level) {
        return new Source(id, name, "https://" + id + ".example.vn/", List.of("https://" + id + ".example.vn/rss"),
                List.of(), List.of(), origin == Origin.FOREIGN ? "US" : "VN", "vi", level, origin, true, true);
    }
}
