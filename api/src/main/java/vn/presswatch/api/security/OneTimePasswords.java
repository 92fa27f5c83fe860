package vn.presswatch.api.security;

import java.security.SecureRandom;

/** Generated passwords that a person reads off a screen and types once, then replaces. */
public final class OneTimePasswords {
    /** No 0/O, 1/l/I: easy to read and type. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** 16 characters from 56: about 93 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
