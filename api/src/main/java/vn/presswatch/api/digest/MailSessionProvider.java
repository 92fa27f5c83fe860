package vn.presswatch.api.digest;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Jakarta Mail session of the {@code javamail.*} settings. Replaces Micronaut's provider, which takes the
 * JVM-wide default session: that one keeps the settings of whoever asked first, and refuses anyone with another
 * authenticator ("Access to default session denied").
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
@Requires(beans = MailPropertiesProvider.class)
public class MailSessionProvider implements SessionProvider {
    private final MailPropertiesProvider properties;
    private final Authenticator authenticator;

    public MailSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        this.properties = properties;
        this.authenticator = authenticator;
    }

    @Override
    public Session session() {
        Properties mail = properties.mailProperties();
        if (authenticator != null && !mail.containsKey("mail.smtp.auth")) {
            mail.setProperty("mail.smtp.auth", "true");
        }
        return Session.getInstance(mail, authenticator);
    }
}
