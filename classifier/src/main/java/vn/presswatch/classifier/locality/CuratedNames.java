package vn.presswatch.classifier.locality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The hand-made rules of {@code curated-names.tsv}: names that need a qualifier, phrases that are not places,
 * extra aliases and names that need a city marker. The file's header explains each kind.
 *
 * @param rows the rows in file order
 */
record CuratedNames(List<Row> rows) {

    private static final String RESOURCE = "curated-names.tsv";

    enum Kind { QUALIFY, NOT_PLACE, ALIAS, MARKER }

    /**
     * One row.
     *
     * @param kind   the rule
     * @param name   the name it applies to, as written
     * @param target the GSO code it points to (ALIAS, MARKER), else empty
     */
    record Row(Kind kind, String name, String target) {
    }

    CuratedNames {
        rows = List.copyOf(rows);
    }

    static CuratedNames bundled() {
        try (InputStream in = CuratedNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CuratedNames read(BufferedReader lines) throws IOException {
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            int comment = line.indexOf('#');
            String content = comment >= 0 ? line.substring(0, comment) : line;
            if (content.isBlank()) {
                continue;
            }
            String[] f = VietnameseFolding.normalize(content).strip().split("\t");
            Kind kind = switch (f[0].strip()) {
                case "qualify" -> Kind.QUALIFY;
                case "not-place" -> Kind.NOT_PLACE;
                case "alias" -> Kind.ALIAS;
                case "marker" -> Kind.MARKER;
                default -> throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": unknown kind "
                        + f[0]);
            };
            boolean targeted = kind == Kind.ALIAS || kind == Kind.MARKER;
            if (f.length != (targeted ? 3 : 2) || f[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": expected "
                        + (targeted ? "kind, name and code" : "kind and name"));
            }
            rows.add(new Row(kind, f[1].strip(), targeted ? f[2].strip() : ""));
        }
        return new CuratedNames(rows);
    }
}
