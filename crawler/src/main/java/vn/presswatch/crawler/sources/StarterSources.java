package vn.presswatch.crawler.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.presswatch.store.Source;

/**
 * The sources an office in Hải Phòng or Ninh Bình gets on day one, shipped as the resource {@value #RESOURCE}:
 * national papers and agencies, the two localities' press and government portals (including the outlets merged
 * into them in July 2025), Vietnamese-language services of foreign broadcasters, English-language outlets about
 * Vietnam, and news search feeds for the two place names. The format is {@link SourceListReader}'s.
 *
 * <p>Every source is enabled and unverified: the addresses come from the outlets' published RSS pages and public
 * lists and nobody here has seen them answer, so a wrong one shows up as a source error. Each entry's {@code note}
 * in the file says where an address came from and what is known to be odd about it.
 */
public final class StarterSources {

    static final String RESOURCE = "/vn/presswatch/crawler/sources/starter-sources.json";
    private static final String NAME = "starter-sources.json";

    private StarterSources() {
    }

    /**
     * The bundled list, in file order (national, Hải Phòng, Ninh Bình, foreign Vietnamese-language, English,
     * search feeds).
     *
     * @throws InvalidSourceListException if the bundled file is broken (a build error, caught by its test)
     */
    public static List<Source> load() {
        try (InputStream in = StarterSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return SourceListReader.read(in, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
