package vn.presswatch.api.digest;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * Sends one day's digest by e-mail at most once, whichever instance (of several sharing a store) gets there first,
 * retrying a failed send with growing waits and recording the outcome for the digest page.
 */
@Singleton
public class DigestDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(DigestDispatch.class);

    private final DigestBuilder builder;
    private final DigestMail mail;
    private final DigestProperties properties;
    private final RecordCollection<DigestDelivery> deliveries;
    private final Clock clock;

    public DigestDispatch(DigestBuilder builder, DigestMail mail, DigestProperties properties, ArticleStore store,
                          Clock clock) {
        this.builder = builder;
        this.mail = mail;
        this.properties = properties;
        this.deliveries = store.records(DigestDelivery.RECORD_TYPE);
        this.clock = clock;
    }

    /** How a day's send went. */
    public enum Outcome {
        SENT,
        /** This or another instance already sent it, or is sending it. */
        ALREADY_CLAIMED,
        FAILED
    }

    /** The send record of a day, if the day was sent or tried. */
    public Optional<DigestDelivery> delivery(LocalDate day) {
        return deliveries.get(day.toString());
    }

    /**
     * Sends a day's digest on request (an editor on the digest page): a day whose every try failed is tried again,
     * a day never sent is sent; a day sent or being sent is left alone. Blocks through the retries.
     */
    public Outcome resend(LocalDate day) {
        Optional<DigestDelivery> before = delivery(day);
        if (before.isPresent() && before.get().status() != DigestDelivery.Status.FAILED) {
            return Outcome.ALREADY_CLAIMED;
        }
        // Removing the failed claim lets whichever instance claims the day again send it, once.
        before.ifPresent(failed -> deliveries.delete(day.toString()));
        return send(day);
    }

    /** Whether {@link #resend} would send the day: never sent, or every try failed. */
    public boolean resendable(LocalDate day) {
        return delivery(day).map(d -> d.status() == DigestDelivery.Status.FAILED).orElse(true);
    }

    /**
     * Builds and sends the digest of {@code day} unless a send of that day was already claimed. Blocks through the
     * retries (run it on the schedule's own thread).
     */
    public Outcome send(LocalDate day) {
        List<String> recipients = properties.recipientList();
        DigestDelivery record = DigestDelivery.claim(day, clock.instant(), recipients.size());
        if (!deliveries.putIfAbsent(record)) {
            LOG.info("Digest of {} already sent or being sent; not sending it again", day);
            return Outcome.ALREADY_CLAIMED;
        }
        int attempts = properties.sendAttempts();
        Duration wait = properties.firstRetryDelay();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                Digest digest = builder.build(day);
                mail.send(digest, recipients);
                deliveries.put(record.sent(clock.instant(), attempt, digest.articles()));
                LOG.info("Digest of {} sent to {} recipients ({} articles)", day, recipients.size(),
                        digest.articles());
                return Outcome.SENT;
            } catch (RuntimeException e) {
                String reason = reason(e);
                boolean last = attempt == attempts;
                deliveries.put(record.failed(clock.instant(), attempt, reason, last));
                LOG.warn("Digest of {} not sent (try {} of {}): {}", day, attempt, attempts, reason);
                LOG.debug("Digest send failure", e);
                if (!last && !sleep(wait)) {
                    deliveries.put(record.failed(clock.instant(), attempt, reason, true));
                    return Outcome.FAILED;
                }
                wait = wait.multipliedBy(2);
            }
        }
        return Outcome.FAILED;
    }

    /**
     * What went wrong, for the page and the log: our own messages are for people already; otherwise what kind of
     * failure it was in Vietnamese, then the first line of each distinct message down the cause chain (the mail
     * library's name host and port, the innermost says why).
     */
    static String reason(RuntimeException e) {
        if (e instanceof IllegalStateException && e.getMessage() != null) {
            return e.getMessage();
        }
        StringBuilder details = new StringBuilder();
        String kind = "lỗi khi gửi thư";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ConnectException") || name.equals("MailConnectException")
                    || name.equals("UnknownHostException") || name.equals("SocketTimeoutException")) {
                kind = "không kết nối được máy chủ thư";
            } else if (name.equals("AuthenticationFailedException")) {
                kind = "máy chủ thư từ chối đăng nhập (javamail.authentication)";
            } else if (name.equals("SendFailedException") || name.equals("AddressException")) {
                kind = "máy chủ thư từ chối địa chỉ gửi hoặc nhận";
            }
            String message = t.getMessage() == null ? name : t.getMessage().strip().lines().findFirst().orElse(name);
            message = message.endsWith(";") ? message.substring(0, message.length() - 1) : message;
            if (!message.isBlank() && details.indexOf(message) < 0) {
                details.append(details.isEmpty() ? "" : " — ").append(message);
            }
        }
        return kind + " (" + details + ")";
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
