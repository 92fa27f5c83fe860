package vn.presswatch.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.ArticleStore;

/** The morning send: once per day, retried and recorded when the mail server fails, at the right time. */
class DigestScheduleTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("presswatch@example.vn", "smtp-Secret-2025"));

    @TempDir
    Path dir;

    private Map<String, Object> settings(int smtpPort) {
        Map<String, Object> settings = new HashMap<>(DigestMailTest.mailSettings(dir, smtpPort));
        settings.put("presswatch.digest.recipients", "chanh.vanphong@example.vn");
        settings.put("presswatch.digest.attempts", "2");
        settings.put("presswatch.digest.retry-delay", "10ms");
        settings.put("presswatch.office.localities", "Hải Phòng");
        settings.put("presswatch.office.locality-name", "thành phố Hải Phòng");
        return settings;
    }

    @Test
    void twoSendsOfTheSameDaySendOneMail() {
        try (ApplicationContext context = ApplicationContext.run(settings(SMTP.getSmtp().getPort()))) {
            DigestFixtures.fill(context.getBean(ArticleStore.class));
            DigestDispatch dispatch = context.getBean(DigestDispatch.class);

            assertThat(dispatch.send(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.SENT);
            assertThat(dispatch.send(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.ALREADY_CLAIMED);

            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            DigestDelivery delivery = dispatch.delivery(DigestFixtures.DAY).orElseThrow();
            assertThat(delivery.status()).isEqualTo(DigestDelivery.Status.SENT);
            assertThat(delivery.articles()).isEqualTo(8);
            assertThat(delivery.attempts()).isEqualTo(1);
            // The next day is a new send.
            assertThat(dispatch.send(DigestFixtures.DAY.plusDays(1))).isEqualTo(DigestDispatch.Outcome.SENT);
            assertThat(SMTP.getReceivedMessages()).hasSize(2);
        }
    }

    @Test
    void aFailedSendIsRetriedAndRecordedWithItsReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ApplicationContext context = ApplicationContext.run(settings(closedPort))) {
            DigestFixtures.fill(context.getBean(ArticleStore.class));
            DigestDispatch dispatch = context.getBean(DigestDispatch.class);

            assertThat(dispatch.send(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.FAILED);

            DigestDelivery delivery = dispatch.delivery(DigestFixtures.DAY).orElseThrow();
            assertThat(delivery.status()).isEqualTo(DigestDelivery.Status.FAILED);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.error()).startsWith("không kết nối được máy chủ thư (")
                    .contains("127.0.0.1, " + closedPort, "Connection refused");
            // A failed day stays claimed: the schedule does not send it again by itself.
            assertThat(dispatch.send(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.ALREADY_CLAIMED);
        }
    }

    @Test
    void anEditorCanSendAgainADayWhoseEveryTryFailedButNotADaySent() {
        try (ApplicationContext context = ApplicationContext.run(settings(SMTP.getSmtp().getPort()))) {
            ArticleStore store = context.getBean(ArticleStore.class);
            DigestFixtures.fill(store);
            DigestDispatch dispatch = context.getBean(DigestDispatch.class);
            // The morning's send failed for good (the mail server was down then).
            store.records(DigestDelivery.RECORD_TYPE).put(DigestDelivery.claim(DigestFixtures.DAY,
                    Instant.parse("2025-05-09T23:30:00Z"), 1).failed(Instant.parse("2025-05-09T23:40:00Z"), 2,
                    "không kết nối được máy chủ thư", true));
            assertThat(dispatch.resendable(DigestFixtures.DAY)).isTrue();

            assertThat(dispatch.resend(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.SENT);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(dispatch.delivery(DigestFixtures.DAY).orElseThrow().status())
                    .isEqualTo(DigestDelivery.Status.SENT);
            assertThat(dispatch.resendable(DigestFixtures.DAY)).isFalse();
            assertThat(dispatch.resend(DigestFixtures.DAY)).isEqualTo(DigestDispatch.Outcome.ALREADY_CLAIMED);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            // A day never sent (the server was off that morning) can be sent by hand too.
            assertThat(dispatch.resendable(DigestFixtures.DAY.minusDays(1))).isTrue();
        }
    }

    @Test
    void theNextSendIsTheConfiguredTimeInVietnam() {
        try (ApplicationContext context = ApplicationContext.run(settings(SMTP.getSmtp().getPort()))) {
            DigestSchedule schedule = context.getBean(DigestSchedule.class);
            // 06:29 and 06:30 on 10/05/2025 in Vietnam (UTC+7).
            assertThat(schedule.nextDay(Instant.parse("2025-05-09T23:29:59Z"))).isEqualTo(DigestFixtures.DAY);
            assertThat(schedule.nextDay(Instant.parse("2025-05-09T23:30:00Z")))
                    .isEqualTo(DigestFixtures.DAY.plusDays(1));
            assertThat(schedule.nextDay(Instant.parse("2025-05-09T17:00:00Z"))).isEqualTo(DigestFixtures.DAY);
        }
    }
}
