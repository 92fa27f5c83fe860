package vn.presswatch.crawler.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Source;

/**
 * Reads a source list in whichever format it comes: JSON or YAML ({@link SourceListReader}) or OPML
 * ({@link OpmlSources}), chosen by file extension or, when that says nothing, by content.
 */
public final class SourceLists {

    /** Far above any real list (the starter list is about 30 kB); a bigger file is a mistake, not a list. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private SourceLists() {
    }

    /**
     * @param defaults for what an OPML document does not say about a source
     * @throws IOException                 when the file cannot be read
     * @throws InvalidSourceListException naming the file, when it is too big, malformed or has an invalid entry
     */
    public static SourceList read(Path file, OpmlSources.Defaults defaults) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), defaults);
        }
    }

    /**
     * @param in       the list; read fully, not closed
     * @param listName its file name or path: its extension picks the format, and error messages name it
     * @param defaults for what an OPML document does not say about a source
     * @throws IOException                 when the stream cannot be read
     * @throws InvalidSourceListException naming the list, when it is too big, malformed or has an invalid entry
     */
    public static SourceList read(InputStream in, String listName, OpmlSources.Defaults defaults)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(defaults, "defaults");
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new InvalidSourceListException(listName, 0, null, "larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB: not a source list", null);
        }
        SourceListFormat format = SourceListFormat.byFileName(listName)
                .orElseGet(() -> SourceListFormat.sniff(content));
        InputStream bytes = new ByteArrayInputStream(content);
        return switch (format) {
            case JSON -> plain(listName, SourceListReader.read(bytes, listName));
            case YAML -> plain(listName, SourceListReader.readYaml(bytes, listName));
            case OPML -> OpmlSources.read(bytes, listName, defaults);
        };
    }

    private static SourceList plain(String listName, List<Source> sources) {
        return new SourceList(listName, sources, List.of());
    }
}
