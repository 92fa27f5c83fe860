package vn.presswatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstances;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.remote.service.DriverFinder;

/**
 * Proves the browser harness on its own, against a page served from loopback, without the presswatch
 * application: the UI tests that use the harness should only ever fail for the UI's sake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserFailures.class)
class BrowserTest {

    private static final String CLAIM = "Chủ quyền biển đảo";

    /** Selenium logs at FINE which way it found the driver; held here so the logger is not collected meanwhile. */
    private final Logger driverFinder = Logger.getLogger(DriverFinder.class.getName());
    private final List<String> driverFinderLog = new CopyOnWriteArrayList<>();
    private final Handler driverFinderHandler = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            driverFinderLog.add(String.valueOf(entry.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final List<String> acceptLanguages = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String baseUrl;
    private Browser browser;

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::page);
        server.createContext("/echo", this::echo);
        server.createContext("/console", exchange -> respond(exchange, html("Bảng điều khiển",
                "<p>Trang ghi lỗi ra console.</p><script>console.error('lỗi thử nghiệm 42');</script>")));
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();

        Level before = driverFinder.getLevel();
        driverFinder.setLevel(Level.FINE);
        driverFinder.addHandler(driverFinderHandler);
        try {
            browser = Browser.start();
        } finally {
            driverFinder.removeHandler(driverFinderHandler);
            driverFinder.setLevel(before);
        }
    }

    @AfterAll
    void stopBrowserAndServer() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fillsAndSubmitsAFormAndReadsTheVietnameseEchoBack() {
        browser.open(baseUrl + "/");
        assertThat(browser.title()).isEqualTo("Trang thử nghiệm");

        browser.fill("#q", CLAIM).submit("#search");

        assertThat(browser.currentUrl()).isEqualTo(baseUrl + "/echo");
        assertThat(browser.find("#echo").getText()).isEqualTo(CLAIM);
        assertThat(browser.pageText()).contains("Bạn đã gửi: " + CLAIM);
    }

    @Test
    void runsThePageScriptButNotTheEscapedOne() {
        browser.open(baseUrl + "/");

        // Positive control: the page's real script ran, so a false below means "did not run", not "cannot tell".
        assertThat(browser.executeScript("return window.__ran === true")).isEqualTo(true);
        assertThat(browser.executeScript("return typeof window.__escaped")).isEqualTo("undefined");
        assertThat(browser.find("#escaped").getText()).isEqualTo("<script>window.__escaped = true;</script>");
        assertThat(browser.executeScript("return document.getElementById('escaped').innerHTML"))
                .isEqualTo("&lt;script&gt;window.__escaped = true;&lt;/script&gt;");
        assertThat(browser.findAll("script")).hasSize(1);
    }

    @Test
    void savesAPngScreenshotOfTheOfficeScreenSize(@TempDir Path tmp) throws IOException {
        browser.open(baseUrl + "/");

        Path png = browser.screenshot(tmp.resolve("anh/trang.png"));

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1024);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        // The window is the screen; headless Chromium keeps room for its toolbars, as a maximised browser does,
        // so the page (and the screenshot) gets the viewport inside it.
        assertThat(browser.executeScript("return [window.outerWidth, window.outerHeight]"))
                .isEqualTo(List.of(1366L, 768L));
        List<?> viewport = (List<?>) browser.executeScript("return [window.innerWidth, window.innerHeight]");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(List.of((long) image.getWidth(), (long) image.getHeight())).isEqualTo(viewport);
        assertThat(image.getWidth()).isEqualTo(1366);
    }

    @Test
    void asksForVietnameseFirst() {
        acceptLanguages.clear();

        browser.open(baseUrl + "/");

        assertThat(acceptLanguages).isNotEmpty().allSatisfy(value -> assertThat(value).startsWith("vi-VN,vi"));
        assertThat(browser.executeScript("return navigator.languages")).isEqualTo(List.of("vi-VN", "vi"));
    }

    @Test
    void collectsConsoleErrors() {
        browser.console();
        browser.open(baseUrl + "/");
        assertThat(browser.consoleErrors()).noneMatch(message -> message.contains("lỗi thử nghiệm"));

        browser.open(baseUrl + "/console");

        assertThat(browser.consoleErrors()).anyMatch(message -> message.contains("lỗi thử nghiệm 42"));
    }

    @Test
    void neverAsksSeleniumManagerForTheDriver() {
        assertThat(driverFinderLog).anyMatch(message -> message.startsWith("Skipping Selenium Manager")
                && message.contains(BrowserSettings.fromEnvironment().chromedriver().toString()));
    }

    @Test
    void closeQuitsTheBrowserAndDeletesItsProfile() {
        Path profile;
        try (Browser second = Browser.start()) {
            profile = second.profile();
            assertThat(profile).isDirectory();
            second.open(baseUrl + "/");
            assertThat(second.pageText()).contains("Theo dõi báo chí");
        }
        assertThat(profile).doesNotExist();
    }

    @Test
    void retriesOnceWhenChromedriverFailsToStart(@TempDir Path tmp) throws IOException {
        BrowserSettings settings = BrowserSettings.fromEnvironment();
        Path attempts = tmp.resolve("attempts");
        // Fails the first start, as a chromedriver starved of CPU can, then hands over to the real one.
        Path flaky = Files.writeString(tmp.resolve("flaky-chromedriver"), "#!/bin/sh\n"
                + "echo x >> '" + attempts + "'\n"
                + "[ \"$(wc -l < '" + attempts + "')\" -gt 1 ] || exit 1\n"
                + "exec '" + settings.chromedriver() + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(flaky, PosixFilePermissions.fromString("rwx------"));

        try (Browser retried = Browser.start(settings.withExecutables(settings.chromium(), flaky))) {
            retried.open(baseUrl + "/");
            assertThat(retried.title()).isEqualTo("Trang thử nghiệm");
        }
        assertThat(Files.readAllLines(attempts, StandardCharsets.UTF_8)).hasSize(2);
    }

    @Test
    void savesTheBrowserStateWhenATestFails(@TempDir Path tmp) throws IOException {
        browser.open(baseUrl + "/");
        BrowserFailures failures = new BrowserFailures(tmp);
        Method method = methodNamed("savesTheBrowserStateWhenATestFails");

        failures.afterTestExecution(context(method, "savesTheBrowserStateWhenATestFails(Path)", null));
        assertThat(tmp).isEmptyDirectory();

        failures.afterTestExecution(context(method, "[2] Hải Phòng", new AssertionError("trang sai")));

        String name = "BrowserTest.savesTheBrowserStateWhenATestFails-_2_H_i_Ph_ng";
        assertThat(BrowserFailures.fileName(context(method, "savesTheBrowserStateWhenATestFails(Path)", null)))
                .isEqualTo("BrowserTest.savesTheBrowserStateWhenATestFails");
        assertThat(Files.size(tmp.resolve(name + ".png"))).isGreaterThan(1024);
        assertThat(Files.readString(tmp.resolve(name + ".html"), StandardCharsets.UTF_8))
                .contains("Theo dõi báo chí", "id=\"q\"");
        assertThat(Files.readString(tmp.resolve(name + ".txt"), StandardCharsets.UTF_8))
                .contains("trang sai", "url: " + baseUrl + "/", "title: Trang thử nghiệm");
    }

    @Test
    void missingExecutablesFailWithAnInstallHint(@TempDir Path tmp) throws IOException {
        BrowserSettings settings = BrowserSettings.fromEnvironment();
        Path absent = tmp.resolve("chromium");
        Path notExecutable = Files.createFile(tmp.resolve("chromedriver"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        assertThatThrownBy(() -> Browser.start(settings.withExecutables(absent, settings.chromedriver())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Chromium not found at " + absent + ": install the Debian packages"
                        + " chromium and chromium-driver (.ci/run does)")
                .hasMessageContaining("PRESSWATCH_CHROMIUM");
        assertThatThrownBy(() -> Browser.start(settings.withExecutables(settings.chromium(), notExecutable)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ChromeDriver at " + notExecutable + " is not an executable file")
                .hasMessageContaining("PRESSWATCH_CHROMEDRIVER");
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> properties = Map.of(BrowserSettings.CHROMIUM_PROPERTY, "/opt/a/chromium");
        Map<String, String> environment = Map.of(BrowserSettings.CHROMIUM_ENV, "/opt/b/chromium",
                BrowserSettings.CHROMEDRIVER_ENV, "/opt/b/chromedriver");

        BrowserSettings settings = BrowserSettings.resolve(properties::get, environment::get);
        BrowserSettings defaults = BrowserSettings.resolve(key -> null, key -> null);

        assertThat(settings.chromium()).isEqualTo(Path.of("/opt/a/chromium"));
        assertThat(settings.chromedriver()).isEqualTo(Path.of("/opt/b/chromedriver"));
        assertThat(defaults.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(defaults.chromedriver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
        assertThat(defaults.acceptLanguages()).isEqualTo("vi-VN,vi");
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String language = exchange.getRequestHeaders().getFirst("Accept-Language");
        acceptLanguages.add(String.valueOf(language));
        respond(exchange, html("Trang thử nghiệm", """
                <h1>Theo dõi báo chí</h1>
                <div id="escaped">&lt;script&gt;window.__escaped = true;&lt;/script&gt;</div>
                <form id="search" method="post" action="/echo">
                  <label for="q">Từ khóa</label> <input id="q" name="q" value="cũ">
                  <button type="submit">Gửi</button>
                </form>
                <script>window.__ran = true;</script>
                """));
    }

    private void echo(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String value = "";
        for (String pair : body.split("&")) {
            if (pair.startsWith("q=")) {
                value = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
            }
        }
        respond(exchange, html("Kết quả", "<p>Bạn đã gửi: <span id=\"echo\">" + escape(value) + "</span></p>"));
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>body{font-family:sans-serif;background:#f4f7fb;margin:2em}h1{color:#a00}</style>"
                + "</head><body>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Method methodNamed(String name) {
        try {
            return BrowserTest.class.getDeclaredMethod(name, Path.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Just the part of JUnit's context the extension reads; JUnit's own type, so faking it is fair. */
    private ExtensionContext context(Method method, String displayName, Throwable failure) {
        TestInstances instances = fake(TestInstances.class, Map.of("getAllInstances", List.of(this)));
        return fake(ExtensionContext.class, Map.of(
                "getExecutionException", Optional.ofNullable(failure),
                "getTestInstances", Optional.of(instances),
                "getTestClass", Optional.of(BrowserTest.class),
                "getTestMethod", Optional.of(method),
                "getDisplayName", displayName));
    }

    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getDeclaringClass() == Object.class) {
                return called.getName().equals("equals") ? proxy == args[0]
                        : called.getName().equals("hashCode") ? System.identityHashCode(proxy) : "fake " + type;
            }
            if (!answers.containsKey(called.getName())) {
                throw new UnsupportedOperationException(called.getName());
            }
            return answers.get(called.getName());
        }));
    }
}
