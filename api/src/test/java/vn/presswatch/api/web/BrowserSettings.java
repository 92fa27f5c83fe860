package vn.presswatch.api.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the browser and its driver are and how the harness drives them.
 *
 * @param chromium          the Chromium executable; default {@code /usr/bin/chromium} (Debian package {@code chromium})
 * @param chromedriver      the matching ChromeDriver; default {@code /usr/bin/chromedriver} ({@code chromium-driver})
 * @param width             window width in CSS pixels; default 1366, the office screen the product targets
 * @param height            window height; default 768
 * @param acceptLanguages   the browser's Accept-Language list; default {@code vi-VN,vi}, what an office PC sends
 * @param pageLoadTimeout   how long a navigation may take before the step fails; default 60 s
 * @param startTimeout      how long chromedriver and a new session may take to come up; default 120 s, generous
 *                          because two cores are shared with the Maven build and other tests
 */
public record BrowserSettings(Path chromium, Path chromedriver, int width, int height, String acceptLanguages,
        Duration pageLoadTimeout, Duration startTimeout) {

    /** System property naming the Chromium executable; wins over {@link #CHROMIUM_ENV}. */
    public static final String CHROMIUM_PROPERTY = "presswatch.chromium";
    public static final String CHROMIUM_ENV = "PRESSWATCH_CHROMIUM";
    /** System property naming the ChromeDriver executable; wins over {@link #CHROMEDRIVER_ENV}. */
    public static final String CHROMEDRIVER_PROPERTY = "presswatch.chromedriver";
    public static final String CHROMEDRIVER_ENV = "PRESSWATCH_CHROMEDRIVER";

    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public BrowserSettings {
        Objects.requireNonNull(chromium, "chromium");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(acceptLanguages, "acceptLanguages");
        Objects.requireNonNull(pageLoadTimeout, "pageLoadTimeout");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (width < 320 || height < 240) {
            throw new IllegalArgumentException("window " + width + "x" + height + " is smaller than 320x240");
        }
        if (acceptLanguages.isBlank()) {
            throw new IllegalArgumentException("acceptLanguages is blank");
        }
        if (pageLoadTimeout.isNegative() || pageLoadTimeout.isZero()
                || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: pageLoadTimeout=" + pageLoadTimeout
                    + ", startTimeout=" + startTimeout);
        }
    }

    /** The defaults, with the executables overridden by system property or environment variable when set. */
    public static BrowserSettings fromEnvironment() {
        return resolve(System::getProperty, System::getenv);
    }

    static BrowserSettings resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return new BrowserSettings(
                pick(properties.apply(CHROMIUM_PROPERTY), environment.apply(CHROMIUM_ENV), DEFAULT_CHROMIUM),
                pick(properties.apply(CHROMEDRIVER_PROPERTY), environment.apply(CHROMEDRIVER_ENV),
                        DEFAULT_CHROMEDRIVER),
                1366, 768, "vi-VN,vi", Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    private static Path pick(String property, String environment, Path fallback) {
        if (property != null && !property.isBlank()) {
            return Path.of(property.strip());
        }
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment.strip());
        }
        return fallback;
    }

    /** These settings with other executables, e.g. to check what happens when one is missing. */
    public BrowserSettings withExecutables(Path otherChromium, Path otherChromedriver) {
        return new BrowserSettings(otherChromium, otherChromedriver, width, height, acceptLanguages,
                pageLoadTimeout, startTimeout);
    }
}
