package vn.presswatch.crawler.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Finds the configured outlet an article address belongs to, by host. Items of a news search feed come from
 * outlets all over the web: those of a known outlet are stored under it (so reports count them there); the others
 * stay under the search source, domestic when their host is under {@code .vn}.
 */
final class OutletDirectory {
    private final Map<String, Source> byHost = new HashMap<>();

    OutletDirectory(List<Source> sources) {
        for (Source s : sources) {
            if (s.level() == SourceLevel.SEARCH_FEED) {
                continue;
            }
            String host = host(s.homepage());
            if (host != null) {
                byHost.putIfAbsent(host, s);
            }
        }
    }

    /** The outlet publishing at {@code url}, matching its host or any parent domain of it; null if none. */
    Source outletOf(String url) {
        String host = host(url);
        while (host != null && host.indexOf('.') > 0) {
            Source s = byHost.get(host);
            if (s != null) {
                return s;
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    static Origin guessOrigin(String url) {
        String host = host(url);
        return host != null && (host.endsWith(".vn") || host.equals("vn")) ? Origin.DOMESTIC : Origin.FOREIGN;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
