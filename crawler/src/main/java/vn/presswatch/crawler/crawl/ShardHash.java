package vn.presswatch.crawler.crawl;

import java.nio.charset.StandardCharsets;

/** A hash of a source id that is the same in every JVM (String.hashCode is too, but says nothing about spread). */
final class ShardHash {
    private ShardHash() {
    }

    /** 32-bit FNV-1a over the UTF-8 bytes. */
    static int of(String id) {
        int h = 0x811c9dc5;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }
}
