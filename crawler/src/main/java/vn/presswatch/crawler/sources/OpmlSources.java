package vn.presswatch.crawler.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Source lists as OPML, the outline format every feed reader imports and exports (OPML 1.0 and 2.0,
 * <a href="https://opml.org/spec2.opml">opml.org/spec2.opml</a>).
 *
 * <h2>Reading</h2>
 * Every {@code <outline>} with an {@code xmlUrl} attribute is a feed, at any depth of nested categories; attribute
 * names are matched in any case, as some readers write {@code xmlURL}. A feed listed twice (in two categories) is
 * read once. Feeds belong to one source when they share a home page: their {@code htmlUrl}, or else the feed's
 * scheme and host (so {@code rfi.fr/vi/} and {@code rfi.fr/fr/} stay two outlets). A source's name is its first
 * feed's {@code title}, else {@code text}, else its host; its id is the host in lower case without {@code www.},
 * dots turned into '-', with -2, -3 ... when taken ({@code www.baohaiphong.vn} -> {@code baohaiphong-vn}).
 *
 * <p>OPML has no field for country, language, level or origin. presswatch's own attributes in the namespace
 * {@value #NAMESPACE} (prefix {@code pw} by convention) carry them; each applies to the outline that has it and to
 * every outline inside it, so {@code pw:origin="foreign"} on a category covers its feeds. Without them the
 * caller's {@link Defaults} apply (never a guess from the top-level domain), and {@link SourceList#defaultedIds()}
 * names the sources that got one. The attributes are:
 * <ul>
 *   <li>{@code pw:id}: this outline is one source with that id; the feeds inside it (or on it) are its feeds, its
 *       {@code title}/{@code text} its name and its {@code htmlUrl} its home page;</li>
 *   <li>{@code pw:country} (ISO 3166-1 alpha-2, {@code VN}), {@code pw:language} (ISO 639-1, {@code vi}),
 *       {@code pw:level} ({@code central}, {@code local}, {@code government_portal}, {@code foreign},
 *       {@code search_feed}, {@code other}), {@code pw:origin} ({@code domestic}, {@code foreign}),
 *       {@code pw:enabled} ({@code true} or {@code false}).</li>
 * </ul>
 * and, as child elements of a {@code pw:id} outline, {@code <pw:sitemap url="..."/>} and
 * {@code <pw:section url="..." linkSelector="..."/>} for the addresses OPML has no place for.
 *
 * <p>The document is read with the JDK's StAX parser with DTDs and external entities off, and a document with a
 * {@code <!DOCTYPE>} is refused outright: an entity could otherwise pull a local file into a source name (XXE).
 * Sources are checked as JSON and YAML lists are; the first problem raises {@link InvalidSourceListException}
 * naming the outline (its number among all outlines, from 1, and its line), and a document without any feed is
 * refused too. Every source read is unverified and, unless {@code pw:enabled="false"}, enabled.
 *
 * <h2>Writing</h2>
 * OPML 2.0 in UTF-8: one outline per source carrying its name, home page and every {@code pw:*} attribute, holding
 * one {@code <outline type="rss">} per feed plus its sitemaps and section pages as {@code pw:} elements. A feed
 * reader shows each source as a folder of its feeds; reading the file back gives equal sources, except that
 * {@code verified} is not written (a list cannot vouch for an address) and a source without a home page gets its
 * first feed's.
 */
public final class OpmlSources {

    /** The namespace of presswatch's own OPML attributes and elements. */
    public static final String NAMESPACE = "https://presswatch.vn/opml";

    private OpmlSources() {
    }

    /**
     * What a source read from OPML gets for a field the document does not give.
     *
     * @param country  ISO 3166-1 alpha-2, e.g. {@code VN}
     * @param language ISO 639-1, e.g. {@code vi}
     */
    public record Defaults(String country, String language, SourceLevel level, Origin origin) {
        public Defaults {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(origin, "origin");
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code in capitals: "
                        + country);
            }
            if (!language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("language must be an ISO 639-1 code in lower case: " + language);
            }
        }

        /**
         * Vietnamese domestic press of no particular level ({@code VN}, {@code vi}, {@link SourceLevel#OTHER},
         * {@link Origin#DOMESTIC}): what an office's own feed reader mostly holds, and a level nobody will mistake
         * for a checked one.
         */
        public static Defaults domestic() {
            return new Defaults("VN", "vi", SourceLevel.OTHER, Origin.DOMESTIC);
        }
    }

    /**
     * @param opml     the document; read fully, not closed; its encoding comes from its XML declaration
     * @param listName names the list in error messages, e.g. its file name
     * @throws IOException                 when the stream cannot be read
     * @throws InvalidSourceListException when the XML is malformed or not OPML, has no feed, or a source is invalid
     */
    public static SourceList read(InputStream opml, String listName, Defaults defaults) throws IOException {
        Objects.requireNonNull(opml, "opml");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(defaults, "defaults");
        return new OpmlReader(listName, defaults).read(opml);
    }

    /**
     * Writes the sources as an OPML 2.0 document in UTF-8, in the order given.
     *
     * @param title   the document's title, e.g. "Nguồn tin của Sở Văn hóa"
     * @param created written as {@code dateCreated}
     * @param out     not closed
     * @throws IOException when the stream cannot be written
     */
    public static void write(List<Source> sources, String title, Instant created, OutputStream out)
            throws IOException {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(out, "out");
        new OpmlWriter(out).write(sources, title, created);
    }
}
