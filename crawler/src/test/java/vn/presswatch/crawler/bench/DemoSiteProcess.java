package vn.presswatch.crawler.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.presswatch.crawler.demo.DemoPressSite;

/**
 * The demo press site in a process of its own, so a benchmark's CPU figures are the crawler's alone. The child
 * prints its addresses, then serves until its standard input closes.
 */
final class DemoSiteProcess implements AutoCloseable {
    private final Process process;
    final String baseUrl;
    final List<String> bulkFeeds = new ArrayList<>();
    final List<String> unchangedFeeds = new ArrayList<>();

    DemoSiteProcess(int bulkArticles, int bulkFeeds) throws IOException {
        process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                DemoSiteProcess.class.getName(), Integer.toString(bulkArticles), Integer.toString(bulkFeeds))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String base = null;
        for (String line = out.readLine(); line != null && !line.equals("READY"); line = out.readLine()) {
            if (line.startsWith("BASE ")) {
                base = line.substring(5);
            } else if (line.startsWith("BULK ")) {
                this.bulkFeeds.add(line.substring(5));
            } else if (line.startsWith("UNCHANGED ")) {
                unchangedFeeds.add(line.substring(10));
            }
        }
        if (base == null) {
            process.destroyForcibly();
            throw new IOException("the demo site process did not start");
        }
        this.baseUrl = base;
    }

    static String javaBinary() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child: {@code DemoSiteProcess BULK_ARTICLES BULK_FEEDS}. */
    public static void main(String[] args) throws IOException {
        DemoPressSite site = new DemoPressSite(DemoPressSite.Settings.defaults().withReleaseInterval(Duration.ZERO)
                .withBulk(Integer.parseInt(args[0]), Integer.parseInt(args[1]))).start();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("BASE " + site.baseUrl());
        site.bulkFeedPageUrls().forEach(u -> out.println("BULK " + u));
        site.unchangedFeedUrls().forEach(u -> out.println("UNCHANGED " + u));
        out.println("READY");
        while (System.in.read() >= 0) {
            // serve until the parent closes our input
        }
        site.close();
    }
}
