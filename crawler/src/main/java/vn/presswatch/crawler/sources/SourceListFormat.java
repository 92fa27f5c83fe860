package vn.presswatch.crawler.sources;

import java.util.Locale;
import java.util.Optional;

/** The file formats a source list can come in, and how to tell them apart. */
enum SourceListFormat {
    JSON,
    YAML,
    OPML;

    /** By file extension: {@code .json}, {@code .yaml} or {@code .yml}, {@code .opml} or {@code .xml}. */
    static Optional<SourceListFormat> byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".opml") || name.endsWith(".xml")) {
            return Optional.of(OPML);
        }
        return Optional.empty();
    }

    /**
     * By content, for a file whose name says nothing: after a byte order mark and white space, {@code <} starts
     * XML, <code>{</code> or {@code [} JSON, and anything else is taken for YAML (whose errors then say what is
     * wrong).
     */
    static SourceListFormat sniff(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n')) {
            i++;
        }
        if (i == content.length) {
            return YAML;
        }
        return switch (content[i]) {
            case '<' -> OPML;
            case '{', '[' -> JSON;
            default -> YAML;
        };
    }
}
