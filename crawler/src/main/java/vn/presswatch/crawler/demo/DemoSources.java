package vn.presswatch.crawler.demo;

import java.util.ArrayList;
import java.util.List;
import vn.presswatch.store.Source;
import vn.presswatch.store.Source.SectionPage;

/** The demo outlets as the store's {@link Source}s, with absolute addresses on the running site. */
final class DemoSources {

    private DemoSources() {
    }

    static List<Source> of(String baseUrl, DemoCatalog catalog, boolean liveReleases) {
        List<Source> sources = new ArrayList<>();
        for (DemoOutlet outlet : DemoOutlet.values()) {
            List<String> feeds = new ArrayList<>();
            List<String> sitemaps = new ArrayList<>();
            List<SectionPage> sections = new ArrayList<>();
            switch (outlet) {
                case THOISU -> feeds.add(baseUrl + ThoiSuTemplate.FEED_PATH);
                case HAIPHONG -> {
                    feeds.add(baseUrl + HaiPhongTemplate.FEED_PATH);
                    sitemaps.add(baseUrl + HaiPhongTemplate.NEWS_SITEMAP_PATH);
                    for (String section : catalog.sections(outlet)) {
                        // A section whose every article is a live release starts empty: a real outlet's section
                        // page never is, and the crawler rightly reports an empty one as an error.
                        boolean startsEmpty = liveReleases && catalog.articles().stream().filter(a -> a.outlet() == outlet
                                && section.equals(a.section())).allMatch(DemoArticle::live);
                        if (startsEmpty) {
                            continue;
                        }
                        sections.add(new SectionPage(baseUrl + SiteContent.sectionPath(outlet, section),
                                HaiPhongTemplate.SECTION_LINK_SELECTOR));
                    }
                }
                case QUOCTE -> feeds.add(baseUrl + QuocTeTemplate.FEED_PATH);
                case OBSERVER -> feeds.add(baseUrl + ObserverTemplate.FEED_PATH);
                case DOSON -> sections.add(new SectionPage(baseUrl + DoSonTemplate.NEWS_LIST_PATH,
                        DoSonTemplate.SECTION_LINK_SELECTOR));
                case BAOLOI -> {
                    MisbehavingRoutes.feedPaths().forEach(p -> feeds.add(baseUrl + p));
                    sitemaps.add(baseUrl + MisbehavingRoutes.REDIRECT_LOOP);
                }
            }
            sources.add(new Source(outlet.sourceId(), outlet.displayName(), baseUrl + outlet.pathPrefix(), feeds,
                    sitemaps, sections, outlet.country(), outlet.language(), outlet.level(), outlet.origin(), true,
                    true));
        }
        return List.copyOf(sources);
    }
}
