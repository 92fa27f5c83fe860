package vn.presswatch.crawler.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.crawler.demo.StoryFile.Copy;
import vn.presswatch.crawler.demo.StoryFile.Story;

/**
 * The site's articles with their addresses and times: stories placed in their outlets (syndicated copies
 * included), published relative to the site's start, and the schedule of live releases. Immutable; thread-safe.
 */
final class DemoCatalog {

    /** Where the "Báo Lỗi" stories are served, in the order they appear in the story file. */
    static final List<String> MISBEHAVING_PATHS = List.of(
            "/bad/windows-1258-mislabelled.html", "/bad/windows-1258.html", "/bad/gzip-wrong-encoding.html");

    /** First article number per outlet, so the addresses look like a CMS's. */
    private static final Map<DemoOutlet, Integer> FIRST_NUMBER = Map.of(
            DemoOutlet.THOISU, 4871201, DemoOutlet.HAIPHONG, 352140, DemoOutlet.QUOCTE, 7702311,
            DemoOutlet.OBSERVER, 0, DemoOutlet.DOSON, 1180, DemoOutlet.BAOLOI, 1);

    private final Instant start;
    private final Duration releaseInterval;
    private final List<DemoArticle> articles;
    private final List<DemoArticle> misbehaving;
    private final Map<String, DemoArticle> byPath;
    private final int liveCount;

    DemoCatalog(List<Story> stories, Instant start, Duration releaseInterval, String baseUrl) {
        this.start = start;
        this.releaseInterval = releaseInterval;
        Instant minute = start.truncatedTo(ChronoUnit.MINUTES);
        Map<DemoOutlet, Integer> next = new EnumMap<>(FIRST_NUMBER);
        List<DemoArticle> all = new ArrayList<>();
        List<DemoArticle> bad = new ArrayList<>();
        int live = 0;
        for (Story s : stories) {
            DemoOutlet outlet = DemoOutlet.fromId(s.outlet());
            Instant published;
            if (s.release() > 0) {
                live = Math.max(live, s.release());
                published = releaseInterval.isZero()
                        ? minute.minus(Duration.ofMinutes(7L * s.release()))
                        : start.plus(releaseInterval.multipliedBy(s.release())).truncatedTo(ChronoUnit.SECONDS);
            } else {
                published = minute.minus(Duration.ofMinutes(Math.round(s.ageHours() * 60)));
            }
            if (outlet == DemoOutlet.BAOLOI) {
                String path = MISBEHAVING_PATHS.get(bad.size());
                bad.add(article(s, outlet, s.section(), s.title(), s.author(), published, baseUrl + path, "baoloi-"
                        + (bad.size() + 1)));
                continue;
            }
            int number = next.merge(outlet, 1, Integer::sum) - 1;
            all.add(article(s, outlet, s.section(), s.title(), s.author(), published,
                    baseUrl + path(outlet, s.section(), s.title(), number, published), outlet.id() + "-" + number));
            for (Copy c : s.copies()) {
                DemoOutlet copyOutlet = DemoOutlet.fromId(c.outlet());
                Instant copyPublished = minute.minus(Duration.ofMinutes(Math.round(c.ageHours() * 60)));
                int copyNumber = next.merge(copyOutlet, 1, Integer::sum) - 1;
                all.add(article(s, copyOutlet, c.section(), c.title(), c.author(), copyPublished,
                        baseUrl + path(copyOutlet, c.section(), c.title(), copyNumber, copyPublished),
                        copyOutlet.id() + "-" + copyNumber));
            }
        }
        this.articles = List.copyOf(all);
        this.misbehaving = List.copyOf(bad);
        this.liveCount = live;
        Map<String, DemoArticle> paths = new HashMap<>();
        for (DemoArticle a : all) {
            if (paths.put(a.path(), a) != null) {
                throw new IllegalStateException("two demo articles at " + a.path());
            }
        }
        this.byPath = Map.copyOf(paths);
    }

    private static DemoArticle article(Story s, DemoOutlet outlet, String section, String title, String author,
                                       Instant published, String url, String id) {
        OffsetDateTime time = published.atZone(Markup.VIETNAM).toOffsetDateTime();
        return new DemoArticle(id, s.id(), outlet, section, url, title, s.lead(), s.body(), author, time,
                outlet.language(), s.topics(), s.tone(), s.release());
    }

    private static String path(DemoOutlet outlet, String section, String title, int number, Instant published) {
        String slug = Markup.slug(title);
        return switch (outlet) {
            case OBSERVER -> {
                OffsetDateTime t = published.atOffset(java.time.ZoneOffset.UTC);
                yield String.format(Locale.ROOT, "/observer/%s/%d/%02d/%s", section, t.getYear(), t.getMonthValue(), slug);
            }
            case DOSON -> "/doson/tin-tuc/" + slug + "-" + number + ".html";
            default -> outlet.pathPrefix() + section + "/" + slug + "-" + number + ".html";
        };
    }

    /** Every article of the outlets (live ones included), in story-file order; not the "Báo Lỗi" ones. */
    List<DemoArticle> articles() {
        return articles;
    }

    /** The "Báo Lỗi" articles served by misbehaving endpoints, in {@link #MISBEHAVING_PATHS} order. */
    List<DemoArticle> misbehaving() {
        return misbehaving;
    }

    /** How many live releases are visible at {@code now}: all of them when the interval is zero. */
    int released(Instant now) {
        if (releaseInterval.isZero()) {
            return liveCount;
        }
        long elapsed = Duration.between(start, now).toMillis();
        if (elapsed < 0) {
            return 0;
        }
        return (int) Math.min(liveCount, elapsed / releaseInterval.toMillis());
    }

    boolean visible(DemoArticle article, int released) {
        return article.releaseOrder() <= released;
    }

    DemoArticle byPath(String path) {
        return byPath.get(path);
    }

    /** The outlet's articles visible with {@code released} releases out, newest first. */
    List<DemoArticle> visible(DemoOutlet outlet, int released) {
        return articles.stream().filter(a -> a.outlet() == outlet && visible(a, released))
                .sorted(Comparator.comparing(DemoArticle::published).reversed().thenComparing(DemoArticle::id))
                .toList();
    }

    /** The outlet's articles that are never held back, newest first: what article pages link to. */
    List<DemoArticle> permanent(DemoOutlet outlet) {
        return visible(outlet, 0);
    }

    /** The sections the outlet has articles in (live ones included), in first-seen order. */
    Set<String> sections(DemoOutlet outlet) {
        Set<String> sections = new LinkedHashSet<>();
        articles.stream().filter(a -> a.outlet() == outlet).forEach(a -> sections.add(a.section()));
        return sections;
    }

    Instant start() {
        return start;
    }
}
