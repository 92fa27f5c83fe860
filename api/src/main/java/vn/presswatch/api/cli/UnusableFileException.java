package vn.presswatch.api.cli;

/**
 * A file a command cannot use (missing, unreadable, too large, not HTML, not a feed). The message says why in
 * Vietnamese for the office and then in English: "Tệp rỗng — the file is empty". The command reports it for that
 * file and goes on with the next.
 */
final class UnusableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableFileException(String vietnamese, String english) {
        super(vietnamese + " — " + english);
    }

    UnusableFileException(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " — " + english, cause);
    }
}
