package vn.presswatch.api.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of UTF-8 text: derived keys, CSRF tokens, the Basic-credential cache and webhook signatures use it. */
public final class HmacSha256 {
    private HmacSha256() {
    }

    /** The MAC of the texts, fed in order (no separators are added). */
    public static byte[] of(byte[] key, String... texts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String text : texts) {
                mac.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
