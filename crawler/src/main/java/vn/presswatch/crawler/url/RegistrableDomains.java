package vn.presswatch.crawler.url;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Locale;

/**
 * Registrable domains ("eTLD+1") from the public suffix list bundled with crawler-commons: {@code vnexpress.net},
 * {@code thanhnien.com.vn}, {@code hanoi.gov.vn}. Private suffixes count as suffixes, so two blogs on
 * {@code github.io} or {@code blogspot.com} are two sites.
 */
final class RegistrableDomains {

    private RegistrableDomains() {
    }

    /** The registrable domain of {@code host}, or null for a public suffix, an IP address or "localhost". */
    static String of(String host) {
        return EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT), true, false);
    }

    static boolean isRegistrableOrBelow(String host) {
        return of(host) != null;
    }

    /** Same registrable domain; hosts without one (IP addresses, localhost) must be equal. */
    static boolean sameSite(String a, String b) {
        String domainA = of(a);
        String domainB = of(b);
        return domainA == null || domainB == null ? a.equalsIgnoreCase(b) : domainA.equals(domainB);
    }
}
