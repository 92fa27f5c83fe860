package vn.presswatch.api.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.presswatch.store.Article;

/** What counts as a web address wherever users give one (sources, alert responses, links shown in pages). */
public final class WebAddresses {
    private WebAddresses() {
    }

    /** An absolute http(s) address with a host, short enough to be stored. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.isBlank() || value.length() > Article.MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
