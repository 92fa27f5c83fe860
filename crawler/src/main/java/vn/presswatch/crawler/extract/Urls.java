package vn.presswatch.crawler.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolving the addresses found in markup (canonical links, image URLs) against the page's address. */
final class Urls {

    private Urls() {
    }

    /** {@code value} made absolute against {@code base}; null when it is blank, malformed or not http(s). */
    static String absolute(String value, String base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String candidate = value.strip().replace(" ", "%20");
        try {
            URI uri = new URI(candidate);
            if (!uri.isAbsolute() && base != null && !base.isBlank()) {
                uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
            }
            String scheme = uri.getScheme();
            if (scheme == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
