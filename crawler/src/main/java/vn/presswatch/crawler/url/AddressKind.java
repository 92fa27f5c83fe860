package vn.presswatch.crawler.url;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** What kind of network an IP address belongs to, as far as the crawler's address policy cares. */
public enum AddressKind {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    /** 0.0.0.0/8 and ::, which connect to this machine on Linux. */
    ANY_LOCAL("an unspecified (any-local) address, which reaches this machine"),
    /** 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10. */
    PRIVATE("a private address"),
    /** 100.64/10, RFC 6598: inside a provider's network, as private as 10/8 for our purposes. */
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    /** 169.254/16 and fe80::/10: where cloud metadata services (169.254.169.254) answer. */
    LINK_LOCAL("a link-local address, where cloud metadata services answer"),
    MULTICAST("a multicast address");

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** For messages: "a loopback address". */
    public String description() {
        return description;
    }

    /** The kind of {@code address}; an IPv4 address embedded in IPv6 (::a.b.c.d, 64:ff9b::/96) counts as itself. */
    public static AddressKind of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isAnyLocalAddress()) {
            return ANY_LOCAL;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isSiteLocalAddress()) {
            return PRIVATE;
        }
        if (address.isMulticastAddress()) {
            return MULTICAST;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            if (first == 0) {
                return ANY_LOCAL;
            }
            if (first == 100 && (bytes[1] & 0xC0) == 64) {
                return SHARED;
            }
            return PUBLIC;
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xFE) == 0xFC) {
                return PRIVATE; // unique local addresses, fc00::/7
            }
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                try {
                    return of(InetAddress.getByAddress(embedded)); // a literal: no lookup
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
        }
        return PUBLIC;
    }

    /**
     * The IPv4 address in an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address, or null.
     * IPv4-mapped addresses (::ffff:a.b.c.d) need no care: Java turns them into {@link Inet4Address} itself.
     */
    private static byte[] embeddedIpv4(byte[] ipv6) {
        byte[] prefix = Arrays.copyOf(ipv6, 12);
        boolean compatible = Arrays.equals(prefix, new byte[12]);
        boolean nat64 = Arrays.equals(prefix, new byte[] {0, 0x64, (byte) 0xFF, (byte) 0x9B, 0, 0, 0, 0, 0, 0, 0, 0});
        return compatible || nat64 ? Arrays.copyOfRange(ipv6, 12, 16) : null;
    }
}
