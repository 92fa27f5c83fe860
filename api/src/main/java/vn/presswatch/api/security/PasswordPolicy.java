package vn.presswatch.api.security;

import java.util.Locale;

/** What a chosen password must be. Messages are for the person choosing it. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong, in Vietnamese
     */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Mật khẩu dài quá " + MAX_LENGTH + " ký tự.");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("Mật khẩu không được chỉ gồm khoảng trắng.");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Mật khẩu không được chứa tên đăng nhập.");
        }
        if (password.chars().distinct().count() < 4) {
            throw new IllegalArgumentException("Mật khẩu quá đơn giản: hãy dùng nhiều ký tự khác nhau.");
        }
    }
}
