package vn.presswatch.crawler.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical query string: percent-encoding normalised as crawler-commons does for paths (illegal characters
 * and non-ASCII escaped as UTF-8, unreserved characters unescaped, hex in upper case), tracking parameters and
 * AMP switches removed, the rest sorted by name. Parameters with one name keep their order (the sort is
 * stable), because {@code ?id=2&id=1} may mean something else than {@code ?id=1&id=2}.
 */
final class QueryParameters {

    /** crawler-commons leaves the backslash alone, which java.net.URI rejects; the result must parse as a URI. */
    private static final boolean[] ALSO_ESCAPED = new boolean[128];

    static {
        ALSO_ESCAPED['\\'] = true;
    }

    private QueryParameters() {
    }

    private record Parameter(String name, String value) {
        @Override
        public String toString() {
            return value == null ? name : name + "=" + value;
        }
    }

    /** The canonical form of {@code rawQuery} (without the "?"); empty for none. */
    static String canonical(String rawQuery, UrlCanonicalizer.Settings settings) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        String normalized = BasicURLNormalizer.unescapePath(BasicURLNormalizer.escapePath(rawQuery, ALSO_ESCAPED));
        List<Parameter> kept = new ArrayList<>();
        for (String pair : normalized.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 || equals == pair.length() - 1 ? null : pair.substring(equals + 1);
            if (!name.isEmpty() && !isNoise(name.toLowerCase(Locale.ROOT), value, settings)) {
                kept.add(new Parameter(name, value));
            }
        }
        kept.sort(Comparator.comparing(Parameter::name));
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : kept) {
            query.append(query.length() == 0 ? "" : "&").append(parameter);
        }
        return query.toString();
    }

    private static boolean isNoise(String lowerCaseName, String value, UrlCanonicalizer.Settings settings) {
        if (settings.trackingParameters().contains(lowerCaseName) || AmpVariants.isAmpSwitch(lowerCaseName, value)) {
            return true;
        }
        for (String prefix : settings.trackingParameterPrefixes()) {
            if (lowerCaseName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
