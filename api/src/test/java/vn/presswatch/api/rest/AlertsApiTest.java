package vn.presswatch.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.alert.AlertOutbox;
import vn.presswatch.api.crawl.ArticlePipeline;
import vn.presswatch.api.digest.DigestMailTest;
import vn.presswatch.api.rest.ApiClient.Reply;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.StatsRequest;

/**
 * Keyword alerts through the running application: rules by the API (validation, preview), articles stored through
 * the real pipeline raise one alert per rule and story, deliveries reach a real SMTP server (GreenMail) and a real
 * webhook on loopback that fails twice before it accepts, and the handling workflow is checked and audited.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsApiTest implements TestPropertyProvider {
    private static final String EDITOR_PASSWORD = "Biên-tập-2025!";
    private static final String VIEWER_PASSWORD = "Người-xem-2025!";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    static GreenMail smtp;
    static HttpServer webhook;
    static final List<JsonNode> HOOK_BODIES = new CopyOnWriteArrayList<>();
    static final List<Instant> HOOK_TIMES = new CopyOnWriteArrayList<>();
    static final AtomicInteger HOOK_CALLS = new AtomicInteger();
    static final List<String> HOOK_SIGNATURES = new CopyOnWriteArrayList<>();
    static final List<String> EXPECTED_SIGNATURES = new CopyOnWriteArrayList<>();
    private static final String WEBHOOK_SECRET = "bí-mật-webhook-2025";
    /** The webhook answers 503 to this many calls before it accepts. */
    static final int HOOK_FAILURES = 2;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ArticleStore store;

    @Inject
    UserDirectory users;

    @Inject
    ArticlePipeline pipeline;

    @Inject
    AlertOutbox outbox;

    ApiClient editor;
    ApiClient viewer;

    @Override
    public Map<String, String> getProperties() {
        startServers();
        Map<String, String> properties = new HashMap<>();
        DigestMailTest.mailSettings(dataDir, smtp.getSmtp().getPort())
                .forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("presswatch.alerts.poll-interval", "200ms");
        properties.put("presswatch.alerts.first-retry", "300ms");
        properties.put("presswatch.alerts.max-retry-wait", "1s");
        properties.put("presswatch.alerts.webhook-secret", WEBHOOK_SECRET);
        properties.put("presswatch.security.initial-admin-password", "Quản-trị-2025!");
        return properties;
    }

    private static synchronized void startServers() {
        if (smtp != null) {
            return;
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.setUser("presswatch@example.vn", "smtp-Secret-2025");
        smtp.start();
        try {
            webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        webhook.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                int call = HOOK_CALLS.incrementAndGet();
                int status = call <= HOOK_FAILURES ? 503 : 200;
                if (status == 200) {
                    HOOK_SIGNATURES.add(String.valueOf(exchange.getRequestHeaders().getFirst(
                            "X-Presswatch-Signature")));
                    EXPECTED_SIGNATURES.add("sha256=" + hmacHex(body));
                    HOOK_BODIES.add(JSON.readTree(body));
                    HOOK_TIMES.add(Instant.now());
                }
                byte[] answer = (status == 200 ? "ok" : "bảo trì").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        webhook.start();
    }

    /** The signature a receiver computes with its own HMAC code, not presswatch's. */
    private static String hmacHex(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServers() {
        if (smtp != null) {
            smtp.stop();
        }
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    @BeforeAll
    void accounts() {
        users.create("bien.tap", "Biên tập", Role.EDITOR, EDITOR_PASSWORD, false);
        users.create("nguoi.xem", "Người xem", Role.VIEWER, VIEWER_PASSWORD, false);
        editor = ApiClient.basic(http.toBlocking(), "bien.tap", EDITOR_PASSWORD);
        viewer = ApiClient.basic(http.toBlocking(), "nguoi.xem", VIEWER_PASSWORD);
        store.sources().put(ApiTest.source("baohaiphong", "Báo Hải Phòng", Origin.DOMESTIC));
        store.sources().put(ApiTest.source("rfa", "Đài Á Châu Tự Do", Origin.FOREIGN));
    }

    @Test
    void aRuleRaisesOneAlertPerStoryDeliveredByMailAndByWebhookAfterRetries() throws Exception {
        // A past article the preview must find.
        pipeline.accept(List.of(article("https://baohaiphong.example/cat-hai-cu", "baohaiphong",
                "Cầu Cát Hải được sửa chữa", Instant.now().minus(Duration.ofDays(3)), null)));

        Map<String, Object> rule = rule("Tin đồn về cầu Cát Hải", "\"Cát Hải\" AND (tin đồn OR sai sự thật)");
        rule.put("emails", List.of("chanh.vanphong@example.vn; pho@example.vn"));
        rule.put("webhookUrl", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
        Reply preview = editor.post("/api/alert-rules/preview", rule("Thử", "\"Cát Hải\""));
        assertThat(preview.code()).isEqualTo(200);
        assertThat(preview.json().get("total").asLong()).isEqualTo(1);
        assertThat(preview.json().get("hits").get(0).get("title").asText()).isEqualTo("Cầu Cát Hải được sửa chữa");

        Reply created = editor.post("/api/alert-rules", rule);
        assertThat(created.code()).isEqualTo(201);
        String ruleId = created.json().get("id").asText();
        assertThat(created.json().get("emails")).hasSize(2);

        Instant stored = Instant.now();
        pipeline.accept(List.of(
                article("https://baohaiphong.example/tin-don-cat-hai", "baohaiphong",
                        "Bác bỏ tin đồn sai sự thật về cầu Cát Hải", stored, "story-cat-hai"),
                article("https://rfa.example/cat-hai", "rfa", "Tin đồn về cầu Cát Hải lan trên mạng", stored,
                        "story-cat-hai"),
                article("https://baohaiphong.example/ocop", "baohaiphong", "Nước mắm Cát Hải đạt OCOP 4 sao",
                        stored, null)));

        Reply alerts = viewer.get("/api/alerts?rule=" + ruleId);
        assertThat(alerts.json().get("total").asLong()).as("one alert for the two copies of one story").isEqualTo(1);
        JsonNode alert = alerts.json().get("alerts").get(0);
        assertThat(alert.get("copies").asInt()).isEqualTo(2);
        assertThat(alert.get("state").asText()).isEqualTo("new");
        assertThat(alert.get("title").asText()).isEqualTo("Bác bỏ tin đồn sai sự thật về cầu Cát Hải");

        // Polled: GreenMail's own wait misses messages that arrive while it starts waiting.
        waitFor(() -> smtp.getReceivedMessages().length >= 2, Duration.ofSeconds(30));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[presswatch] Cảnh báo \"Tin đồn về cầu Cát Hải\": 1 tin mới");
        assertThat(DigestMailTest.part(mail, "text/plain")).contains("Bác bỏ tin đồn sai sự thật về cầu Cát Hải",
                "Báo Hải Phòng", "https://pw.example.vn/alerts/" + alert.get("id").asText());

        waitFor(() -> !HOOK_BODIES.isEmpty(), Duration.ofSeconds(15));
        assertThat(HOOK_CALLS.get()).isEqualTo(HOOK_FAILURES + 1);
        assertThat(HOOK_SIGNATURES.get(0)).as("signed with the configured secret").isEqualTo(
                EXPECTED_SIGNATURES.get(0));
        JsonNode body = HOOK_BODIES.get(0);
        assertThat(body.get("attempt").asInt()).isEqualTo(HOOK_FAILURES + 1);
        assertThat(body.get("rule").get("id").asText()).isEqualTo(ruleId);
        assertThat(body.get("alerts").get(0).get("url").asText()).isEqualTo("https://baohaiphong.example/tin-don-cat-hai");
        assertThat(Duration.between(stored, HOOK_TIMES.get(0))).as("delivered within 60 s").isLessThan(
                Duration.ofSeconds(60));

        // The receiver has it; the outcome is recorded a moment later.
        waitFor(() -> webhookDelivery(ruleId).get("status").asText().equals("delivered"), Duration.ofSeconds(5));
        JsonNode webhookDelivery = webhookDelivery(ruleId);
        assertThat(webhookDelivery.get("attempts").asInt()).isEqualTo(HOOK_FAILURES + 1);
        assertThat(webhookDelivery.get("lastError").asText()).contains("HTTP 503");

        // Stored again (a re-crawl): an update raises nothing.
        pipeline.accept(List.of(article("https://baohaiphong.example/tin-don-cat-hai", "baohaiphong",
                "Bác bỏ tin đồn sai sự thật về cầu Cát Hải", stored, "story-cat-hai")));
        assertThat(viewer.get("/api/alerts?rule=" + ruleId).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theWorkflowMovesThroughItsStatesWithHistoryAndRefusesWrongSteps() {
        String ruleId = editor.post("/api/alert-rules", rule("Nhân quyền", "nhân quyền")).json().get("id")
                .asText();
        pipeline.accept(List.of(article("https://rfa.example/nhan-quyen", "rfa",
                "Báo cáo xuyên tạc tình hình nhân quyền", Instant.now(), null)));
        String id = viewer.get("/api/alerts?rule=" + ruleId).json().get("alerts").get(0).get("id").asText();

        Reply noNote = editor.post("/api/alerts/" + id + "/dismiss", Map.of("note", " "));
        assertThat(noNote.code()).isEqualTo(400);
        assertThat(noNote.json().get("fields").get("note").asText()).contains("lý do");
        assertThat(editor.post("/api/alerts/" + id + "/assign", Map.of("assignee", "khong.co")).code())
                .isEqualTo(400);
        assertThat(viewer.post("/api/alerts/" + id + "/assign", Map.of("assignee", "bien.tap")).code())
                .isEqualTo(403);

        Reply assigned = editor.post("/api/alerts/" + id + "/assign", Map.of("assignee", "bien.tap"));
        assertThat(assigned.json().get("state").asText()).isEqualTo("assigned");
        assertThat(assigned.json().get("assignee").asText()).isEqualTo("bien.tap");
        assertThat(viewer.get("/api/alerts?state=assigned&assignee=bien.tap").json().get("total").asLong())
                .isEqualTo(1);

        Reply badLink = editor.post("/api/alerts/" + id + "/answer",
                Map.of("note", "Đã đăng bài phản bác", "responseUrl", "javascript:alert(1)"));
        assertThat(badLink.code()).isEqualTo(400);
        assertThat(badLink.json().get("fields").has("responseUrl")).isTrue();
        Reply answered = editor.post("/api/alerts/" + id + "/answer", Map.of("note", "Đã đăng bài phản bác",
                "responseUrl", "https://baohaiphong.example/phan-bac"));
        assertThat(answered.json().get("state").asText()).isEqualTo("answered");
        assertThat(answered.json().get("responseUrl").asText()).isEqualTo("https://baohaiphong.example/phan-bac");

        Reply again = editor.post("/api/alerts/" + id + "/dismiss", Map.of("note", "nhầm"));
        assertThat(again.code()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("Đã phản hồi");

        JsonNode history = viewer.get("/api/alerts/" + id).json().get("history");
        List<String> actions = new ArrayList<>();
        history.forEach(h -> actions.add(h.get("action").asText()));
        assertThat(actions).containsExactly("alert.assign", "alert.answer");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("bien.tap");
        assertThat(history.get(1).get("detail").asText()).contains("Đã đăng bài phản bác");

        LocalDate today = LocalDate.now(StatsRequest.VIETNAM);
        Reply counts = viewer.get("/api/stats/alerts?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        assertThat(counts.json().get("states").get("answered").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.json().get("total").asLong()).isEqualTo(
                viewer.get("/api/alerts?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).json()
                        .get("total").asLong());
    }

    @Test
    void invalidRulesAreRefusedFieldByField() {
        Map<String, Object> bad = rule("", "\"Cát Hải");
        bad.put("emails", List.of("khong-phai-thu"));
        bad.put("webhookUrl", "ftp://example.vn/hook");
        bad.put("topics", List.of("khong_co"));
        bad.put("batching", "weekly");
        Reply refused = editor.post("/api/alert-rules", bad);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.json().get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "query", "topics", "emails", "webhookUrl", "batching");
        Reply empty = editor.post("/api/alert-rules", rule("Mọi thứ", ""));
        assertThat(empty.json().get("fields").get("query").asText()).contains("bộ lọc");
        assertThat(viewer.post("/api/alert-rules", rule("Xem", "biển")).code()).isEqualTo(403);
        assertThat(viewer.get("/api/alert-rules/khong-co").code()).isEqualTo(404);
        assertThat(viewer.get("/api/alerts?state=mo").code()).isEqualTo(400);
    }

    @Test
    void anHourlyRuleGathersItsAlertsIntoOneDeliveryAfterTheHour() {
        Map<String, Object> body = rule("Đầu tư theo giờ", "\"khu kinh tế Đình Vũ\"");
        body.put("batching", "hourly");
        body.put("webhookUrl", "http://127.0.0.1:9/never");
        String ruleId = editor.post("/api/alert-rules", body).json().get("id").asText();
        Instant now = Instant.now();
        pipeline.accept(List.of(
                article("https://baohaiphong.example/dinh-vu-1", "baohaiphong", "Khu kinh tế Đình Vũ mở rộng", now,
                        null),
                article("https://baohaiphong.example/dinh-vu-2", "baohaiphong", "Khu kinh tế Đình Vũ đón dự án",
                        now, null)));
        assertThat(outbox.ofRule(ruleId, 10)).as("nothing is sent before the hour is over").isEmpty();
        Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        assertThat(outbox.gatherHourly(nextHour)).hasSize(1);
        assertThat(outbox.gatherHourly(nextHour)).as("gathered once").isEmpty();
        assertThat(outbox.ofRule(ruleId, 10).get(0).eventIds()).hasSize(2)
                .allMatch(e -> e.startsWith(ruleId + "~"));
    }

    private JsonNode webhookDelivery(String ruleId) {
        for (JsonNode d : viewer.get("/api/alert-rules/" + ruleId).json().get("deliveries")) {
            if (d.get("channel").asText().equals("webhook")) {
                return d;
            }
        }
        throw new AssertionError("no webhook delivery for rule " + ruleId);
    }

    private static Map<String, Object> rule(String name, String query) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("query", query);
        return rule;
    }

    private static Article article(String url, String source, String title, Instant at, String cluster) {
        return Article.builder().canonicalUrl(url).url(url).sourceId(source)
                .origin(source.equals("rfa") ? Origin.FOREIGN : Origin.DOMESTIC).title(title)
                .text(title + ". Nội dung bài viết về thành phố Hải Phòng.").publishedAt(at).fetchedAt(at)
                .clusterId(cluster).build();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration limit)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within " + limit).isTrue();
    }
}
