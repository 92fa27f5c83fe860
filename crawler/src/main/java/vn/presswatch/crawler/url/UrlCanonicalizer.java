package vn.presswatch.crawler.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The canonical form of an article URL, from which the article id is derived: two addresses of one article
 * (tracking parameters, AMP and mobile variants, fragments, default ports, case of the host ...) give the same
 * string, so re-seeing an article through another feed is an idempotent upsert rather than a duplicate.
 *
 * <p>Generic normalisation (percent-encoding, default ports, dot segments, lower-case host, IDN to punycode,
 * user info dropped) is crawler-commons' {@link BasicURLNormalizer}. On top of it: the fragment is removed;
 * tracking parameters ({@link Settings#trackingParameters()}, {@link Settings#trackingParameterPrefixes()})
 * and AMP switches are removed and the rest sorted by name; AMP paths ({@code /amp/}, trailing {@code /amp},
 * {@code bai-viet.amp.html}) and variant hosts ({@code m.}, {@code mobile.}, {@code amp.}) map to the main
 * page. The scheme is kept as given: whether a site serves the same page on http and https is not ours to guess.
 *
 * <p>The result is idempotent ({@code canonicalize(canonicalize(u)).equals(canonicalize(u))}). Thread-safe:
 * immutable after construction.
 */
public final class UrlCanonicalizer {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** "scheme://" and then an authority; "https:///path" would otherwise have a host made up from its path. */
    private static final Pattern HAS_AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\\\]");
    /** AMP mapping and dot segments can each uncover work for the other ("/x/..amp"); a few rounds settle it. */
    private static final int MAX_PATH_ROUNDS = 4;

    private final Settings settings;
    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .idnNormalization(BasicURLNormalizer.IdnNormalization.PUNYCODE)
            .build();

    public UrlCanonicalizer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is null, not an absolute http(s) URL, or malformed
     */
    public String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is missing");
        }
        String trimmed = url.strip();
        Matcher scheme = SCHEME.matcher(trimmed);
        if (!scheme.find()) {
            throw new IllegalArgumentException("not an absolute URL (no scheme): " + trimmed);
        }
        String schemeName = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!schemeName.equals("http") && !schemeName.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + trimmed);
        }
        if (!HAS_AUTHORITY.matcher(trimmed).find()) {
            throw new IllegalArgumentException("URL has no valid host: " + trimmed);
        }
        if (hasUnpairedSurrogate(trimmed)) {
            // UTF-8 encoding would turn it into a '?', i.e. into a query that was never there.
            throw new IllegalArgumentException("malformed URL (broken Unicode): " + trimmed);
        }
        int hash = trimmed.indexOf('#');
        String withoutFragment = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String base = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        String rawQuery = question < 0 ? null : withoutFragment.substring(question + 1);

        // The query is kept away from BasicURLNormalizer: crawler-commons 1.6 computes the query start before
        // decoding escapes in the path and so garbles "…/%7Ea?utm_source=x" (crawler-commons issue #559, fixed
        // after 1.6). UrlCanonicalizerTest pins the case.
        URI uri = parse(normalize(base, trimmed), trimmed);
        String rawHost = uri.getHost();
        // BasicURLNormalizer trims one trailing dot; "vnexpress.net.." would come out as another invalid host.
        if (rawHost == null || rawHost.isEmpty() || rawHost.startsWith(".") || rawHost.endsWith(".")
                || rawHost.contains("..")) {
            throw new IllegalArgumentException("URL has no valid host: " + trimmed);
        }
        String authority = schemeName + "://" + HostVariants.mainHost(rawHost.toLowerCase(Locale.ROOT), settings)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String path = canonicalPath(authority, uri.getRawPath(), trimmed);
        String query = QueryParameters.canonical(rawQuery, settings);
        return authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The path with AMP variants mapped and dot segments removed, repeated until neither changes anything. */
    private String canonicalPath(String authority, String rawPath, String original) {
        String path = rawPath;
        for (int round = 0; round < MAX_PATH_ROUNDS; round++) {
            String mapped = AmpVariants.canonicalPath(path);
            if (mapped.equals(path)) {
                return path;
            }
            path = parse(normalize(authority + mapped, original), original).getRawPath();
        }
        return path;
    }

    /**
     * The canonical form of a page's address, given the canonical it declares itself ({@code <link rel=canonical>}
     * or {@code og:url}; absolute, or relative to {@code pageUrl}). The declaration wins only when it is an
     * http(s) URL on the same registrable domain as the page and is not the site's home page: sites misdeclare
     * canonicals, pointing them at a syndication partner, a CDN, another outlet they copied from, or the
     * front page on every article, and trusting those would merge different articles under one id.
     *
     * @param declaredCanonical may be null or blank (no declaration)
     * @throws IllegalArgumentException if {@code pageUrl} itself is not a valid http(s) URL
     */
    public String canonicalize(String pageUrl, String declaredCanonical) {
        String page = canonicalize(pageUrl);
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return page;
        }
        String declared;
        try {
            declared = canonicalize(resolve(page, declaredCanonical.strip()));
        } catch (IllegalArgumentException e) {
            return page; // an unusable declaration is ignored, the page's own address still identifies it
        }
        URI pageUri = URI.create(page);
        URI declaredUri = URI.create(declared);
        boolean sameSite = RegistrableDomains.sameSite(pageUri.getHost(), declaredUri.getHost());
        boolean homePageOfArticle = isHomePage(declaredUri) && !isHomePage(pageUri);
        return sameSite && !homePageOfArticle ? declared : page;
    }

    /** {@code declared} made absolute against the (canonical, hence valid) page URL. */
    private static String resolve(String page, String declared) {
        if (SCHEME.matcher(declared).find()) {
            return declared;
        }
        int hash = declared.indexOf('#');
        String relative = BasicURLNormalizer.escapePath(hash < 0 ? declared : declared.substring(0, hash));
        try {
            return URI.create(page).resolve(new URI(relative)).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed relative URL: " + declared, e);
        }
    }

    private static boolean isHomePage(URI uri) {
        return "/".equals(uri.getRawPath()) && uri.getRawQuery() == null;
    }

    /** BasicURLNormalizer answers null for most malformed URLs but throws for some; both mean malformed here. */
    private String normalize(String base, String original) {
        try {
            return normalizer.filter(base);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed URL: " + original, e);
        }
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static URI parse(String normalized, String original) {
        if (normalized == null) {
            throw new IllegalArgumentException("malformed URL: " + original);
        }
        try {
            return new URI(normalized);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL: " + original, e);
        }
    }

    /**
     * What the canonicalizer removes and maps. Names are compared in lower case; the record stores them so.
     *
     * @param trackingParameters        query parameter names removed wherever they appear
     * @param trackingParameterPrefixes query parameter name prefixes removed ({@code utm_} covers utm_source,
     *                                  utm_medium ... including {@code utm_source=rss} feed markers)
     * @param variantHostPrefixes       host prefixes of mobile and AMP variants, removed when what remains is
     *                                  still a registrable domain ({@code m.baomoi.com} to {@code baomoi.com},
     *                                  but never {@code m.com.vn} to {@code com.vn})
     * @param hostAliases               exact host to host, for sites whose variant host does not simply
     *                                  drop a prefix ({@code m.example.vn} to {@code www.example.vn}); looked up
     *                                  before the prefixes are removed and again after
     */
    public record Settings(Set<String> trackingParameters, List<String> trackingParameterPrefixes,
                           List<String> variantHostPrefixes, Map<String, String> hostAliases) {

        /**
         * Analytics and ad click ids (Google, Facebook, Microsoft, Yandex, Mailchimp, HubSpot, Instagram) and
         * Zalo's share markers (zarsrc, gidzl), which Vietnamese readers add to every link they pass on.
         * {@code source}, {@code from} and the like are left alone: on some sites they select content.
         */
        public static final Set<String> DEFAULT_TRACKING_PARAMETERS = Set.of(
                "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid",
                "_ga", "_gl", "_hsenc", "_hsmkt", "zarsrc", "gidzl", "igshid", "ref", "ref_src", "cmpid");

        public Settings {
            trackingParameters = lowerCase(Objects.requireNonNull(trackingParameters, "trackingParameters"))
                    .collect(Collectors.toUnmodifiableSet());
            trackingParameterPrefixes = lowerCase(
                    Objects.requireNonNull(trackingParameterPrefixes, "trackingParameterPrefixes")).toList();
            variantHostPrefixes = lowerCase(Objects.requireNonNull(variantHostPrefixes, "variantHostPrefixes")).toList();
            hostAliases = Objects.requireNonNull(hostAliases, "hostAliases").entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().toLowerCase(Locale.ROOT)));
        }

        /** The tracking parameters above, the {@code utm_} prefix, and {@code m.}, {@code mobile.}, {@code amp.}. */
        public static Settings defaults() {
            return new Settings(DEFAULT_TRACKING_PARAMETERS, List.of("utm_"), List.of("m.", "mobile.", "amp."), Map.of());
        }

        /** A copy that also removes {@code names}, for an office that meets a site's own tracking parameter. */
        public Settings plusTrackingParameters(Collection<String> names) {
            Set<String> all = new HashSet<>(trackingParameters);
            all.addAll(names);
            return new Settings(all, trackingParameterPrefixes, variantHostPrefixes, hostAliases);
        }

        private static Stream<String> lowerCase(Collection<String> values) {
            return values.stream().map(v -> Objects.requireNonNull(v, "null entry").toLowerCase(Locale.ROOT));
        }
    }
}
