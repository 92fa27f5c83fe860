package vn.presswatch.api.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Base64;
import vn.presswatch.store.ArticleStore;

/** The security parts built from settings: hashing, throttling, and the key that signs session cookies. */
@Factory
public class SecurityFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PasswordHasher passwordHasher(SecurityProperties properties) {
        return new PasswordHasher(properties.cost());
    }

    @Singleton
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock) {
        return new LoginThrottle(properties.failuresBeforeLock(), properties.firstLock(), clock);
    }

    @Singleton
    SessionSecret sessionSecret(ArticleStore store, SecurityProperties properties) {
        return SessionSecret.load(store, properties);
    }

    /** Signs (and so validates) the session JWTs with HS256 under a key derived from the session secret. */
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration jwtSignature(SessionSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(Base64.getEncoder().encodeToString(secret.derive("jwt")));
        configuration.setBase64(true);
        return new SecretSignature(configuration);
    }
}
