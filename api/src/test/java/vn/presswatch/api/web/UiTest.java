package vn.presswatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.security.WebSession;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * The web UI end to end: headless Chromium against the real application on loopback, with Vietnamese articles
 * stored directly in its store. One browser for the whole class; each test logs in as the user it needs.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserFailures.class)
class UiTest implements TestPropertyProvider {
    private static final String ADMIN_PASSWORD = "Quản-trị-giao-diện-1";
    private static final String EDITOR_PASSWORD = "bien-tap-vien-mat-khau-1";
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

    private Browser browser;
    private String base;
    private final Map<String, Article> articles = new java.util.LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.security.initial-admin-password", ADMIN_PASSWORD);
    }

    @BeforeAll
    void storeArticlesAndStartBrowser() {
        base = "http://127.0.0.1:" + server.getPort();
        users.create("bientap", "Trần Văn Biên", Role.EDITOR, EDITOR_PASSWORD, false);
        users.create("nguoixem", "Lê Thị Xem", Role.VIEWER, VIEWER_PASSWORD, false);
        store.sources().put(source("baohaiphong", "Báo Hải Phòng", Origin.DOMESTIC, SourceLevel.LOCAL, true));
        store.sources().put(source("vnexpress", "VnExpress", Origin.DOMESTIC, SourceLevel.CENTRAL, true));
        store.sources().put(source("rfa", "Đài Á Châu Tự Do", Origin.FOREIGN, SourceLevel.FOREIGN, true));
        store.sources().put(source("baocu", "Báo Cũ Đã Đóng", Origin.DOMESTIC, SourceLevel.LOCAL, false));
        Instant now = Instant.now();
        store.crawlStates().put(new CrawlState("vnexpress", Map.of(), now, now.minus(Duration.ofHours(3)), 2,
                "Máy chủ trả lời 503 cho https://vnexpress.net/rss/thoi-su.rss", now, null, false));
        add("bien-dao", "baohaiphong", "Ngư dân Hải Phòng vững vàng bám biển, giữ gìn chủ quyền biển đảo",
                "Các tàu cá của ngư dân Hải Phòng tiếp tục ra khơi, góp phần khẳng định chủ quyền biển đảo.",
                "Sáng nay, hàng chục tàu cá rời cảng Bạch Long Vĩ.\n\nNgư dân cho biết họ luôn đồng hành cùng "
                        + "lực lượng cảnh sát biển bảo vệ chủ quyền biển đảo của Tổ quốc.",
                Tone.POSITIVE, now.minus(Duration.ofMinutes(5)), "c-biendao", "sovereignty");
        add("bien-dao-vnx", "vnexpress", "Hải Phòng: ngư dân bám biển bảo vệ chủ quyền biển đảo",
                "Ngư dân Bạch Long Vĩ tiếp tục ra khơi.", "Ngư dân Hải Phòng ra khơi, giữ chủ quyền biển đảo.",
                Tone.NEUTRAL, now.minus(Duration.ofMinutes(6)), "c-biendao", "sovereignty");
        add("ocop", "baohaiphong", "Sản phẩm OCOP Hải Phòng vươn ra thị trường quốc tế",
                "Nước mắm Cát Hải và nhiều sản phẩm OCOP được xuất khẩu.",
                "Năm nay Hải Phòng có thêm 30 sản phẩm OCOP đạt 4 sao.", Tone.POSITIVE,
                now.minus(Duration.ofMinutes(10)), null, "ocop", "investment");
        add("xuyen-tac", "rfa", "Những luận điệu sai lệch về tự do tôn giáo ở Hải Phòng",
                "Một số trang mạng đưa thông tin xuyên tạc về tình hình tôn giáo.",
                "Các thông tin này không đúng sự thật.", Tone.NEGATIVE, now.minus(Duration.ofMinutes(15)), null,
                "disinformation", "human_rights");
        add("le-hoi", "vnexpress", "Lễ hội Hoa Phượng Đỏ 2025 thu hút hàng vạn du khách",
                "Lễ hội Hoa Phượng Đỏ khai mạc tại quảng trường Nhà hát thành phố.",
                "Nhiều hoạt động văn hóa, thể thao diễn ra trong dịp lễ hội.", Tone.POSITIVE,
                now.minus(Duration.ofMinutes(20)), null, "tourism_culture");
        add("hostile", "rfa", "Tin giả " + HOSTILE, "Đoạn sa-pô " + HOSTILE,
                "Nội dung có mã độc " + HOSTILE + "\n\nĐoạn thứ hai về biển đảo.", Tone.NEGATIVE,
                now.minus(Duration.ofMinutes(25)), null, "disinformation");
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDashboardCountsTodaysArticlesByTopicAndShowsSourcesThatNeedAttention() {
        login("admin", ADMIN_PASSWORD);
        browser.open(base + "/");
        browser.screenshot(SHOTS.resolve("dashboard.png"));

        assertThat(browser.find("#count-today .number").getText()).isEqualTo("6");
        assertThat(browser.find("#count-foreign .number").getText()).isEqualTo("2");
        List<WebElement> bars = browser.findAll("#topic-bars a.bar");
        assertThat(bars).hasSize(11);
        assertThat(bars.get(0).getText()).contains("Chủ quyền biển, đảo, biên giới").endsWith("2");
        assertThat(bars.get(0).getAttribute("href")).contains("topic=sovereignty");
        assertThat(browser.find("#attention").getText()).contains("Những luận điệu sai lệch về tự do tôn giáo")
                .doesNotContain("Lễ hội Hoa Phượng Đỏ");
        String warnings = browser.find("#source-warnings").getText();
        assertThat(warnings).contains("VnExpress", "Máy chủ trả lời 503", "Báo Cũ Đã Đóng", "Đã tắt")
                .doesNotContain("Báo Hải Phòng");

        bars.get(0).click();
        assertThat(browser.find("#total").getText()).startsWith("2");
    }

    @Test
    void theReportsPageShowsThisMonthsFiguresAndOffersTheThreeFiles() {
        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/reports");
        browser.findAll("#report-period a.button").stream()
                .filter(a -> a.getText().equals("Tháng này")).findFirst().orElseThrow().click();
        browser.screenshot(SHOTS.resolve("reports.png"));

        assertThat(browser.find("#report-total").getText()).isEqualTo("6");
        assertThat(browser.find("#report-topics").getText()).contains("Chủ quyền biển, đảo, biên giới 2");
        assertThat(browser.find("#download-docx").getAttribute("href")).contains("/api/reports?format=docx&from=");
        assertThat(browser.find("#download-xlsx").getAttribute("href")).contains("format=xlsx");

        browser.open(base + "/reports?from=2025-05-31&to=2025-05-01");
        assertThat(browser.pageText()).contains("trước ngày bắt đầu");
    }

    @Test
    void searchFindsHighlightsAndFiltersNarrowTheResults() {
        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/search");
        browser.fill("#q", "\"chủ quyền biển đảo\"").submit("#search-button");
        assertThat(browser.find("#total").getText()).startsWith("2");
        assertThat(browser.findAll("#hits mark")).isNotEmpty();
        assertThat(browser.find("#hits").getText()).contains("Báo Hải Phòng", "VnExpress", "Tích cực");
        browser.screenshot(SHOTS.resolve("search.png"));

        browser.find("select#source option[value=vnexpress]").click();
        browser.submit("#search-button");
        assertThat(browser.find("#total").getText()).startsWith("1");
        assertThat(browser.find("#hits").getText()).contains("VnExpress").doesNotContain("Báo Hải Phòng");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("\"chủ quyền biển đảo\"");

        browser.open(base + "/search?origin=foreign&tone=negative");
        assertThat(browser.find("#total").getText()).startsWith("2");
        browser.open(base + "/search?topic=ocop");
        assertThat(browser.find("#hits").getText()).contains("Sản phẩm OCOP Hải Phòng");
        assertThat(browser.find("#total").getText()).startsWith("1");
    }

    @Test
    void aMistakeInTheSearchIsExplainedOnThePageWithStatus400() {
        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/search?from=31-12-2025&q=bi%E1%BB%83n");
        assertThat(browser.find("#search-error").getText()).contains("from", "31-12-2025", "YYYY-MM-DD");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("biển");
        browser.open(base + "/search?q=%22bi%E1%BB%83n+%C4%91%E1%BA%A3o");
        assertThat(browser.find("#search-error").getText()).startsWith("Không tìm được:");

        WebSession session = WebSession.login(http.toBlocking(), "nguoixem", VIEWER_PASSWORD);
        WebSession.Answer answer = session.get("/search?from=31-12-2025");
        assertThat(answer.code()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception", "at vn.presswatch");
    }

    @Test
    void exportsHoldTheWholeResultListInCsvWithBomAndInXlsx() throws IOException {
        WebSession session = WebSession.login(http.toBlocking(), "nguoixem", VIEWER_PASSWORD);
        byte[] csv = http.toBlocking().retrieve(session.withCookie(HttpRequest.GET("/search/export.csv?q=H%E1%BA%A3i+Ph%C3%B2ng&sort=newest")), byte[].class);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("Thời gian,Nguồn,");
        assertThat(lines).hasSize(1 + 4);
        assertThat(text).contains("Ngư dân Hải Phòng vững vàng bám biển", "Chủ quyền biển, đảo, biên giới");

        byte[] xlsx = http.toBlocking().retrieve(session.withCookie(HttpRequest.GET("/search/export.xlsx?topic=sovereignty")), byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tiêu đề");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isIn("Báo Hải Phòng", "VnExpress");
        }
    }

    @Test
    void anArticleShowsItsTextStoryAndAnEditorCorrectsItsTopic() {
        login("bientap", EDITOR_PASSWORD);
        Article article = articles.get("bien-dao");
        browser.open(base + "/articles/" + article.id());
        browser.screenshot(SHOTS.resolve("article.png"));
        assertThat(browser.find("#article-title").getText()).isEqualTo(article.title());
        assertThat(browser.findAll("#article-text p")).hasSize(2);
        assertThat(browser.find("#cluster").getText()).contains("VnExpress");
        assertThat(browser.find("#original").getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(browser.find("#topics").getText()).contains("Chủ quyền biển, đảo, biên giới", "92%");

        // Another article, so that the counts other tests check stay as stored.
        browser.open(base + "/articles/" + articles.get("le-hoi").id());
        browser.find("input[name=topic_defense_security]").click();
        browser.find("input[name=topic_tourism_culture]").click();
        browser.fill("textarea[name=note]", "Bài nói về công tác bảo đảm an ninh lễ hội");
        browser.submit("#correction-form");

        assertThat(browser.pageText()).contains("Đã lưu phân loại mới");
        assertThat(browser.find("#topics").getText()).contains("Quốc phòng, an ninh")
                .doesNotContain("Du lịch, văn hóa, lễ hội");
        assertThat(store.get(articles.get("le-hoi").id()).orElseThrow().topicIds()).containsExactly("defense_security");
        assertThat(audit.recent("bientap", "article.correct", 5)).hasSize(1);
    }

    @Test
    void aHostileArticleStaysInertTextOnTheSearchAndArticlePages() {
        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/search?q=m%C3%A3+%C4%91%E1%BB%99c");
        assertThat(browser.find("#total").getText()).startsWith("1");
        assertThat(browser.find("#hits").getText()).contains("<script>window.__pwned=1</script>");
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.findAll("#hits script, #hits img")).isEmpty();

        browser.open(base + "/search?topic=disinformation&sort=newest");
        assertThat(browser.find("#hits").getText()).contains("onerror=\"window.__pwned=1\"");
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

        browser.open(base + "/articles/" + articles.get("hostile").id());
        assertThat(browser.find("#article-title").getText()).isEqualTo("Tin giả " + HOSTILE);
        assertThat(browser.find("#article-text").getText()).contains(HOSTILE);
        assertThat(browser.findAll("main script, main img")).isEmpty();
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

        browser.open(base + "/");
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    }

    @Test
    void anEditorAddsASourceAfterAWrongAddressIsPointedOutBesideItsField() {
        login("bientap", EDITOR_PASSWORD);
        browser.open(base + "/sources");
        browser.find("#add-source").click();
        browser.fill("#id", "baoquangninh").fill("#name", "Báo Quảng Ninh")
                .fill("#feedUrls", "baoquangninh.vn/rss");
        browser.submit("#save-source");

        assertThat(browser.find("#error-feedUrls").getText()).contains("baoquangninh.vn/rss", "http(s)");
        assertThat(browser.findAll("#error-name")).isEmpty();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Báo Quảng Ninh");
        browser.screenshot(SHOTS.resolve("source-form-error.png"));

        browser.fill("#feedUrls", "https://baoquangninh.vn/rss/home.rss");
        browser.submit("#save-source");

        assertThat(browser.currentUrl()).endsWith("/sources?ok=created");
        assertThat(browser.find("#baoquangninh").getText()).contains("Báo Quảng Ninh", "Đang theo dõi", "chưa xác minh");
        browser.screenshot(SHOTS.resolve("sources.png"));
        browser.submit("#baoquangninh form button");
        assertThat(browser.find("#baoquangninh").getText()).contains("Đã tắt");
        assertThat(store.sources().get("baoquangninh").orElseThrow().enabled()).isFalse();
        assertThat(audit.recent("bientap", "source.create", 5)).hasSize(1);
        assertThat(audit.recent("bientap", "source.disable", 5)).hasSize(1);
    }

    @Test
    void aViewerSeesNoEditorFormsAndIsRefusedWhenPostingOne() {
        login("nguoixem", VIEWER_PASSWORD);
        browser.open(base + "/sources");
        assertThat(browser.findAll("#add-source, #import-form, #sources form")).isEmpty();
        assertThat(browser.find("#sources").getText()).contains("Báo Hải Phòng");
        browser.open(base + "/articles/" + articles.get("ocop").id());
        assertThat(browser.findAll("#correction")).isEmpty();
        assertThat(browser.findAll("nav a[href='/users']")).isEmpty();

        WebSession session = WebSession.login(http.toBlocking(), "nguoixem", VIEWER_PASSWORD);
        String csrf = session.csrfToken("/search");
        assertThat(session.postForm("/sources", Map.of("_csrf", csrf, "id", "gia", "name", "Giả",
                "feedUrls", "https://gia.example.vn/rss", "country", "VN", "language", "vi", "origin", "domestic"))
                .code()).isEqualTo(403);
        assertThat(session.postForm("/articles/" + articles.get("ocop").id() + "/classification",
                Map.of("_csrf", csrf, "topic_defense_security", "on", "tone", "negative")).code()).isEqualTo(403);
        assertThat(session.get("/users").code()).isEqualTo(403);
        assertThat(store.sources().get("gia")).isEmpty();
    }

    @Test
    void anAdminCreatesAUserAndATokenShownOnceAndReadsTheAuditLog() {
        login("admin", ADMIN_PASSWORD);
        browser.open(base + "/users");
        browser.fill("#create-user input[name=username]", "lan.nguyen")
                .fill("#create-user input[name=displayName]", "Nguyễn Thị Lan")
                .fill("#create-user input[name=password]", "ngan");
        browser.executeScript("document.querySelector('#create-user input[name=password]').removeAttribute('minlength')");
        browser.submit("#create-user");
        assertThat(browser.find("#users-error").getText()).contains("10 ký tự");
        assertThat(browser.find("#create-user input[name=username]").getAttribute("value")).isEqualTo("lan.nguyen");

        browser.fill("#create-user input[name=password]", "mat-khau-cua-lan-1").submit("#create-user");
        assertThat(browser.find("#user-lan\\.nguyen").getText()).contains("Nguyễn Thị Lan", "Đang hoạt động");

        browser.fill("#create-token input[name=name]", "cổng thông tin phường").submit("#create-token");
        String token = browser.find("#created-token .token").getText();
        assertThat(token).startsWith("pw_");
        browser.screenshot(SHOTS.resolve("users.png"));
        browser.open(base + "/users");
        assertThat(browser.pageSource()).doesNotContain(token);
        assertThat(browser.find("#tokens").getText()).contains("cổng thông tin phường");

        browser.open(base + "/audit?actor=admin");
        assertThat(browser.find("#audit").getText()).contains("user.create", "lan.nguyen", "token.create")
                .doesNotContain("bientap");
        browser.open(base + "/audit?action=user.create");
        assertThat(browser.findAll("#audit tbody tr")).allSatisfy(r -> assertThat(r.getText()).contains("user.create"));
        browser.screenshot(SHOTS.resolve("audit.png"));
    }

    @Test
    void sourcesAreExportedAsOpmlAndImportedFromAnUploadWithTheTokenInTheAddress() {
        WebSession session = WebSession.login(http.toBlocking(), "bientap", EDITOR_PASSWORD);
        WebSession.Answer opml = session.get("/sources/export.opml");
        assertThat(opml.code()).isEqualTo(200);
        assertThat(opml.body()).contains("<opml", "Báo Hải Phòng", "https://baohaiphong.example.vn/rss");

        byte[] upload = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head><title>Nguồn</title>"
                + "</head><body><outline type=\"rss\" text=\"Báo Nhân Dân\" xmlUrl=\"https://nhandan.vn/rss/home.rss\""
                + " htmlUrl=\"https://nhandan.vn/\"/></body></opml>").getBytes(StandardCharsets.UTF_8);
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "nguon.opml", MediaType.TEXT_XML_TYPE, upload).build();
        String csrf = session.csrfToken("/sources");
        WebSession.Answer without = WebSession.exchange(http.toBlocking(), session.withCookie(
                HttpRequest.POST("/sources/import", body)).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(without.code()).isEqualTo(403);

        WebSession.Answer imported = WebSession.exchange(http.toBlocking(), session.withCookie(
                HttpRequest.POST("/sources/import?_csrf=" + csrf, body))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).accept(MediaType.TEXT_HTML_TYPE));
        assertThat(imported.code()).isEqualTo(200);
        assertThat(imported.body()).contains("Đã nhập 1 nguồn mới", "Báo Nhân Dân");
        assertThat(store.sources().all()).anyMatch(src -> src.name().equals("Báo Nhân Dân"));
        assertThat(audit.recent("bientap", "source.import", 5)).hasSize(1);

        MultipartBody broken = MultipartBody.builder()
                .addPart("file", "hong.opml", MediaType.TEXT_XML_TYPE, "<opml><body>".getBytes(StandardCharsets.UTF_8))
                .build();
        WebSession.Answer refused = WebSession.exchange(http.toBlocking(), session.withCookie(
                HttpRequest.POST("/sources/import?_csrf=" + csrf, broken))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).accept(MediaType.TEXT_HTML_TYPE));
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.body()).contains("hong.opml", "Danh sách nguồn không hợp lệ");
    }

    @Test
    void htmlPagesCarryTheSecurityHeaders() {
        WebSession session = WebSession.login(http.toBlocking(), "nguoixem", VIEWER_PASSWORD);
        WebSession.Answer answer = session.get("/search");
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.headers().get("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(answer.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers().get("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(answer.body()).doesNotContain("<script", " style=\"");
    }

    private void login(String username, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/login");
        browser.fill("input[name=username]", username).fill("input[name=password]", password);
        browser.submit("form[action='/login']");
        assertThat(browser.currentUrl()).as("login of " + username).isEqualTo(base + "/");
    }

    private void add(String slug, String sourceId, String title, String lead, String text, Tone tone,
                     Instant published, String cluster, String... topics) {
        List<TopicScore> scores = new ArrayList<>();
        double score = 0.92;
        for (String topic : topics) {
            scores.add(new TopicScore(topic, score));
            score -= 0.2;
        }
        Source source = store.sources().get(sourceId).orElseThrow();
        Article article = Article.builder()
                .canonicalUrl("https://" + sourceId + ".example.vn/bai-viet/" + slug + ".html")
                .sourceId(sourceId).origin(source.origin()).title(title).lead(lead).text(text)
                .author("Phóng viên " + source.name()).publishedAt(published).fetchedAt(published.plusSeconds(60))
                .language("vi").topics(scores).tone(tone).localities(List.of("Hải Phòng")).clusterId(cluster)
                .build();
        store.upsert(List.of(article));
        articles.put(slug, article);
    }

    private static Source source(String id, String name, Origin origin, SourceLevel level, boolean enabled) {
        return new Source(id, name, "https://" + id + ".example.vn/", List.of("https://" + id + ".example.vn/rss"),
                List.of(), List.of(), origin == Origin.FOREIGN ? "US" : "VN", "vi", level, origin, enabled, true);
    }
}
