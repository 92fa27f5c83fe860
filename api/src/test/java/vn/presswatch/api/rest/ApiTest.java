package vn.presswatch.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.classify.CurrentClassifier;
import vn.presswatch.api.rest.ApiClient.Reply;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.UserDirectory;
import vn.presswatch.api.security.WebSession;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Tone;

/** The REST API against the real application on loopback, with the embedded store. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest implements TestPropertyProvider {
    static final String ADMIN_PASSWORD = "Quản-trị-2025!";
    static final String EDITOR_PASSWORD = "Biên-tập-2025!";
    static final String VIEWER_PASSWORD = "Người-xem-2025!";

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ArticleStore store;

    @Inject
    UserDirectory users;

    @Inject
    CurrentClassifier classifier;

    ApiClient admin;
    ApiClient editor;
    ApiClient viewer;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.security.initial-admin-password", ADMIN_PASSWORD);
    }

    @BeforeAll
    void fixtures() {
        users.create("bien.tap", "Biên tập", Role.EDITOR, EDITOR_PASSWORD, false);
        users.create("nguoi.xem", "Người xem", Role.VIEWER, VIEWER_PASSWORD, false);
        admin = ApiClient.basic(http.toBlocking(), "admin", ADMIN_PASSWORD);
        editor = ApiClient.basic(http.toBlocking(), "bien.tap", EDITOR_PASSWORD);
        viewer = ApiClient.basic(http.toBlocking(), "nguoi.xem", VIEWER_PASSWORD);
        ApiFixtures.store(store);
    }

    // ---- articles ------------------------------------------------------------------------------------------

    @Test
    void searchFindsWithFiltersAndPagesWithExactTotals() {
        Reply hp = viewer.get("/api/articles?q=" + ApiClient.encode("Hải Phòng") + "&size=2");
        assertThat(hp.code()).isEqualTo(200);
        assertThat(hp.json().get("total").asLong()).isEqualTo(4);
        assertThat(hp.json().get("hits")).hasSize(2);
        JsonNode first = hp.json().get("hits").get(0);
        assertThat(first.get("highlight").get("title").asText()).contains("<mark>");
        assertThat(first.get("sourceName").asText()).isIn("Báo Hải Phòng", "Đài Á Châu Tự Do");

        Reply foreign = viewer.get("/api/articles?source=rfa");
        assertThat(foreign.json().get("total").asLong()).isEqualTo(1);
        JsonNode rfa = foreign.json().get("hits").get(0);
        assertThat(rfa.get("origin").asText()).isEqualTo("foreign");
        assertThat(rfa.get("tone").asText()).isEqualTo("negative");
        assertThat(rfa.get("topics").get(0).get("name").asText()).isEqualTo("Nhân quyền, dân chủ, tôn giáo, dân tộc");

        Reply june = viewer.get("/api/articles?from=2025-06-01&to=2025-06-15");
        assertThat(june.json().get("total").asLong()).isEqualTo(2);
        Reply tone = viewer.get("/api/articles?tone=positive&topic=investment");
        assertThat(tone.json().get("total").asLong()).isEqualTo(1);

        Reply page3 = viewer.get("/api/articles?topic=party_building&size=10&page=3");
        assertThat(page3.json().get("total").asLong()).isEqualTo(ApiFixtures.ROUTINE);
        assertThat(page3.json().get("page").asInt()).isEqualTo(3);
        assertThat(page3.json().get("hits")).hasSize(ApiFixtures.ROUTINE - 20);
    }

    @Test
    void oneArticleInFullWithItsStoryCluster() {
        Reply detail = viewer.get("/api/articles/" + ApiFixtures.DELEGATION.id());
        assertThat(detail.code()).isEqualTo(200);
        assertThat(detail.json().get("text").asText()).contains("đoàn đại biểu");
        assertThat(detail.json().get("cluster")).hasSize(1);
        assertThat(detail.json().get("cluster").get(0).get("id").asText()).isEqualTo(ApiFixtures.COPY.id());

        assertThat(viewer.get("/api/articles/0123456789abcdef0123456789abcdef").code()).isEqualTo(404);
        Reply bad = viewer.get("/api/articles/khong-co");
        assertThat(bad.code()).isEqualTo(404);
        assertThat(bad.json().get("message").asText()).contains("Không có bài viết");
    }

    @Test
    void topicCountsAreWhatWasStoredForEveryTopicInTaxonomyOrder() {
        Reply stats = viewer.get("/api/stats/topics?from=2025-04-01&to=2025-06-30");
        assertThat(stats.code()).isEqualTo(200);
        assertThat(stats.json().get("total").asLong()).isEqualTo(ApiFixtures.ROUTINE + 5);
        List<String> ids = new ArrayList<>();
        stats.json().get("counts").forEach(c -> ids.add(c.get("topic").asText()));
        assertThat(ids).isEqualTo(Taxonomy.standard().ids());
        Map<String, Long> counts = new java.util.HashMap<>();
        stats.json().get("counts").forEach(c -> counts.put(c.get("topic").asText(), c.get("count").asLong()));
        assertThat(counts).containsEntry("party_building", (long) ApiFixtures.ROUTINE)
                .containsEntry("sovereignty", 1L).containsEntry("human_rights", 1L)
                .containsEntry("foreign_relations", 2L).containsEntry("digital_transformation", 0L);
        assertThat(stats.json().get("counts").get(0).get("name").asText()).isEqualTo("Chủ quyền biển, đảo, biên giới");

        Reply foreignOnly = viewer.get("/api/stats/topics?origin=foreign");
        assertThat(foreignOnly.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void facetCountsAndHistogram() {
        Reply stats = viewer.get("/api/stats?facet=source&facet=tone&from=2025-04-01&to=2025-06-30&interval=month");
        assertThat(stats.code()).isEqualTo(200);
        JsonNode sources = stats.json().get("counts").get("source");
        assertThat(sources.get(0).get("key").asText()).isEqualTo("baohaiphong");
        assertThat(sources.get(0).get("name").asText()).isEqualTo("Báo Hải Phòng");
        assertThat(stats.json().get("counts").has("topic")).isFalse();
        long histogramTotal = 0;
        for (JsonNode bucket : stats.json().get("histogram")) {
            histogramTotal += bucket.get("count").asLong();
        }
        assertThat(stats.json().get("histogram")).hasSize(3);
        assertThat(histogramTotal).isEqualTo(stats.json().get("total").asLong());

        Reply noRange = viewer.get("/api/stats?interval=week");
        assertThat(noRange.code()).isEqualTo(400);
        assertThat(noRange.json().get("fields").has("interval")).isTrue();
        assertThat(viewer.get("/api/stats?facet=colour").json().get("fields").has("facet")).isTrue();
    }

    @Test
    void invalidParametersAnswer400NamingTheParameter() {
        assertBadParameter(viewer.get("/api/articles?from=2025-13-01"), "from");
        assertBadParameter(viewer.get("/api/articles?size=1000"), "size");
        assertBadParameter(viewer.get("/api/articles?tone=angry"), "tone");
        assertBadParameter(viewer.get("/api/articles?q=" + ApiClient.encode("\"unbalanced")), "q");
        assertBadParameter(viewer.get("/api/stats/topics?to=2025-01-01&from=2025-02-01"), "to");
    }

    private static void assertBadParameter(Reply reply, String parameter) {
        assertThat(reply.code()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith(parameter + ":");
        assertThat(reply.json().get("fields").has(parameter)).as(reply.body()).isTrue();
    }

    @Test
    void anEditorsCorrectionChangesTheArticleIsAuditedAndIsLearnt() {
        String id = ApiFixtures.OCOP.id();
        Reply viewerTry = viewer.put("/api/articles/" + id + "/classification",
                Map.of("topics", List.of("tourism_culture"), "tone", "neutral"));
        assertThat(viewerTry.code()).isEqualTo(403);

        Reply unknown = editor.put("/api/articles/" + id + "/classification",
                Map.of("topics", List.of("weather")));
        assertThat(unknown.code()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get("topics").asText()).contains("weather");

        Reply corrected = editor.put("/api/articles/" + id + "/classification",
                Map.of("topics", List.of("tourism_culture", "ocop"), "tone", "neutral", "note", "Bài về lễ hội"));
        assertThat(corrected.code()).as(corrected.body()).isEqualTo(200);
        Article stored = store.get(id).orElseThrow();
        assertThat(stored.topicIds()).containsExactly("ocop", "tourism_culture");
        assertThat(stored.topics()).allMatch(t -> t.score() == 1.0);
        assertThat(stored.tone()).isEqualTo(Tone.NEUTRAL);

        Reply audit = admin.get("/api/audit?action=article.correct");
        assertThat(audit.code()).isEqualTo(200);
        assertThat(audit.json().get(0).get("target").asText()).isEqualTo(id);
        assertThat(audit.json().get(0).get("actor").asText()).isEqualTo("bien.tap");
        assertThat(audit.json().get(0).get("detail").asText()).contains("Du lịch, văn hóa, lễ hội", "Trung lập");

        classifier.retrainNow();
        assertThat(classifier.learntCorrections()).isEqualTo(1);
    }

    // ---- sources ---------------------------------------------------------------------------------------------

    @Test
    void viewersCannotChangeSourcesEditorsCan() {
        Map<String, Object> source = ApiFixtures.draft("haiphongtv", "Truyền hình Hải Phòng");
        assertThat(viewer.post("/api/sources", source).code()).isEqualTo(403);

        Reply created = editor.post("/api/sources", source);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.answer().location()).isEqualTo("/api/sources/haiphongtv");
        assertThat(created.json().get("verified").asBoolean()).isFalse();
        assertThat(created.json().get("health").get("consecutiveFailures").asInt()).isZero();
        assertThat(editor.post("/api/sources", source).json().get("fields").get("id").asText()).contains("Đã có");

        Reply listed = viewer.get("/api/sources");
        assertThat(listed.json().findValuesAsText("id")).contains("haiphongtv", "baohaiphong");

        Reply off = editor.post("/api/sources/haiphongtv/disable", Map.of());
        assertThat(off.json().get("enabled").asBoolean()).isFalse();
        Map<String, Object> renamed = new java.util.HashMap<>(source);
        renamed.put("name", "Đài PT-TH Hải Phòng");
        renamed.remove("enabled");
        Reply updated = editor.put("/api/sources/haiphongtv", renamed);
        assertThat(updated.json().get("name").asText()).isEqualTo("Đài PT-TH Hải Phòng");
        assertThat(updated.json().get("enabled").asBoolean()).as("left out: kept").isFalse();

        Reply deleted = editor.delete("/api/sources/haiphongtv?articles=true");
        assertThat(deleted.code()).isEqualTo(200);
        assertThat(viewer.get("/api/sources/haiphongtv").code()).isEqualTo(404);

        List<String> actions = admin.get("/api/audit?actor=bien.tap&limit=50").json().findValuesAsText("action");
        assertThat(actions).contains("source.create", "source.disable", "source.update", "source.delete");
    }

    @Test
    void invalidSourcesAnswer400WithAMessagePerField() {
        Map<String, Object> bad = ApiFixtures.draft("Báo HP", "");
        bad.put("feedUrls", List.of("ftp://baohaiphong.vn/rss"));
        bad.put("sectionPages", List.of(Map.of("url", "https://baohaiphong.vn/thoi-su", "linkSelector", "a[")));
        bad.put("country", "XX");
        Reply reply = editor.post("/api/sources", bad);
        assertThat(reply.code()).isEqualTo(400);
        JsonNode fields = reply.json().get("fields");
        assertThat(fields.get("id").asText()).contains("Mã nguồn 'Báo HP' không hợp lệ");
        assertThat(fields.get("name").asText()).contains("Cần nhập tên nguồn tin");
        assertThat(fields.get("feedUrls").asText()).contains("ftp://baohaiphong.vn/rss", "http(s)");
        assertThat(fields.get("sectionPages").asText()).contains("bộ chọn CSS 'a['");
        assertThat(fields.get("country").asText()).contains("ISO 3166-1");
        assertThat(fields.has("language")).isFalse();
        assertThat(viewer.get("/api/sources/bao-hp").code()).isEqualTo(404);
    }

    @Test
    void opmlExportImportsBackToTheSameSources() {
        editor.post("/api/sources", ApiFixtures.draft("thanhpho", "Cổng thông tin thành phố"));
        Reply opml = viewer.get("/api/sources.opml");
        assertThat(opml.code()).isEqualTo(200);
        assertThat(opml.answer().headers().get("Content-Type")).startsWith("text/x-opml");
        assertThat(opml.body()).contains("<opml", "Cổng thông tin thành phố", "article h3 a");
        Source before = store.sources().get("thanhpho").orElseThrow();

        assertThat(editor.delete("/api/sources/thanhpho").code()).isEqualTo(200);
        Reply viewerImport = viewer.send(HttpRequest.POST("/api/sources/import?name=nguon.opml", opml.body())
                .contentType("text/x-opml"));
        assertThat(viewerImport.code()).isEqualTo(403);
        Reply imported = editor.send(HttpRequest.POST("/api/sources/import?name=nguon.opml", opml.body())
                .contentType("text/x-opml"));
        assertThat(imported.code()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("addedIds").get(0).asText()).isEqualTo("thanhpho");
        assertThat(imported.json().get("added").asInt()).isEqualTo(1);
        assertThat(imported.json().get("skippedIds").findValuesAsText("id")).isEmpty();
        assertThat(imported.json().get("skipped").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(store.sources().get("thanhpho").orElseThrow()).isEqualTo(before.withVerified(false));

        Reply again = editor.send(io.micronaut.http.HttpRequest.POST("/api/sources/import", io.micronaut.http.client
                .multipart.MultipartBody.builder().addPart("file", "nguon.opml", MediaType.of("text/x-opml"),
                        opml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(again.code()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("added").asInt()).isZero();

        Reply broken = editor.send(HttpRequest.POST("/api/sources/import?name=nguon.opml", "<opml><body>")
                .contentType("text/x-opml"));
        assertThat(broken.code()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).contains("Danh sách nguồn không hợp lệ", "nguon.opml");

        Reply json = editor.send(HttpRequest.POST("/api/sources/import", "{\"sources\": [{\"id\": \"x\"}]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(json.code()).isEqualTo(400);
        assertThat(json.body()).doesNotContain("Exception");
        assertThat(admin.get("/api/audit?action=source.import").json().findValuesAsText("actor")).contains("bien.tap");
    }

    @Test
    void usersAndTheAuditLogAreForAdminsOnly() {
        assertThat(viewer.get("/api/users").code()).isEqualTo(403);
        assertThat(editor.get("/api/audit").code()).isEqualTo(403);
        Reply list = admin.get("/api/users");
        assertThat(list.code()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("username")).contains("admin", "bien.tap", "nguoi.xem");
        assertThat(list.body()).doesNotContain("passwordHash", "$2");

        Reply weak = admin.post("/api/users", Map.of("username", "moi", "role", "viewer", "password", "ngan"));
        assertThat(weak.code()).isEqualTo(400);
        assertThat(weak.json().get("message").asText()).contains("Mật khẩu");
        Reply badRole = admin.post("/api/users", Map.of("username", "moi", "role", "boss",
                "password", "Mật-khẩu-đủ-dài-1"));
        assertThat(badRole.json().get("fields").has("role")).isTrue();

        Reply created = admin.post("/api/users", Map.of("username", "can.bo", "displayName", "Cán bộ",
                "role", "viewer", "password", "Mật-khẩu-đủ-dài-1"));
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        Reply promoted = admin.put("/api/users/can.bo", Map.of("role", "editor"));
        assertThat(promoted.json().get("role").asText()).isEqualTo("editor");
        Reply reset = admin.post("/api/users/can.bo/password", Map.of("password", "Mật-khẩu-mới-2025"));
        assertThat(reset.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(admin.put("/api/users/khong.co", Map.of("role", "editor")).code()).isEqualTo(404);

        List<String> actions = admin.get("/api/audit?actor=admin").json().findValuesAsText("action");
        assertThat(actions).contains("user.create", "user.role", "user.password");
    }

    @Test
    void usersCreateAndRevokeTheirOwnTokens() {
        Reply created = viewer.post("/api/tokens", Map.of("name", "báo cáo tuần"));
        assertThat(created.code()).isEqualTo(201);
        String token = created.json().get("token").asText();
        ApiClient byToken = ApiClient.bearer(http.toBlocking(), token);
        assertThat(byToken.get("/api/articles?size=1").code()).isEqualTo(200);
        assertThat(viewer.get("/api/tokens").json().findValuesAsText("id"))
                .containsExactly(created.json().get("id").asText());
        assertThat(viewer.get("/api/tokens").body()).doesNotContain(token);

        String id = created.json().get("id").asText();
        assertThat(editor.delete("/api/tokens/" + id).code()).as("another user's token").isEqualTo(404);
        assertThat(viewer.delete("/api/tokens/" + id).code()).isEqualTo(204);
        assertThat(byToken.get("/api/articles?size=1").code()).isEqualTo(401);
    }

    @Test
    void aSessionNeedsItsCsrfTokenForChanges() {
        WebSession session = WebSession.login(http.toBlocking(), "bien.tap", EDITOR_PASSWORD);
        String csrf = session.csrfToken("/password");
        Reply without = Reply.of(WebSession.exchange(http.toBlocking(),
                session.withCookie(HttpRequest.POST("/api/sources/rfa/disable", "")).accept(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(without.code()).isEqualTo(403);
        Reply with = Reply.of(WebSession.exchange(http.toBlocking(),
                session.withCookie(HttpRequest.POST("/api/sources/rfa/disable", "")).header("X-CSRF-Token", csrf)
                        .accept(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(with.code()).as(with.body()).isEqualTo(200);
        assertThat(with.json().get("enabled").asBoolean()).isFalse();
        assertThat(editor.post("/api/sources/rfa/enable", Map.of()).json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void anUnexpectedFailureAnswers500WithoutDetail() {
        Reply reply = viewer.get("/api/test-failure");
        assertThat(reply.code()).isEqualTo(500);
        assertThat(reply.json().get("message").asText()).isEqualTo("Lỗi máy chủ; chi tiết trong nhật ký.");
        assertThat(reply.body()).doesNotContain("geheim", "hunter2", "Exception", "at vn.", "/var/lib");
    }

    @Test
    void theOpenApiDocumentListsTheEndpointsForLoggedInUsers() {
        Reply doc = viewer.get("/openapi.yml");
        assertThat(doc.code()).isEqualTo(200);
        assertThat(doc.body()).contains("title: presswatch API", "/api/articles:", "/api/sources/{id}/enable:",
                "/api/stats/topics:");
        assertThat(WebSession.exchange(http.toBlocking(), HttpRequest.GET("/openapi.yml")).code()).isEqualTo(401);
    }

    static Instant day(String isoDate) {
        return Instant.parse(isoDate + "T03:00:00Z");
    }

    static Source source(String id, String name, Origin origin) {
        return new Source(id, name, "https://" + id + ".example/", List.of("https://" + id + ".example/rss"),
                List.of(), List.of(), origin == Origin.FOREIGN ? "US" : "VN", origin == Origin.FOREIGN ? "en" : "vi",
                origin == Origin.FOREIGN ? SourceLevel.FOREIGN : SourceLevel.LOCAL, origin, true, true);
    }
}
