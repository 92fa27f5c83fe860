package vn.presswatch.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** The digest e-mail through Micronaut Email to a real SMTP server (GreenMail) on loopback, with login. */
public class DigestMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("presswatch@example.vn", "smtp-Secret-2025"));

    @TempDir
    Path dir;

    public static Map<String, Object> mailSettings(Path dataDir, int smtpPort) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                // GreenMail speaks plain SMTP on loopback; the shipped settings require STARTTLS.
                "javamail.properties.mail.smtp.starttls.enable", "false",
                "javamail.properties.mail.smtp.starttls.required", "false"));
        settings.putAll(Map.of("presswatch.data-dir", dataDir.toString(),
                "presswatch.crawler.schedule", "false",
                "presswatch.digest.from", "presswatch@example.vn",
                "presswatch.digest.base-url", "https://pw.example.vn/",
                "javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", Integer.toString(smtpPort),
                "javamail.properties.mail.smtp.auth", "true",
                "javamail.authentication.username", "presswatch@example.vn",
                "javamail.authentication.password", "smtp-Secret-2025"));
        return settings;
    }

    @Test
    void theDigestArrivesAsHtmlWithAPlainTextPartAndEscapedArticleText() throws Exception {
        Digest digest;
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("store")))) {
            DigestFixtures.fill(store);
            digest = new DigestBuilder(store, DigestBuilderTest.properties(30),
                    DigestBuilderTest.office("Hải Phòng")).build(DigestBuilderTest.DAY);
        }
        try (ApplicationContext context = ApplicationContext.run(mailSettings(dir.resolve("data"),
                SMTP.getSmtp().getPort()))) {
            context.getBean(DigestMail.class).send(digest, List.of("chanh.vanphong@example.vn", "pho@example.vn"));
        }

        assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject())
                .isEqualTo("Bản tin báo chí ngày 10/05/2025 — 8 tin, bài về thành phố Hải Phòng");
        assertThat(message.getFrom()[0].toString()).isEqualTo("presswatch@example.vn");
        String html = part(message, "text/html");
        String text = part(message, "text/plain");

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tin đồn &amp; &quot;bịa đặt&quot;")
                .doesNotContain("<script")
                .contains("Tin tiêu cực và thông tin sai lệch", "và 2 cơ quan báo chí khác (VnExpress, Báo Hải Phòng)",
                        "href=\"https://tuoitre.vn/dau-tu-1.html\"",
                        "https://pw.example.vn/digest?date=2025-05-10")
                .doesNotContain("<img", "<link", "<style");
        assertThat(html.indexOf("Tin tiêu cực")).isLessThan(html.indexOf("Khu công nghiệp mới"));
        assertThat(text).contains(DigestFixtures.HOSTILE_TITLE, "Tuổi Trẻ · 09/05/2025 07:30",
                "và 2 cơ quan báo chí khác", "https://tuoitre.vn/dau-tu-1.html", "== Khác ==");
    }

    /** The content of the first part of this MIME type, however deeply nested. */
    public static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
