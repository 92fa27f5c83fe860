package vn.presswatch.crawler.demo;

import static vn.presswatch.crawler.demo.Markup.esc;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes the three feed formats the demo outlets publish: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0. The feed's own date
 * is its newest item's, so a feed's bytes, and with them its ETag, change only when its items do.
 */
final class FeedXml {

    /**
     * What describes a feed besides its items.
     *
     * @param title       feed title
     * @param homeUrl     the outlet's home page, absolute
     * @param feedUrl     the feed's own address, absolute
     * @param description one sentence
     * @param language    ISO 639-1
     * @param nextPageUrl the next (older) page of a paged feed (RFC 5005), or null
     */
    record Channel(String title, String homeUrl, String feedUrl, String description, String language,
                   String nextPageUrl) {
    }

    private FeedXml() {
    }

    /** RSS 2.0 in the style of Vietnamese CMSs: an image and the sapo as HTML in a CDATA description. */
    static String rss2(Channel channel, List<DemoArticle> items, OffsetDateTime fallbackDate, String baseUrl) {
        StringBuilder x = new StringBuilder(1024 + items.size() * 700);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>").append(esc(channel.title())).append("</title>\n")
                .append("<link>").append(esc(channel.homeUrl())).append("</link>\n")
                .append("<description>").append(esc(channel.description())).append("</description>\n")
                .append("<language>").append(channel.language()).append("</language>\n")
                .append("<atom:link href=\"").append(esc(channel.feedUrl())).append("\" rel=\"self\" "
                        + "type=\"application/rss+xml\"/>\n");
        if (channel.nextPageUrl() != null) {
            x.append("<atom:link href=\"").append(esc(channel.nextPageUrl())).append("\" rel=\"next\" "
                    + "type=\"application/rss+xml\"/>\n");
        }
        x.append("<lastBuildDate>").append(Markup.rssDate(newest(items, fallbackDate))).append("</lastBuildDate>\n")
                .append("<ttl>10</ttl>\n");
        for (DemoArticle a : items) {
            String image = baseUrl + "/" + a.outlet().id() + "/images/" + a.id() + "-thumb.jpg";
            x.append("<item>\n<title>").append(esc(a.title())).append("</title>\n")
                    .append("<link>").append(esc(a.url())).append("</link>\n")
                    .append("<guid isPermaLink=\"true\">").append(esc(a.url())).append("</guid>\n")
                    .append("<description>").append(Markup.cdata("<a href=\"" + esc(a.url()) + "\"><img src=\""
                            + image + "\" width=\"240\"></a></br>" + esc(a.lead()))).append("</description>\n")
                    .append("<pubDate>").append(Markup.rssDate(a.published())).append("</pubDate>\n")
                    .append("<dc:creator>").append(esc(a.author())).append("</dc:creator>\n")
                    .append("<category>").append(esc(PageParts.sectionName(a.section()))).append("</category>\n")
                    .append("</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    /** RSS 1.0: an RDF channel with an item sequence, Dublin Core dates and creators. */
    static String rdf(Channel channel, List<DemoArticle> items, OffsetDateTime fallbackDate) {
        StringBuilder x = new StringBuilder(1024 + items.size() * 700);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" ")
                .append("xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<channel rdf:about=\"").append(esc(channel.feedUrl())).append("\">\n")
                .append("<title>").append(esc(channel.title())).append("</title>\n")
                .append("<link>").append(esc(channel.homeUrl())).append("</link>\n")
                .append("<description>").append(esc(channel.description())).append("</description>\n")
                .append("<dc:language>").append(channel.language()).append("</dc:language>\n")
                .append("<dc:date>").append(Markup.isoUtc(newest(items, fallbackDate))).append("</dc:date>\n")
                .append("<items>\n<rdf:Seq>\n");
        for (DemoArticle a : items) {
            x.append("<rdf:li rdf:resource=\"").append(esc(a.url())).append("\"/>\n");
        }
        x.append("</rdf:Seq>\n</items>\n</channel>\n");
        for (DemoArticle a : items) {
            x.append("<item rdf:about=\"").append(esc(a.url())).append("\">\n")
                    .append("<title>").append(esc(a.title())).append("</title>\n")
                    .append("<link>").append(esc(a.url())).append("</link>\n")
                    .append("<description>").append(esc(a.lead())).append("</description>\n")
                    .append("<dc:date>").append(Markup.isoUtc(a.published())).append("</dc:date>\n")
                    .append("<dc:creator>").append(esc(a.author())).append("</dc:creator>\n")
                    .append("<dc:subject>").append(esc(PageParts.sectionName(a.section()))).append("</dc:subject>\n")
                    .append("</item>\n");
        }
        return x.append("</rdf:RDF>\n").toString();
    }

    /** Atom 1.0 with published and updated dates, authors and plain-text summaries. */
    static String atom(Channel channel, List<DemoArticle> items, OffsetDateTime fallbackDate) {
        StringBuilder x = new StringBuilder(1024 + items.size() * 800);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(channel.language()).append("\">\n")
                .append("<title>").append(esc(channel.title())).append("</title>\n")
                .append("<subtitle>").append(esc(channel.description())).append("</subtitle>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(channel.feedUrl())).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(channel.homeUrl())).append("\"/>\n")
                .append("<id>").append(esc(channel.feedUrl())).append("</id>\n")
                .append("<updated>").append(Markup.iso(newest(items, fallbackDate))).append("</updated>\n");
        for (DemoArticle a : items) {
            x.append("<entry>\n<title>").append(esc(a.title())).append("</title>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(a.url())).append("\"/>\n")
                    .append("<id>tag:").append(a.outlet().id()).append(".demo,2025:").append(a.id()).append("</id>\n")
                    .append("<published>").append(Markup.iso(a.published())).append("</published>\n")
                    .append("<updated>").append(Markup.iso(a.published())).append("</updated>\n")
                    .append("<author><name>").append(esc(a.author())).append("</name></author>\n")
                    .append("<category term=\"").append(a.section()).append("\" label=\"")
                    .append(esc(PageParts.sectionName(a.section()))).append("\"/>\n")
                    .append("<summary type=\"text\">").append(esc(a.lead())).append("</summary>\n")
                    .append("</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    static OffsetDateTime newest(List<DemoArticle> items, OffsetDateTime fallback) {
        return items.stream().map(DemoArticle::published).max(OffsetDateTime::compareTo).orElse(fallback);
    }
}
