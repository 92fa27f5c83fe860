package vn.presswatch.crawler.url;

/** Maps mobile and AMP hosts ({@code m.}, {@code mobile.}, {@code amp.}) to the site's main host. */
final class HostVariants {

    private HostVariants() {
    }

    /**
     * The configured alias of {@code host} (lower case) if there is one; otherwise {@code host} without its
     * variant prefixes, then through the aliases again (so an alias may name either form).
     */
    static String mainHost(String host, UrlCanonicalizer.Settings settings) {
        String alias = settings.hostAliases().get(host);
        if (alias != null) {
            return alias;
        }
        String current = host;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : settings.variantHostPrefixes()) {
                if (current.startsWith(prefix)) {
                    String rest = current.substring(prefix.length());
                    // "m.com.vn" stays: the rest must still be a domain someone registered, not a public suffix.
                    if (RegistrableDomains.isRegistrableOrBelow(rest)) {
                        current = rest;
                        stripped = true;
                    }
                }
            }
        }
        return settings.hostAliases().getOrDefault(current, current);
    }
}
