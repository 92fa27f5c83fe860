package vn.presswatch.api.digest;

import io.micronaut.context.BeanProvider;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Sends a digest as an HTML e-mail with a plain-text alternative, through Micronaut Email over Jakarta Mail (the
 * {@code javamail.*} settings name the SMTP server).
 */
@Singleton
public class DigestMail {
    private final BeanProvider<EmailSender<?, ?>> sender;
    private final DigestProperties properties;

    public DigestMail(BeanProvider<EmailSender<?, ?>> sender, DigestProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Sends {@code digest} to {@code recipients}.
     *
     * @throws IllegalStateException if no mail server or sender address is configured
     * @throws io.micronaut.email.EmailException if the server refuses or cannot be reached
     */
    public void send(Digest digest, List<String> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalStateException("chưa có người nhận (presswatch.digest.recipients)");
        }
        if (properties.sender().isEmpty()) {
            throw new IllegalStateException("chưa cấu hình địa chỉ gửi (presswatch.digest.from)");
        }
        if (!sender.isPresent()) {
            throw new IllegalStateException("chưa cấu hình máy chủ thư (javamail.properties.mail.smtp.host)");
        }
        String base = properties.base();
        Email.Builder email = Email.builder().from(properties.sender()).subject(DigestText.subject(digest))
                .body(new MultipartBody(DigestHtml.document(digest, base), DigestText.render(digest, base)));
        recipients.forEach(email::to);
        sender.get().send(email);
    }
}
