package vn.presswatch.api.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks the {@code --url} options: the extractor and the feed parser resolve links against an http(s) address. */
final class WebUrls {

    private WebUrls() {
    }

    /** The {@code --url} value if it is an absolute http(s) address; else a usage error. */
    static String requireAbsoluteWebUrl(picocli.CommandLine.Model.CommandSpec spec, String value) {
        if (!isAbsoluteWebUrl(value)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--url phải là địa chỉ http(s) đầy đủ — must be an absolute http(s) URL: " + value);
        }
        return value;
    }

    static boolean isAbsoluteWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
