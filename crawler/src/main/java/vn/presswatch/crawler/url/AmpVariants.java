package vn.presswatch.crawler.url;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AMP copies of an article and how to get back to the page itself. Vietnamese outlets use all the common
 * shapes: a path segment ({@code /amp/bai-viet.html}, {@code /bai-viet/amp}), a suffix before the extension
 * ({@code bai-viet.amp.html}), a parameter ({@code ?amp=1}, {@code ?outputType=amp}) or an {@code amp.} host
 * (handled by {@link HostVariants}).
 */
final class AmpVariants {

    /** "bai-viet.amp.html" or "bai-viet.amp" as the last segment. */
    private static final Pattern AMP_SUFFIX = Pattern.compile("^(.+)\\.amp(\\.[a-z0-9]{1,6})?$", Pattern.CASE_INSENSITIVE);

    private AmpVariants() {
    }

    /**
     * {@code rawPath} without "amp" segments and without the ".amp" suffix of its last segment; "/" when nothing
     * is left. Repeated until nothing changes, so that the result is a fixed point ("x.amp.amp", "/a.amp/amp").
     */
    static String canonicalPath(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String previous;
        do {
            previous = path;
            path = once(path);
        } while (!path.equals(previous)); // every change shortens the path, so this ends
        return path;
    }

    private static String once(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        StringBuilder path = new StringBuilder(rawPath.length());
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equalsIgnoreCase("amp")) {
                continue;
            }
            if (i == segments.length - 1) {
                Matcher suffix = AMP_SUFFIX.matcher(segment);
                if (suffix.matches()) {
                    segment = suffix.group(1) + (suffix.group(2) == null ? "" : suffix.group(2));
                }
            }
            path.append('/').append(segment);
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** {@code amp}, {@code amp=1}, {@code amp=true}, {@code outputType=amp}. */
    static boolean isAmpSwitch(String lowerCaseName, String value) {
        return lowerCaseName.equals("amp")
                || (lowerCaseName.equals("outputtype") && value != null && value.toLowerCase(Locale.ROOT).equals("amp"));
    }
}
