package vn.presswatch.crawler.url;

import java.net.InetAddress;

/**
 * A source's host resolves to an address the crawler may not fetch from (loopback, private, link-local ...).
 * The message names the host, the address, why, and the setting that would allow it, if any.
 */
public final class ForbiddenAddressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final transient InetAddress address;
    private final AddressKind kind;

    public ForbiddenAddressException(String host, InetAddress address, AddressKind kind, String allowedBy) {
        super("host " + host + " resolves to " + address.getHostAddress() + ", " + kind.description() + "; "
                + (allowedBy == null ? "never allowed" : "allow it with " + allowedBy));
        this.host = host;
        this.address = address;
        this.kind = kind;
    }

    public String host() {
        return host;
    }

    public InetAddress address() {
        return address;
    }

    public AddressKind kind() {
        return kind;
    }
}
