package vn.presswatch.api.digest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.presswatch.api.web.VietnamTime;

/** The digests of the last days as an Atom 1.0 feed, one entry per day, newest first. */
@Singleton
public class DigestFeed {
    static final int DAYS = 14;

    private final DigestBuilder builder;
    private final DigestProperties properties;
    private final Clock clock;

    public DigestFeed(DigestBuilder builder, DigestProperties properties, Clock clock) {
        this.builder = builder;
        this.properties = properties;
        this.clock = clock;
    }

    /** The feed document (UTF-8 XML). */
    public String atom() {
        String base = properties.base();
        Instant now = clock.instant();
        LocalDate today = VietnamTime.day(now);
        List<SyndEntry> entries = new ArrayList<>();
        for (int back = 0; back < DAYS; back++) {
            Digest digest = builder.build(today.minusDays(back));
            String page = base + "/digest?date=" + digest.day();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(page);
            entry.setLink(page);
            entry.setTitle(DigestText.subject(digest));
            // Today's digest grows until the send time: its entry is updated until then.
            Instant updated = digest.to().isAfter(now) ? now : digest.to();
            entry.setUpdatedDate(Date.from(updated));
            entry.setPublishedDate(Date.from(updated));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(DigestText.summary(digest));
            entry.setDescription(summary);
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(DigestHtml.fragment(digest, base));
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(base + "/digest.atom");
        feed.setTitle("Bản tin báo chí hằng ngày — presswatch");
        feed.setDescription("Tin, bài trong 24 giờ về " + builder.localityName() + ", mỗi ngày một bản tin");
        feed.setLanguage("vi");
        feed.setAuthor("presswatch");
        feed.setPublishedDate(Date.from(now));
        SyndLink self = link(base + "/digest.atom", "self", "application/atom+xml");
        SyndLink alternate = link(base + "/digest", "alternate", "text/html");
        feed.setLinks(List.of(self, alternate));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the digest feed", e);
        }
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
