package vn.presswatch.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A headless Chromium for end-to-end UI tests, driven through Debian's chromedriver. Both executables are given
 * explicitly, so Selenium Manager never runs and nothing is downloaded. Each browser has its own throw-away
 * profile, deleted by {@link #close}. Not thread-safe: one test thread drives one browser.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
    private static final String INSTALL_HINT =
            "install the Debian packages chromium and chromium-driver (.ci/run does)";

    /**
     * Selenium 4.38 carries CDP bindings up to Chromium 142 and warns at every start that Debian's newer Chromium
     * has none, advising a dependency. The harness speaks WebDriver only, never CDP, so that advice is noise.
     * Kept in a field because java.util.logging holds loggers weakly and would forget the level.
     */
    private static final List<java.util.logging.Logger> CDP_WARNINGS = quiet(
            "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final BrowserSettings settings;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, BrowserSettings settings) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.settings = settings;
    }

    /** Starts a browser with {@link BrowserSettings#fromEnvironment()}. */
    public static Browser start() {
        return start(BrowserSettings.fromEnvironment());
    }

    /**
     * Starts a browser, retrying the session once: on a loaded two-core machine chromedriver or Chromium
     * occasionally misses its start-up deadline, and a second try almost always succeeds.
     *
     * @throws IllegalStateException if an executable is missing (the message says how to install it) or the
     *                               browser fails to start twice
     */
    public static Browser start(BrowserSettings settings) {
        requireExecutable("Chromium", settings.chromium(), BrowserSettings.CHROMIUM_ENV);
        requireExecutable("ChromeDriver", settings.chromedriver(), BrowserSettings.CHROMEDRIVER_ENV);
        long began = System.nanoTime();
        Browser browser;
        try {
            browser = launch(settings);
        } catch (WebDriverException first) {
            LOG.warn("Chromium session did not start, trying once more: {}", firstLine(first));
            try {
                browser = launch(settings);
            } catch (WebDriverException second) {
                second.addSuppressed(first);
                throw new IllegalStateException("Chromium at " + settings.chromium() + " driven by "
                        + settings.chromedriver() + " did not start in two attempts: " + firstLine(second), second);
            }
        }
        LOG.debug("Chromium started in {} ms", (System.nanoTime() - began) / 1_000_000);
        return browser;
    }

    private static void requireExecutable(String name, Path path, String override) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(name + " not found at " + path + ": " + INSTALL_HINT
                    + ", or point " + override + " at another executable");
        }
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException(name + " at " + path + " is not an executable file: " + INSTALL_HINT
                    + ", or point " + override + " at another executable");
        }
    }

    private static Browser launch(BrowserSettings settings) {
        Path profile = createProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(settings.chromedriver().toFile())
                .usingAnyFreePort()
                .withTimeout(settings.startTimeout())
                .build();
        // A navigation blocks the HTTP call to chromedriver until the page loads, so reads may take that long too.
        ClientConfig client = ClientConfig.defaultConfig()
                .connectionTimeout(settings.startTimeout())
                .readTimeout(settings.startTimeout().plus(settings.pageLoadTimeout()));
        try {
            ChromeDriver driver = new ChromeDriver(service, options(settings, profile), client);
            driver.manage().timeouts()
                    .pageLoadTimeout(settings.pageLoadTimeout())
                    .scriptTimeout(settings.pageLoadTimeout());
            return new Browser(driver, service, profile, settings);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    private static ChromeOptions options(BrowserSettings settings, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(settings.chromium().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=" + settings.width() + "," + settings.height());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", settings.acceptLanguages()));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    /** Navigates to {@code url} and waits for the page to load; returns this, for chaining. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** The first element matching a CSS selector on the current page; fails at once if there is none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** All elements matching a CSS selector, in document order; empty if none. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Replaces the value of the field matching {@code css} by typing {@code value}; returns this, for chaining. */
    public Browser fill(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /**
     * Submits a form the way a person does and waits for the next page to load. {@code css} names either the
     * button to click or the form, whose first submit button is clicked (or which is submitted directly if it
     * has none).
     */
    public Browser submit(String css) {
        WebElement target = find(css);
        WebElement oldPage = driver.findElement(By.tagName("html"));
        if ("form".equalsIgnoreCase(target.getTagName())) {
            List<WebElement> buttons = target.findElements(By.cssSelector(
                    "button:not([type]), button[type=submit], input[type=submit], input[type=image]"));
            if (buttons.isEmpty()) {
                target.submit();
            } else {
                buttons.get(0).click();
            }
        } else {
            target.click();
        }
        WebDriverWait wait = new WebDriverWait(driver, settings.pageLoadTimeout());
        wait.until(d -> gone(oldPage));
        wait.until(d -> "complete".equals(executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the element left the document. Chromium sometimes answers for an element of a page being replaced
     * with "Node with given id does not belong to the document" rather than a stale-element error; both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The page's visible text, as a person reads it (rendered, so hidden elements and markup are left out). */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The current document serialised as HTML, including changes scripts made. */
    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Saves a PNG of the viewport to {@code file}, creating its directory; returns the file. */
    public Path screenshot(Path file) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + file, e);
        }
    }

    /**
     * Runs JavaScript in the page, e.g. {@code return window.__ran === true} to prove whether a script ran.
     * Results follow Selenium's mapping: Boolean, Long, Double, String, List, Map, WebElement or null.
     */
    public Object executeScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Browser console messages at error level (console.error, uncaught exceptions, failed loads) since the last
     * call: Chromium hands each message out once.
     */
    public List<String> consoleErrors() {
        return console(Level.SEVERE);
    }

    /** All console messages since the last call, each as "LEVEL message". */
    public List<String> console() {
        return console(Level.ALL);
    }

    private List<String> console(Level least) {
        List<String> messages = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= least.intValue()) {
                messages.add(least == Level.ALL ? entry.getLevel() + " " + entry.getMessage() : entry.getMessage());
            }
        }
        return messages;
    }

    /** The throw-away profile directory, which {@link #close} deletes. */
    Path profile() {
        return profile;
    }

    /** The underlying driver, for what the helpers do not cover (explicit waits, keyboard, cookies). */
    public WebDriver driver() {
        return driver;
    }

    /** Quits the browser and chromedriver and deletes the profile. Safe to call twice. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.warn("Chromium did not quit cleanly: {}", firstLine(e));
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static List<java.util.logging.Logger> quiet(String... names) {
        List<java.util.logging.Logger> loggers = new ArrayList<>();
        for (String name : names) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            loggers.add(logger);
        }
        return List.copyOf(loggers);
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("presswatch-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
    }

    /** Chromium's helper processes may still be writing for a moment after quit, so one failure is retried. */
    private static void deleteProfile(Path profile) {
        for (int attempt = 1; attempt <= 2 && Files.exists(profile); attempt++) {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 2) {
                    LOG.warn("Could not delete Chromium profile {}: {}", profile, e.toString());
                } else {
                    pause(Duration.ofMillis(500));
                }
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message.lines().findFirst().orElse(message);
    }
}
