package vn.presswatch.crawler.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipBodiesTest {

    private static final byte[] PAGE = "<html><title>Hải Phòng</title></html>".getBytes(StandardCharsets.UTF_8);

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void leavesOtherBodiesAsTheyAre() throws IOException {
        assertThat(GzipBodies.inflateIfGzipped(PAGE, 10)).isSameAs(PAGE);
        assertThat(GzipBodies.inflateIfGzipped(new byte[0], 10)).isEmpty();
        assertThat(GzipBodies.isGzip(new byte[] {0x1f})).isFalse();
    }

    @Test
    void inflatesAGzipBody() throws IOException {
        byte[] compressed = gzip(PAGE);
        assertThat(GzipBodies.isGzip(compressed)).isTrue();

        assertThat(GzipBodies.inflateIfGzipped(compressed, PAGE.length)).isEqualTo(PAGE);
    }

    @Test
    void stopsAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(20_000);

        assertThatThrownBy(() -> GzipBodies.inflateIfGzipped(bomb, 1024 * 1024))
                .isInstanceOf(GzipBodies.TooLargeException.class)
                .hasMessage("more than 1048576 bytes after gzip decompression");
    }

    @Test
    void aCorruptOrCutStreamIsAnIoErrorNotTooLarge() throws IOException {
        byte[] compressed = gzip(PAGE);
        byte[] cut = Arrays.copyOf(compressed, compressed.length / 2);
        byte[] garbage = compressed.clone();
        Arrays.fill(garbage, 10, garbage.length, (byte) 0xff);

        assertThatThrownBy(() -> GzipBodies.inflateIfGzipped(cut, 1024))
                .isInstanceOf(IOException.class).isNotInstanceOf(GzipBodies.TooLargeException.class);
        assertThatThrownBy(() -> GzipBodies.inflateIfGzipped(garbage, 1024))
                .isInstanceOf(IOException.class).isNotInstanceOf(GzipBodies.TooLargeException.class);
    }
}
