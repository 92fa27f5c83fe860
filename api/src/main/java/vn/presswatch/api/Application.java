package vn.presswatch.api;

/** Starts the presswatch application (for now the HTTP server with {@code /health}; commands come later). */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        // No ASCII-art banner: the log starts with what matters (store opened, server address).
        new Launcher().classes(Application.class).args(args).banner(false).start();
    }
}
