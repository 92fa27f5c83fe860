package vn.presswatch.api.web;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what the browser showed when a UI test failed: a screenshot ({@code .png}), the page's HTML
 * ({@code .html}) and its URL, title, failure and console ({@code .txt}), under {@code target/browser-failures/}
 * named after the test. Register it with {@code @ExtendWith(BrowserFailures.class)}; it finds the test's
 * {@link Browser} in a field (static or not, in the test class, its superclasses or, for {@code @Nested} tests,
 * the enclosing ones).
 *
 * <p>It runs as an {@link AfterTestExecutionCallback}, not a {@code TestWatcher}: the watcher is called after
 * {@code @AfterEach}, which may already have closed the browser. A problem while saving never hides the test's
 * own failure; it is attached to it as a suppressed exception.
 */
public final class BrowserFailures implements AfterTestExecutionCallback {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserFailures.class);

    private final Path directory;

    /** Saves under {@code target/browser-failures} of the module the tests run in. */
    public BrowserFailures() {
        this(Path.of(System.getProperty("basedir", "."), "target", "browser-failures"));
    }

    BrowserFailures(Path directory) {
        this.directory = directory;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isEmpty()) {
            return;
        }
        List<Browser> browsers = browsersOf(context);
        String name = fileName(context);
        for (int i = 0; i < browsers.size(); i++) {
            String suffix = browsers.size() == 1 ? "" : "-" + (i + 1);
            try {
                save(browsers.get(i), name + suffix, failure.get());
            } catch (IOException | RuntimeException e) {
                failure.get().addSuppressed(e);
            }
        }
    }

    /**
     * Writes the three files for one browser. The text file comes first and the screenshot last: a crashed
     * browser still leaves the failure and as much of its state as it can give.
     */
    void save(Browser browser, String name, Throwable failure) throws IOException {
        Files.createDirectories(directory);
        Path text = directory.resolve(name + ".txt");
        StringBuilder report = new StringBuilder();
        report.append("failure: ").append(failure).append('\n');
        report.append("url: ").append(attempt(browser::currentUrl)).append('\n');
        report.append("title: ").append(attempt(browser::title)).append('\n');
        report.append("console:\n");
        try {
            for (String message : browser.console()) {
                report.append("  ").append(message).append('\n');
            }
        } catch (RuntimeException e) {
            report.append("  (unavailable: ").append(e.getClass().getSimpleName()).append(")\n");
        }
        Files.writeString(text, report, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(name + ".html"), browser.pageSource(), StandardCharsets.UTF_8);
        Path png = browser.screenshot(directory.resolve(name + ".png"));
        LOG.warn("Browser state of the failed test saved as {} (.html, .txt beside it)", png.toAbsolutePath());
    }

    private static String attempt(Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return "(unavailable: " + e.getClass().getSimpleName() + ")";
        }
    }

    static List<Browser> browsersOf(ExtensionContext context) {
        Set<Browser> found = new LinkedHashSet<>();
        List<Object> instances = context.getTestInstances()
                .map(all -> all.getAllInstances())
                .orElse(List.of());
        for (Object instance : instances) {
            collect(instance.getClass(), instance, found);
        }
        context.getTestClass().ifPresent(type -> collect(type, null, found));
        return new ArrayList<>(found);
    }

    private static void collect(Class<?> type, Object instance, Set<Browser> found) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (!Browser.class.isAssignableFrom(field.getType()) || (!isStatic && instance == null)) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(isStatic ? null : instance);
                    if (value != null) {
                        found.add((Browser) value);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.debug("Cannot read browser field {}", field, e);
                }
            }
        }
    }

    /** {@code Class.method}, plus the display name when it tells invocations apart (parameterised tests). */
    static String fileName(ExtensionContext context) {
        String className = context.getTestClass().map(Class::getSimpleName).orElse("test");
        Optional<Method> method = context.getTestMethod();
        String name = className + method.map(m -> "." + m.getName()).orElse("");
        String display = context.getDisplayName();
        if (method.isPresent() && !display.equals(defaultDisplayName(method.get()))) {
            name += "-" + display;
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
    }

    /** What JUnit shows for a method without {@code @DisplayName}: {@code name(Type, Type)}. */
    private static String defaultDisplayName(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", method.getName() + "(", ")"));
    }
}
