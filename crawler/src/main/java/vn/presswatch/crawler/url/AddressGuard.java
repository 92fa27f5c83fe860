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
 * <p>{@link #check} resolves the host, which blocks: call it on a worker, not an event loop. It returns the
 * checked address, and the caller must connect to exactly that address (keeping the host name for the Host
 * header and TLS): a client that resolved the name again could get another answer from a hostile DNS server
 * (DNS rebinding: a public address for the check, 127.0.0.1 for the connection). Thread-safe.
 */
public final class AddressGuard {

    static final String ALLOW_LOOPBACK = "presswatch.crawler.allow-loopback";
    static final String ALLOW_PRIVATE = "presswatch.crawler.allow-private";

    private final Settings settings;
    private final Resolver resolver;

    public AddressGuard(Settings settings) {
        this(settings, InetAddress::getAllByName);
    }

    /**
     * With another resolver: tests use one that fails, answers several addresses, or names a host no DNS knows;
     * an application could plug in its own DNS client.
     */
    public AddressGuard(Settings settings, Resolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Host name to addresses, as {@link InetAddress#getAllByName} does (the default); may block. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * Resolves {@code uri}'s host and checks every address; returns the one to connect to.
     *
     * <p>A host with several addresses is refused if any of them is forbidden, even when another is allowed: a
     * news site has no reason to list 127.0.0.1 beside its public address, so a mixed answer is treated as an
     * attack, not filtered. The address returned is the first the resolver gave (IPv4 first with the JDK's
     * defaults).
     *
     * @return the checked address; connect to it, not to the host name, which may resolve differently next time
     * @throws IllegalArgumentException   if the URI is not http(s) or has no host
     * @throws UnknownHostException       if the host does not resolve (the message says which host)
     * @throws ForbiddenAddressException  if any address of the host is forbidden
     */
    public InetAddress check(URI uri) throws UnknownHostException {
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
            throw doesNotResolve(host, uri, e);
        }
        InetAddress first = null;
        for (InetAddress address : addresses == null ? new InetAddress[0] : addresses) {
            if (address == null) {
                continue;
            }
            AddressKind kind = AddressKind.of(address);
            if (!settings.allows(kind)) {
                throw new ForbiddenAddressException(host, address, kind, settingThatAllows(kind));
            }
            first = first == null ? address : first;
        }
        if (first == null) {
            throw doesNotResolve(host, uri, null);
        }
        return first;
    }

    private static UnknownHostException doesNotResolve(String host, URI uri, UnknownHostException cause) {
        UnknownHostException clear = new UnknownHostException("host " + host + " of " + uri + " does not resolve");
        clear.initCause(cause);
        return clear;
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
