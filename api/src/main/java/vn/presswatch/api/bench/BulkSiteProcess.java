package vn.presswatch.api.bench;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.presswatch.crawler.demo.DemoPressSite;

/**
 * The demo press site with generated Vietnamese articles, served on loopback by a child JVM started from this
 * process's own class path (presswatch.jar, or the test class path), so that the CPU and heap a benchmark measures
 * are the application's alone. The child prints its address and the bulk feed pages, then serves until its
 * standard input closes, so it also ends when this process dies.
 */
public final class BulkSiteProcess implements AutoCloseable {
    /** Articles per bulk RSS page of the demo site; passes are cut along these pages. */
    public static final int FEED_PAGE = 100;
    private static final String READY = "READY";

    private final Process process;
    private final String baseUrl;
    private final List<String> feedPages;

    /**
     * Starts the child and waits until it serves.
     *
     * @param articles generated articles, newest first on the feed pages
     * @throws IOException if the child cannot be started or ends before it serves
     */
    public BulkSiteProcess(int articles) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be positive: " + articles);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small heap suffices: bulk pages are rendered on demand, nothing grows with the article count.
        process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BulkSiteProcess.class.getName(), Integer.toString(articles))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String base = null;
        List<String> pages = new ArrayList<>();
        boolean ready = false;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(READY)) {
                ready = true;
                break;
            } else if (line.startsWith("BASE ")) {
                base = line.substring(5);
            } else if (line.startsWith("PAGE ")) {
                pages.add(line.substring(5));
            }
        }
        if (!ready || base == null) {
            process.destroyForcibly();
            throw new IOException("the demo site process (" + BulkSiteProcess.class.getName()
                    + ") ended before serving; its errors are above");
        }
        this.baseUrl = base;
        this.feedPages = List.copyOf(pages);
    }

    /** E.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The bulk RSS pages, {@value #FEED_PAGE} articles each, page 1 (the newest articles) first. */
    public List<String> feedPages() {
        return feedPages;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child: {@code BulkSiteProcess ARTICLES}. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Logging goes to stderr (inherited), so that the parent, which stops reading once we serve, never finds
        // our stdout pipe full.
        System.setOut(System.err);
        try (DemoPressSite site = new DemoPressSite(DemoPressSite.Settings.defaults()
                .withReleaseInterval(Duration.ZERO).withBulk(Integer.parseInt(args[0]), 0)).start()) {
            out.println("BASE " + site.baseUrl());
            site.bulkFeedPageUrls().forEach(u -> out.println("PAGE " + u));
            out.println(READY);
            while (System.in.read() >= 0) {
                // serve until the parent closes our input (or dies)
            }
        }
    }
}
