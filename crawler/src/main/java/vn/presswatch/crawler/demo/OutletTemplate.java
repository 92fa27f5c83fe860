package vn.presswatch.crawler.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * How one outlet prints its pages. Implementations imitate the markup of a kind of outlet, boilerplate included
 * (menus, share bars, related-news boxes, comments, ads, footers), because that is what an extractor must cope
 * with. Pure functions of their arguments; thread-safe.
 */
interface OutletTemplate {

    /**
     * @param article the article
     * @param others  other articles of the outlet for the related-news and most-read boxes (never live ones, so
     *                a page does not change when a release happens)
     * @param baseUrl e.g. {@code http://127.0.0.1:41234}
     */
    String articlePage(DemoArticle article, List<DemoArticle> others, String baseUrl);

    /** The home page listing {@code latest}, newest first. */
    String homePage(List<DemoArticle> latest, String baseUrl);

    /** A section page listing {@code articles}, newest first. */
    String sectionPage(String section, List<DemoArticle> articles, String baseUrl);

    /**
     * @param today the date pages print as today's (the site renders its pages when it starts, so its start date)
     */
    static OutletTemplate of(DemoOutlet outlet, LocalDate today) {
        return switch (outlet) {
            case THOISU -> new ThoiSuTemplate();
            case HAIPHONG -> new HaiPhongTemplate(today);
            case QUOCTE -> new QuocTeTemplate();
            case OBSERVER -> new ObserverTemplate();
            case DOSON, BAOLOI -> new DoSonTemplate(outlet);
        };
    }
}
