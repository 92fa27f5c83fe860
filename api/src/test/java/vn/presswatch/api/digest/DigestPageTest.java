package vn.presswatch.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.security.WebSession;
import vn.presswatch.api.security.WebSession.Answer;
import vn.presswatch.api.web.VietnamTime;
import vn.presswatch.store.ArticleStore;

/** The digest page and the Atom feed of the real application on loopback. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestPageTest implements TestPropertyProvider {
    private static final String ADMIN_PASSWORD = "Quản-trị-2025!";

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ArticleStore store;

    private LocalDate yesterday;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.security.initial-admin-password", ADMIN_PASSWORD,
                "presswatch.office.localities", "Hải Phòng",
                "presswatch.office.locality-name", "thành phố Hải Phòng",
                "presswatch.digest.base-url", "https://pw.example.vn");
    }

    @BeforeAll
    void fill() {
        yesterday = VietnamTime.day(Instant.now()).minusDays(1);
        DigestFixtures.fill(store, yesterday);
        store.records(DigestDelivery.RECORD_TYPE).put(new DigestDelivery(yesterday.toString(),
                DigestDelivery.Status.FAILED, Instant.now(), 3, 2, 0, "Không kết nối được máy chủ thư smtp.example.vn"));
    }

    @Test
    void thePageShowsTheDigestOfAPastDayWithFoldedStoriesAndTheFailedSend() {
        WebSession session = WebSession.login(http.toBlocking(), "admin", ADMIN_PASSWORD);
        Answer page = session.get("/digest?date=" + yesterday);

        assertThat(page.code()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Bản tin báo chí", "ngày " + VietnamTime.format(yesterday),
                "8 tin, bài về thành phố Hải Phòng",
                "Tin tiêu cực và thông tin sai lệch", "Khu công nghiệp mới", "Tuổi Trẻ",
                "và 2 cơ quan báo chí khác (VnExpress, Báo Hải Phòng)",
                "Chưa gửi được: Không kết nối được máy chủ thư smtp.example.vn",
                "href=\"/digest.atom\"", "href=\"/digest\"")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(", "Tin Hà Nội", "Trước khung giờ");
        assertThat(body.indexOf("section-attention")).isLessThan(body.indexOf("section-investment"));
        assertThat(body.indexOf("section-investment")).isLessThan(body.indexOf("section-other"));
    }

    @Test
    void todayIsTheDefaultAndBadOrFutureDatesAreExplained() {
        WebSession session = WebSession.login(http.toBlocking(), "admin", ADMIN_PASSWORD);
        LocalDate today = yesterday.plusDays(1);
        assertThat(session.get("/digest").body()).contains("ngày " + VietnamTime.format(today));

        Answer bad = session.get("/digest?date=10-05-2025");
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("Ngày &#39;10-05-2025&#39; không hợp lệ", "năm-tháng-ngày");

        Answer future = session.get("/digest?date=" + today.plusDays(1));
        assertThat(future.code()).isEqualTo(400);
        assertThat(future.body()).contains("ngày này chưa đến");
    }

    @Test
    void theAtomFeedHasOneEntryPerDayForFeedReadersWithBasicAuthentication() throws Exception {
        Answer anonymous = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/digest.atom"));
        assertThat(anonymous.code()).isEqualTo(401);

        Answer answer = WebSession.exchange(http.toBlocking(), HttpRequest.GET("/digest.atom")
                .basicAuth("admin", ADMIN_PASSWORD).accept(MediaType.ALL_TYPE));
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.headers().get("Content-Type")).startsWith("application/atom+xml");
        assertThat(answer.body()).doesNotContain("<script");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("https://pw.example.vn/digest.atom");
        // What Atom 1.0 requires: feed id, title, updated, author; entry id, title, updated.
        assertThat(answer.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "<updated>",
                "<author>", "rel=\"self\"");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getPublishedDate()).isNotNull();
        assertThat(feed.getEntries()).hasSize(14)
                .allSatisfy(e -> assertThat(e.getUpdatedDate()).isNotNull());
        SyndEntry entry = feed.getEntries().get(1);
        assertThat(entry.getUri()).isEqualTo("https://pw.example.vn/digest?date=" + yesterday);
        assertThat(entry.getTitle()).isEqualTo("Bản tin báo chí ngày " + VietnamTime.format(yesterday)
                + " — 8 tin, bài về thành phố Hải Phòng");
        String html = entry.getContents().get(0).getValue();
        assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
        assertThat(html).contains("&lt;script&gt;alert(", "và 2 cơ quan báo chí khác").doesNotContain("<script");
        // The day before holds only the article published one second before yesterday's window.
        assertThat(feed.getEntries().get(2).getTitle()).contains("— 1 tin, bài");
        assertThat(feed.getEntries().get(3).getTitle()).contains("— 0 tin, bài");
    }
}
