package vn.presswatch.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.alert.AlertEvent;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Tone;

/** The report endpoints against the real application: the figures are those of the statistics API. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiTest implements TestPropertyProvider {
    private static final String PASSWORD = "Mat-khau-quan-tri-1";
    private static final String PERIOD = "from=2025-05-01&to=2025-05-31";

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ArticleStore store;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("presswatch.data-dir", dataDir.toString());
        p.put("presswatch.crawler.schedule", "false");
        p.put("presswatch.security.initial-admin-password", PASSWORD);
        p.put("presswatch.office.issuing-body", "ỦY BAN NHÂN DÂN\\nXÃ THANH MIỆN");
        p.put("presswatch.office.place", "Thanh Miện");
        p.put("presswatch.office.locality-name", "xã Thanh Miện");
        p.put("presswatch.office.localities", "Thanh Miện");
        return p;
    }

    @BeforeAll
    void storeArticles() {
        List<Article> articles = new ArrayList<>();
        String[] topics = {"ocop", "tourism_culture", "disinformation", "ocop"};
        for (int i = 0; i < 40; i++) {
            articles.add(Article.builder()
                    .canonicalUrl("https://baohaiduong.vn/thanh-mien-" + i + ".html")
                    .sourceId(i % 4 == 0 ? "rfa-vietnamese" : "baohaiduong")
                    .origin(i % 4 == 0 ? Origin.FOREIGN : Origin.DOMESTIC)
                    .title("Thanh Miện: tin số " + i)
                    .lead("Tin về xã Thanh Miện.")
                    // Around the month's edges too: 30 April 17:30 UTC is already 1 May in Vietnam.
                    .publishedAt(Instant.parse("2025-04-30T17:30:00Z").plusSeconds(86_400L * i))
                    .fetchedAt(Instant.parse("2025-04-30T17:35:00Z").plusSeconds(86_400L * i))
                    .language("vi")
                    .topic(topics[i % topics.length])
                    .tone(i % 5 == 0 ? Tone.NEGATIVE : Tone.NEUTRAL)
                    .localities(i % 10 == 9 ? List.of("Ninh Bình") : List.of("Thanh Miện"))
                    .build());
        }
        store.upsert(articles);
        // Alerts of May in three states, and one of June that the May report must not count.
        AlertEvent first = alert("1", Instant.parse("2025-05-03T02:00:00Z"));
        store.records(AlertEvent.RECORD_TYPE).put(first.moved(AlertState.ANSWERED, "bien.tap",
                "Đã đăng bài phản bác trên cổng thông tin xã", "https://thanhmien.example/phan-bac", "bien.tap",
                Instant.parse("2025-05-04T02:00:00Z")));
        store.records(AlertEvent.RECORD_TYPE).put(alert("2", Instant.parse("2025-05-10T02:00:00Z")).moved(
                AlertState.DISMISSED, null, "Tin cũ, không cần xử lý", null, "bien.tap",
                Instant.parse("2025-05-11T02:00:00Z")));
        store.records(AlertEvent.RECORD_TYPE).put(alert("3", Instant.parse("2025-05-31T16:30:00Z")));
        store.records(AlertEvent.RECORD_TYPE).put(alert("4", Instant.parse("2025-05-31T17:30:00Z")));
    }

    private static AlertEvent alert(String n, Instant at) {
        return new AlertEvent(AlertEvent.idFor("rule-1", "cluster-" + n), "rule-1", "Tin sai lệch về Thanh Miện",
                "cluster-" + n, "article-" + n, "Tin đồn số " + n + " về xã Thanh Miện", "rfa-vietnamese",
                "https://rfa.example/" + n, at, at, 1, AlertState.NEW, null, null, null, at, null, false);
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWordReportCountsWhatTheStatisticsApiCounts() throws Exception {
        Map<String, Object> stats = http.toBlocking().retrieve(HttpRequest.GET("/api/stats/topics?" + PERIOD
                + "&locality=Thanh%20Mi%E1%BB%87n").header("Authorization", basic()),
                Argument.mapOf(String.class, Object.class));
        HttpResponse<byte[]> docx = http.toBlocking().exchange(HttpRequest.GET("/api/reports?format=docx&" + PERIOD)
                .header("Authorization", basic()), byte[].class);

        assertThat(docx.getHeaders().get("Content-Disposition")).contains("bao-cao-2025-05-01-2025-05-31.docx");
        long total = ((Number) stats.get("total")).longValue();
        assertThat(total).isBetween(20L, 31L);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .contains("ghi nhận " + total + " tin, bài"));
            XWPFTable topics = doc.getTables().get(1);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> counts = (List<Map<String, Object>>) stats.get("counts");
            for (int i = 0; i < counts.size(); i++) {
                assertThat(topics.getRow(i + 1).getCell(1).getText()).isEqualTo(counts.get(i).get("name"));
                assertThat(topics.getRow(i + 1).getCell(2).getText())
                        .isEqualTo(counts.get(i).get("count").toString());
            }
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("XÃ THANH MIỆN");
        }
    }

    @Test
    void theWorkbookListsEveryArticleOfThePeriod() throws Exception {
        Map<String, Object> stats = http.toBlocking().retrieve(HttpRequest.GET("/api/stats/topics?" + PERIOD
                + "&locality=Thanh%20Mi%E1%BB%87n").header("Authorization", basic()),
                Argument.mapOf(String.class, Object.class));
        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/api/reports?format=xlsx&" + PERIOD)
                .header("Authorization", basic()), byte[].class);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Danh sách tin bài").getLastRowNum())
                    .isEqualTo(((Number) stats.get("total")).intValue());
            assertThat(book.getSheet("Tổng hợp").getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(((Number) stats.get("total")).doubleValue());
        }
    }

    @Test
    void theAlertsOfThePeriodAreCountedAsTheAlertStatisticsCountThem() throws Exception {
        Map<String, Object> stats = http.toBlocking().retrieve(HttpRequest.GET("/api/stats/alerts?" + PERIOD)
                .header("Authorization", basic()), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> states = (Map<String, Object>) stats.get("states");
        // 31 May 16:30 UTC is still 31 May in Vietnam; 17:30 UTC is 1 June.
        assertThat(stats.get("total")).isEqualTo(3);
        assertThat(states).containsEntry("answered", 1).containsEntry("dismissed", 1).containsEntry("new", 1)
                .containsEntry("assigned", 0);

        byte[] docx = http.toBlocking().retrieve(HttpRequest.GET("/api/reports?format=docx&" + PERIOD)
                .header("Authorization", basic()), byte[].class);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .contains("phát 3 cảnh báo", "đã phản hồi 1", "không cần xử lý 1", "còn 1 cảnh báo"));
            XWPFTable byState = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Trạng thái xử lý")).findFirst()
                    .orElseThrow();
            assertThat(byState.getRow(3).getCell(1).getText()).isEqualTo("Đã phản hồi");
            assertThat(byState.getRow(3).getCell(2).getText()).isEqualTo("1");
            XWPFTable listed = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Tin, bài được cảnh báo")).findFirst()
                    .orElseThrow();
            assertThat(listed.getNumberOfRows()).isEqualTo(4);
            assertThat(listed.getRow(1).getCell(3).getText()).contains("Đã đăng bài phản bác",
                    "https://thanhmien.example/phan-bac");
        }
        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/api/reports?format=xlsx&" + PERIOD)
                .header("Authorization", basic()), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Cảnh báo").getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheet("Cảnh báo").getRow(1).getCell(4).getStringCellValue()).isEqualTo("Đã phản hồi");
        }
    }

    @Test
    void aWrongPeriodOrFormatIsA400ThatSaysWhy() {
        HttpClientResponseException badFormat = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(HttpRequest.GET(
                        "/api/reports?format=pdf&" + PERIOD).header("Authorization", basic()), String.class));
        HttpClientResponseException reversed = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(HttpRequest.GET(
                        "/api/reports?from=2025-05-31&to=2025-05-01").header("Authorization", basic()),
                        String.class));

        assertThat(badFormat.code()).isEqualTo(400);
        assertThat(badFormat.getResponse().getBody(String.class).orElse("")).contains("docx, xlsx hoặc csv");
        assertThat(reversed.code()).isEqualTo(400);
        assertThat(reversed.getResponse().getBody(String.class).orElse("")).contains("trước ngày bắt đầu");
    }
}
