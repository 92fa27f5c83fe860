package vn.presswatch.crawler.demo;

import vn.presswatch.store.Origin;
import vn.presswatch.store.SourceLevel;

/**
 * The fictional outlets of the demo site, each under its own path prefix ({@code /thoisu/}, ...). Each imitates a
 * kind of outlet presswatch reads and publishes in the way that kind typically does.
 */
public enum DemoOutlet {
    /** National paper: RSS 2.0, article pages with JSON-LD NewsArticle and OpenGraph. */
    THOISU("thoisu", "Báo Thời sự Việt Nam", "vi", "VN", SourceLevel.CENTRAL, Origin.DOMESTIC),
    /**
     * Hải Phòng local paper: Atom, a Google news sitemap and section pages; article pages without structured data
     * (headline, sapo, Vietnamese date line).
     */
    HAIPHONG("haiphong", "Báo Hải Phòng Ngày nay", "vi", "VN", SourceLevel.LOCAL, Origin.DOMESTIC),
    /** A foreign broadcaster's Vietnamese service: RSS 1.0 (RDF), OpenGraph and article:published_time only. */
    QUOCTE("quocte", "Đài Quốc tế Tiếng Việt", "vi", "FR", SourceLevel.FOREIGN, Origin.FOREIGN),
    /** An English-language outlet about Vietnam: Atom, schema.org microdata. */
    OBSERVER("observer", "The Vietnam Observer", "en", "SG", SourceLevel.FOREIGN, Origin.FOREIGN),
    /** A ward's government portal: no feed, only a news list page; a plain date line. */
    DOSON("doson", "Cổng thông tin điện tử phường Đồ Sơn", "vi", "VN", SourceLevel.GOVERNMENT_PORTAL,
            Origin.DOMESTIC),
    /** An outlet whose addresses all misbehave (the site's {@code /bad/} endpoints). */
    BAOLOI("baoloi", "Báo Lỗi", "vi", "VN", SourceLevel.LOCAL, Origin.DOMESTIC);

    private final String id;
    private final String displayName;
    private final String language;
    private final String country;
    private final SourceLevel level;
    private final Origin origin;

    DemoOutlet(String id, String displayName, String language, String country, SourceLevel level, Origin origin) {
        this.id = id;
        this.displayName = displayName;
        this.language = language;
        this.country = country;
        this.level = level;
        this.origin = origin;
    }

    /** The path segment and the JSON name, e.g. {@code thoisu}. */
    public String id() {
        return id;
    }

    /** The id of the outlet's {@link vn.presswatch.store.Source}, e.g. {@code demo-thoisu}. */
    public String sourceId() {
        return "demo-" + id;
    }

    public String displayName() {
        return displayName;
    }

    /** ISO 639-1. */
    public String language() {
        return language;
    }

    /** ISO 3166-1 alpha-2. */
    public String country() {
        return country;
    }

    public SourceLevel level() {
        return level;
    }

    public Origin origin() {
        return origin;
    }

    /** The outlet's path prefix, e.g. {@code /thoisu/}. */
    public String pathPrefix() {
        return "/" + id + "/";
    }

    static DemoOutlet fromId(String id) {
        for (DemoOutlet outlet : values()) {
            if (outlet.id.equals(id)) {
                return outlet;
            }
        }
        throw new IllegalArgumentException("unknown demo outlet '" + id + "'");
    }
}
