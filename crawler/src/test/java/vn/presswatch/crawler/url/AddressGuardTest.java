package vn.presswatch.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses and "localhost" only: this must pass without DNS or network. */
class AddressGuardTest {

    private static final AddressGuard STRICT = new AddressGuard(AddressGuard.Settings.defaults());
    private static final AddressGuard LOOPBACK_ALLOWED = new AddressGuard(new AddressGuard.Settings(true, false));
    private static final AddressGuard PRIVATE_ALLOWED = new AddressGuard(new AddressGuard.Settings(false, true));
    private static final AddressGuard BOTH_ALLOWED = new AddressGuard(new AddressGuard.Settings(true, true));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/feed.rss                  | LOOPBACK
            http://127.8.9.10:9200/                    | LOOPBACK
            http://localhost:8080/demo/rss/thoi-su.rss | LOOPBACK
            http://[::1]/                              | LOOPBACK
            http://[::ffff:127.0.0.1]/                 | LOOPBACK
            http://[::127.0.0.1]/                      | LOOPBACK
            http://2130706433/                         | LOOPBACK
            http://127.1/                              | LOOPBACK
            http://user@127.1:8080/                    | LOOPBACK
            http://0.0.0.0:9200/                       | ANY_LOCAL
            http://0.1.2.3/                            | ANY_LOCAL
            http://[::]/                               | ANY_LOCAL
            http://10.0.0.5/rss                        | PRIVATE
            http://172.16.0.1/                         | PRIVATE
            http://172.31.255.255/                     | PRIVATE
            https://192.168.1.10/cong-thong-tin/rss    | PRIVATE
            http://[fc00::1]/                          | PRIVATE
            http://[fd12:3456:789a::1]/                | PRIVATE
            http://[64:ff9b::a00:1]/                   | PRIVATE
            http://100.64.0.1/                         | SHARED
            http://100.127.255.254/                    | SHARED
            http://169.254.169.254/latest/meta-data/   | LINK_LOCAL
            http://[fe80::1]/                          | LINK_LOCAL
            http://224.0.0.1/                          | MULTICAST
            http://[ff02::1]/                          | MULTICAST
            """)
    void defaultsRefuseLocalAndPrivateAddresses(String uri, AddressKind kind) {
        assertThatThrownBy(() -> STRICT.check(URI.create(uri)))
                .isInstanceOfSatisfying(ForbiddenAddressException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://203.113.131.1/rss/thoi-su.rss", "http://8.8.8.8/", "http://[2001:ee0:4f00::1]/",
            "http://100.63.255.255/", "http://100.128.0.1/", "http://172.15.255.255/", "http://172.32.0.1/",
            "http://192.169.0.1/", "http://11.0.0.1/", "HTTP://1.1.1.1/"})
    void defaultsAllowPublicAddresses(String uri) {
        assertThatCode(() -> STRICT.check(URI.create(uri))).doesNotThrowAnyException();
    }

    @Test
    void messageSaysHostAddressWhyAndHowToAllow() {
        assertThatThrownBy(() -> STRICT.check(URI.create("http://127.0.0.1:8080/rss")))
                .hasMessage("host 127.0.0.1 resolves to 127.0.0.1, a loopback address; "
                        + "allow it with presswatch.crawler.allow-loopback");
        assertThatThrownBy(() -> STRICT.check(URI.create("http://192.168.1.10/rss")))
                .hasMessageEndingWith("a private address; allow it with presswatch.crawler.allow-private");
        assertThatThrownBy(() -> BOTH_ALLOWED.check(URI.create("http://169.254.169.254/")))
                .hasMessage("host 169.254.169.254 resolves to 169.254.169.254, "
                        + "a link-local address, where cloud metadata services answer; never allowed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://0.0.0.0/"})
    void allowLoopbackAllowsThisMachineOnly(String uri) {
        assertThatCode(() -> LOOPBACK_ALLOWED.check(URI.create(uri))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PRIVATE_ALLOWED.check(URI.create(uri))).isInstanceOf(ForbiddenAddressException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://10.0.0.5/", "http://172.16.0.1/", "http://192.168.1.10/", "http://[fd00::1]/",
            "http://100.64.0.1/"})
    void allowPrivateAllowsPrivateNetworksOnly(String uri) {
        assertThatCode(() -> PRIVATE_ALLOWED.check(URI.create(uri))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LOOPBACK_ALLOWED.check(URI.create(uri))).isInstanceOf(ForbiddenAddressException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://169.254.169.254/", "http://[fe80::1]/", "http://239.255.255.250/"})
    void linkLocalAndMulticastAreNeverAllowed(String uri) {
        assertThatThrownBy(() -> BOTH_ALLOWED.check(URI.create(uri)))
                .isInstanceOf(ForbiddenAddressException.class).hasMessageEndingWith("never allowed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://8.8.8.8/", "file:///etc/passwd", "gopher://8.8.8.8/", "http:/thoi-su", "mailto:a@nhandan.vn"})
    void onlyHttpUrlsWithAHostAreChecked(String uri) {
        assertThatThrownBy(() -> BOTH_ALLOWED.check(URI.create(uri))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAddressOfTheHostMustPass() throws Exception {
        InetAddress publicAddress = InetAddress.getByName("203.113.131.1");
        InetAddress privateAddress = InetAddress.getByName("10.0.0.7");
        AddressGuard guard = new AddressGuard(AddressGuard.Settings.defaults(),
                host -> new InetAddress[] {publicAddress, privateAddress});
        assertThatThrownBy(() -> guard.check(URI.create("https://baohaiphong.vn/rss/home.rss")))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageStartingWith("host baohaiphong.vn resolves to 10.0.0.7, a private address");
    }

    @Test
    void returnsTheCheckedAddressToConnectTo() throws Exception {
        InetAddress first = InetAddress.getByName("203.113.131.1");
        InetAddress second = InetAddress.getByName("2001:ee0:4f00::1");
        AddressGuard guard = new AddressGuard(AddressGuard.Settings.defaults(), host -> new InetAddress[] {first, second});

        assertThat(guard.check(URI.create("https://baohaiphong.vn/rss/home.rss"))).isEqualTo(first);
        assertThat(STRICT.check(URI.create("http://8.8.8.8/"))).isEqualTo(InetAddress.getByName("8.8.8.8"));
    }

    @Test
    void aMadeUpNameResolvesOnlyThroughTheInjectedResolver() throws Exception {
        InetAddress loopback = InetAddress.getByAddress("news.rebind.test", new byte[] {127, 0, 0, 1});
        AddressGuard guard = new AddressGuard(new AddressGuard.Settings(true, false),
                host -> host.equals("news.rebind.test") ? new InetAddress[] {loopback} : new InetAddress[0]);

        assertThat(guard.check(URI.create("http://news.rebind.test:8080/rss")).getAddress()).containsExactly(127, 0, 0, 1);
        assertThatThrownBy(() -> guard.check(URI.create("http://other.rebind.test/")))
                .as("an empty answer is no answer").isInstanceOf(UnknownHostException.class);
    }

    @Test
    void unknownHostSaysSo() {
        AddressGuard guard = new AddressGuard(AddressGuard.Settings.defaults(), host -> {
            throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> guard.check(URI.create("https://baohaiphong.vn/rss/home.rss")))
                .isInstanceOf(UnknownHostException.class)
                .hasMessage("host baohaiphong.vn of https://baohaiphong.vn/rss/home.rss does not resolve");
    }
}
