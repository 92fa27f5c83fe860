package vn.presswatch.crawler.url;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Keeps the crawler from fetching user-added sources on this machine or its private network (server-side
 * request forgery: a "feed" at http://127.0.0.1:9200/ or http://169.254.169.254/ would read the store or the
 * cloud's credentials).
 *
 * <p>Loopback and any-local addresses are allowed by {@link Settings#allowLoopback()}; private (10/8,
 * 172.16/12, 192.168/16, fc00::/7) and carrier-grade NAT (100.64/10) addresses by {@link Settings#allowPrivate()}.
 * Link-local and multicast addresses are never allowed: a news site has no business there, and 169.254.169.254
 * is the cloud metadata service.
 *
 * <p>{@link #check} resolves the host, which blocks: call it on a worker, not an event loop. It checks the
 * addresses at that moment; a host whose DNS answer changes between the check and the connection (DNS
 * rebinding) is only caught if the fetcher checks the address it actually connects to. Thread-safe.
 */
public final class AddressGuard {

    static final String ALLOW_LOOPBACK = "presswatch.crawler.allow-loopback";
    static final String ALLOW_PRIVATE = "presswatch.crawler.allow-private";

    private final Settings settings;
    private final Resolver resolver;

    public AddressGuard(Settings settings) {
        this(settings, InetAddress::getAllByName);
    }

    /** With another resolver: tests use one that fails or answers with several addresses, without DNS. */
    AddressGuard(Settings settings, Resolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Host name to addresses, as {@link InetAddress#getAllByName} does. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * Returns normally if every address of {@code uri}'s host may be fetched.
     *
     * @throws IllegalArgumentException   if the URI is not http(s) or has no host
     * @throws UnknownHostException       if the host does not resolve (the message says which host)
     * @throws ForbiddenAddressException  if any address of the host is forbidden; all must pass, since the
     *                                    HTTP client may pick any of them
     */
    public void check(URI uri) throws UnknownHostException {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs may be fetched: " + uri);
        }
        String host = hostOf(uri);
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL has no host: " + uri);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            UnknownHostException clear = new UnknownHostException("host " + host + " of " + uri + " does not resolve");
            clear.initCause(e);
            throw clear;
        }
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            if (!settings.allows(kind)) {
                throw new ForbiddenAddressException(host, address, kind, settingThatAllows(kind));
            }
        }
    }

    /**
     * The host as an HTTP client would connect to it. {@link URI#getHost()} is null for names URI finds invalid
     * ("my_site.vn" with an underscore, "127.1") although clients happily connect to them, so this falls back
     * to the authority rather than let such a URL past unchecked.
     */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close < 0 ? hostAndPort : hostAndPort.substring(0, close + 1);
        }
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static String settingThatAllows(AddressKind kind) {
        return switch (kind) {
            case LOOPBACK, ANY_LOCAL -> ALLOW_LOOPBACK;
            case PRIVATE, SHARED -> ALLOW_PRIVATE;
            default -> null;
        };
    }

    /**
     * @param allowLoopback fetch from this machine (tests and the demo site); default false
     * @param allowPrivate  fetch from private networks (an office's intranet portal); default false
     */
    public record Settings(boolean allowLoopback, boolean allowPrivate) {

        /** Neither loopback nor private addresses: what user-added sources get in production. */
        public static Settings defaults() {
            return new Settings(false, false);
        }

        boolean allows(AddressKind kind) {
            return switch (kind) {
                case PUBLIC -> true;
                case LOOPBACK, ANY_LOCAL -> allowLoopback;
                case PRIVATE, SHARED -> allowPrivate;
                case LINK_LOCAL, MULTICAST -> false;
            };
        }
    }
}
