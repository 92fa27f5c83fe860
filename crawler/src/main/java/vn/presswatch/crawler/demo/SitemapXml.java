package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.util.List;

/** Writes sitemaps: Google News sitemaps, plain URL sets and sitemap indexes. */
final class SitemapXml {

    /** A child sitemap of an index. */
    record Child(String url, java.time.OffsetDateTime lastModified) {
    }

    private SitemapXml() {
    }

    /** A Google News sitemap: each URL with news:publication, news:publication_date and news:title. */
    static String news(String publication, String language, List<DemoArticle> items) {
        StringBuilder x = new StringBuilder(512 + items.size() * 500);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (DemoArticle a : items) {
            x.append("<url>\n<loc>").append(esc(a.url())).append("</loc>\n<news:news>\n<news:publication>\n")
                    .append("<news:name>").append(esc(publication)).append("</news:name>\n")
                    .append("<news:language>").append(language).append("</news:language>\n</news:publication>\n")
                    .append("<news:publication_date>").append(Markup.iso(a.published())).append("</news:publication_date>\n")
                    .append("<news:title>").append(esc(a.title())).append("</news:title>\n")
                    .append("</news:news>\n</url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    /** A plain sitemap: loc and lastmod. */
    static String urlSet(List<DemoArticle> items) {
        StringBuilder x = new StringBuilder(256 + items.size() * 160);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (DemoArticle a : items) {
            x.append("<url><loc>").append(esc(a.url())).append("</loc><lastmod>").append(Markup.iso(a.published()))
                    .append("</lastmod></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    static String index(List<Child> children) {
        StringBuilder x = new StringBuilder(256 + children.size() * 160);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Child c : children) {
            x.append("<sitemap><loc>").append(esc(c.url())).append("</loc><lastmod>").append(Markup.iso(c.lastModified()))
                    .append("</lastmod></sitemap>\n");
        }
        return x.append("</sitemapindex>\n").toString();
    }
}
