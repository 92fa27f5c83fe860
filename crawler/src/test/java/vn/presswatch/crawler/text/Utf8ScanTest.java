package vn.presswatch.crawler.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ScanTest {

    @Test
    void countsFollowRfc3629() {
        assertThat(Utf8Scan.of("Hải Phòng €".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(new Utf8Scan(3, 0));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0)).as("overlong '/'").isEqualTo(new Utf8Scan(0, 2));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).as("surrogate")
                .isEqualTo(new Utf8Scan(0, 3));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, 0)).as("emoji")
                .isEqualTo(new Utf8Scan(1, 0));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0)).as("above U+10FFFF")
                .isEqualTo(new Utf8Scan(0, 4));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xE1, (byte) 0xBB}, 0)).as("cut at the end").isEqualTo(new Utf8Scan(0, 2));
    }

    @Test
    void judgesWhetherBytesAreUtf8Text() {
        assertThat(new Utf8Scan(0, 0).ascii()).isTrue();
        assertThat(new Utf8Scan(0, 0).utf8Text()).as("ASCII has no UTF-8 evidence").isFalse();
        assertThat(new Utf8Scan(8, 2).utf8Text()).as("a few broken bytes").isTrue();
        assertThat(new Utf8Scan(7, 2).mostlyValid()).isFalse();
    }
}
