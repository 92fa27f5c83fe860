package vn.presswatch.crawler.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The exact-duplicate fingerprint of an article ({@link vn.presswatch.store.Article#contentHash()}).
 *
 * <p>Only what a reader sees counts: the text is taken in NFC, lower case, with every run of white space (including
 * the no-break spaces that {@code &nbsp;} leaves) collapsed to one space, and zero-width spaces and byte order marks
 * dropped. A re-fetch of an unchanged page whose markup or spacing changed therefore gets the same hash, while any
 * change of wording gets a new one.
 */
public final class ContentHash {

    /** Prefix naming the algorithm, so that stored hashes stay comparable if it ever changes. */
    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    /**
     * The hash of the body {@code text}, or of {@code title} when the body is empty or blank (headline-only items);
     * the title is left out otherwise because outlets re-word headlines of unchanged stories. Null counts as empty.
     *
     * @return {@value #PREFIX} followed by 64 lower-case hex digits
     */
    public static String of(String title, String text) {
        String body = canonical(text);
        if (body.isEmpty()) {
            body = canonical(title);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** NFC, lower case, white space collapsed and trimmed; empty for null. */
    static String canonical(String s) {
        if (s == null) {
            return "";
        }
        String lower = VietnameseFolding.normalize(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0, n = lower.length(); i < n; i++) {
            char c = lower.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue; // invisible, and pasted in by some CMS editors but not others
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
