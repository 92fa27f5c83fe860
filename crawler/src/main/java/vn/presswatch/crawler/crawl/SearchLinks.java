package vn.presswatch.crawler.crawl;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Unwraps the click-tracking links of news search feeds, so an item is fetched from (and stored under) the outlet
 * that published it. Bing News wraps the target in {@code apiclick.aspx?...&url=}; links that are not wrapped, or
 * whose target cannot be read, are returned unchanged and followed through their redirects by the fetcher.
 */
final class SearchLinks {
    private SearchLinks() {
    }

    static String unwrap(String link) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            return link;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        if (!(host.endsWith("bing.com") && path.contains("apiclick")) || uri.getRawQuery() == null) {
            return link;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.regionMatches(true, 0, "url=", 0, 4)) {
                String target = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    return target;
                }
            }
        }
        return link;
    }
}
