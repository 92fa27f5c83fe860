package vn.presswatch.crawler.extract;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * The page every stage reads: the parsed document (not to be modified), its address and the moment used to
 * resolve relative dates such as "2 giờ trước".
 *
 * @param document the parsed page, with its base URI
 * @param url      the page's address, possibly empty when unknown
 * @param now      the reference time (and time zone) for dates without a zone or relative dates
 */
record PageContext(Document document, String url, ZonedDateTime now) {

    PageContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(now, "now");
    }

    /** The lower-case host of {@link #url()} without a leading "www.", or "" when there is none. */
    String host() {
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
