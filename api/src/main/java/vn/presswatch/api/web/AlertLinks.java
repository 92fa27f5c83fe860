package vn.presswatch.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.presswatch.api.service.WebAddresses;

/**
 * Addresses on the alert pages: ids made safe for a path segment (alert ids join a rule and a story, delivery ids
 * carry '@'), and outside links offered only when they are plain http(s), so a stored address can never become a
 * {@code javascript:} link.
 */
final class AlertLinks {
    private AlertLinks() {
    }

    static String alert(String id) {
        return "/alerts/" + segment(id);
    }

    static String rule(String id) {
        return "/alert-rules/" + segment(id);
    }

    static String delivery(String id) {
        return "/alert-rules/deliveries/" + segment(id);
    }

    static String article(String id) {
        return "/articles/" + segment(id);
    }

    /** The address when it is an absolute http(s) URL, otherwise null (the page then shows no link). */
    static String external(String url) {
        return url != null && WebAddresses.isWebAddress(url.strip()) ? url.strip() : null;
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
