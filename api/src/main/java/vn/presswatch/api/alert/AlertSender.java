package vn.presswatch.api.alert;

import io.micronaut.context.BeanProvider;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import vn.presswatch.api.digest.DigestProperties;
import vn.presswatch.api.security.HmacSha256;

/**
 * Sends one delivery: an e-mail (Micronaut Email over Jakarta Mail, the digest's mail server and sender) or an HTTP
 * POST of JSON to a webhook. Any failure comes back as an {@link DeliveryFailedException} whose message says, in
 * Vietnamese, what a person can check.
 */
@Singleton
public class AlertSender {
    /** The header carrying the body's signature when {@code presswatch.alerts.webhook-secret} is set. */
    public static final String SIGNATURE_HEADER = "X-Presswatch-Signature";
    private final BeanProvider<EmailSender<?, ?>> mail;
    private final DigestProperties digest;
    private final AlertProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    public AlertSender(BeanProvider<EmailSender<?, ?>> mail, DigestProperties digest, AlertProperties properties,
                       JsonMapper json) {
        this.mail = mail;
        this.digest = digest;
        this.properties = properties;
        this.json = json;
        // No redirects: a webhook that moved must be changed in the rule, not followed blindly.
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A try that did not deliver; the message is shown on the rule's page. */
    public static final class DeliveryFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        public DeliveryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public void send(AlertMessage message) throws DeliveryFailedException {
        switch (message.delivery().channel()) {
            case EMAIL -> email(message);
            case WEBHOOK -> webhook(message);
        }
    }

    private void email(AlertMessage message) throws DeliveryFailedException {
        if (digest.sender().isEmpty()) {
            throw new DeliveryFailedException("Chưa cấu hình địa chỉ gửi thư (presswatch.digest.from).", null);
        }
        if (!mail.isPresent()) {
            throw new DeliveryFailedException("Chưa cấu hình máy chủ thư (javamail.properties.mail.smtp.host).",
                    null);
        }
        Email.Builder email = Email.builder().from(digest.sender()).subject(message.subject())
                .body(new MultipartBody(message.html(), message.text()));
        Arrays.stream(message.delivery().target().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(email::to);
        try {
            mail.get().send(email);
        } catch (RuntimeException e) {
            throw new DeliveryFailedException("Máy chủ thư không nhận thư: " + rootMessage(e), e);
        }
    }

    private void webhook(AlertMessage message) throws DeliveryFailedException {
        byte[] body;
        try {
            body = json.writeValueAsBytes(message.payload());
        } catch (IOException e) {
            throw new DeliveryFailedException("Không tạo được nội dung JSON: " + e.getMessage(), e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(message.delivery().target()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "presswatch-alerts")
                .header("X-Presswatch-Delivery", message.delivery().id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!properties.signingKey().isEmpty()) {
            // As GitHub signs its webhooks: the receiver recomputes it over the raw body to know the sender.
            request.header(SIGNATURE_HEADER, signature(properties.signingKey(), body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                String answer = response.body() == null ? "" : response.body().strip();
                throw new DeliveryFailedException("Webhook trả lời HTTP " + status
                        + (answer.isEmpty() ? "" : ": " + shorten(answer)), null);
            }
        } catch (IOException e) {
            throw new DeliveryFailedException("Không gửi được tới webhook: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Việc gửi bị dừng giữa chừng.", e);
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the body under {@code key}. */
    public static String signature(String key, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(HmacSha256.of(key.getBytes(StandardCharsets.UTF_8),
                new String(body, StandardCharsets.UTF_8)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return shorten(text);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
