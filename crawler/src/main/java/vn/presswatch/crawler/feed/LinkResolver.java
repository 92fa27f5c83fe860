package vn.presswatch.crawler.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the links feeds contain (relative, protocol-relative, with spaces, stray '%' or '|', xml:base chains)
 * into absolute http(s) URLs. Anything else (javascript:, mailto:, unparseable) gives empty, never an exception.
 * Canonicalisation (tracking parameters, AMP variants) is not done here: the item keeps the URL the site gave.
 */
final class LinkResolver {

    private static final String ESCAPE_ALWAYS = " \"<>\\^`{|}[]";

    private LinkResolver() {
    }

    /** {@code ref} resolved against {@code base} (itself absolute), if the result is an http(s) URL. */
    static Optional<String> resolve(String base, String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        try {
            URI target = new URI(sanitize(ref.strip()));
            if (!target.isAbsolute()) {
                if (base == null) {
                    return Optional.empty();
                }
                target = against(new URI(base), target);
            }
            if (!isWeb(target)) {
                return Optional.empty();
            }
            String url = target.normalize().toString();
            // Schemes are case-insensitive; FeedItem and everything downstream expect "http://" or "https://".
            int colon = url.indexOf(':');
            return Optional.of(url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code ref} when it is on its own an absolute http(s) URL (a guid used as the link). */
    static Optional<String> absolute(String ref) {
        return resolve(null, ref);
    }

    /** The base for the next level of an xml:base chain; the current base when the attribute is missing or unusable. */
    static String rebase(String base, String xmlBase) {
        return resolve(base, xmlBase).orElse(base);
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /**
     * RFC 3986 resolution where java.net.URI follows RFC 2396: "b" against "http://a" gives "http://ab"
     * (JDK-4666701) and "?q" replaces the last path segment; both cases are handled here.
     */
    private static URI against(URI base, URI ref) throws URISyntaxException {
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        boolean queryOnly = ref.getRawAuthority() == null && ref.getRawQuery() != null
                && ref.getRawPath() != null && ref.getRawPath().isEmpty();
        if (queryOnly) {
            String fragment = ref.getRawFragment() == null ? "" : "#" + ref.getRawFragment();
            return new URI(base.getScheme() + "://" + base.getRawAuthority() + path + "?" + ref.getRawQuery() + fragment);
        }
        return new URI(base.getScheme() + "://" + base.getRawAuthority() + path).resolve(ref);
    }

    /** Percent-encodes the characters browsers tolerate in links but java.net.URI rejects; drops control characters. */
    static String sanitize(String ref) {
        StringBuilder out = new StringBuilder(ref.length() + 16);
        boolean inFragment = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                continue;
            }
            boolean strayPercent = c == '%'
                    && !(i + 2 < ref.length() && isHex(ref.charAt(i + 1)) && isHex(ref.charAt(i + 2)));
            boolean secondHash = c == '#' && inFragment;
            if (ESCAPE_ALWAYS.indexOf(c) >= 0 || strayPercent || secondHash) {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
            inFragment |= c == '#';
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
