package vn.presswatch.crawler.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.presswatch.crawler.feed.RawEntries.RawEntry;

/**
 * Turns one Rome entry plus the raw facts about it into a {@link FeedItem}, or skips it (with a warning) when it has
 * no usable link. Counts unreadable dates so the feed gets one warning, not one per item; a missing date is no
 * warning (RSS makes it optional, and the article page usually has one). Not thread-safe; one per parse.
 */
final class FeedItemMapper {

    /** RSS {@code <author>} is "email (Name)"; the name is what a reader wants. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private final boolean atom;
    private final String feedBase;
    private final ZonedDateTime now;
    private final ParseWarnings warnings;
    private int unreadableDates;
    private String unreadableExample;

    FeedItemMapper(boolean atom, String feedBase, ZonedDateTime now, ParseWarnings warnings) {
        this.atom = atom;
        this.feedBase = feedBase;
        this.now = now;
        this.warnings = warnings;
    }

    /** The item, or empty when it has no usable link; {@code raw} is null when the raw tree could not be matched. */
    Optional<FeedItem> map(SyndEntry entry, RawEntry raw, int position) {
        String title = PlainText.of(raw != null && raw.titleMarkup() != null ? raw.titleMarkup() : entry.getTitle());
        String guid = raw != null ? raw.guid() : blankToNull(entry.getUri());
        String link = link(entry, raw);
        String base = raw != null ? raw.base() : feedBase;
        Optional<String> url = LinkResolver.resolve(base, link);
        if (url.isEmpty()) {
            url = LinkResolver.absolute(guid);
        }
        if (url.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "item %d (%s) skipped: no usable link%s", position,
                    title == null ? "untitled" : "'" + BodySniffer.abbreviate(title, 60) + "'",
                    link == null ? " and its guid is not a URL" : " ('" + BodySniffer.abbreviate(link, 80) + "')"));
            return Optional.empty();
        }
        // Rome still speaks java.util.Date; convert at once.
        PublishedDates.Choice date = PublishedDates.choose(
                entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant(),
                raw == null ? null : raw.dateText(), now);
        if (date.unreadable()) {
            unreadableDates++;
            if (unreadableExample == null && raw != null) {
                unreadableExample = raw.dateText();
            }
        }
        String summary = raw != null && raw.summaryMarkup() != null ? PlainText.of(raw.summaryMarkup()) : null;
        return Optional.of(new FeedItem(url.get(), guid, title, summary != null ? summary : summary(entry),
                date.published(), author(entry)));
    }

    /** One warning for all unreadable dates, after all items were mapped. */
    void reportDates() {
        if (unreadableDates > 0) {
            String example = unreadableExample == null
                    ? ""
                    : " (e.g. '" + BodySniffer.abbreviate(unreadableExample, 60) + "')";
            warnings.add(String.format(Locale.ROOT, "%d items have a date that could not be read%s; published left empty",
                    unreadableDates, example));
        }
    }

    /**
     * The item's own link. For RSS only a real {@code <link>} element counts: Rome copies the guid into the link
     * when there is none, and a guid like "12345" would resolve to a wrong URL on the feed's host.
     */
    private String link(SyndEntry entry, RawEntry raw) {
        if (atom) {
            return alternateLink(entry.getLinks(), entry.getLink());
        }
        if (raw != null) {
            return raw.link();
        }
        String link = entry.getLink();
        return link != null && !link.equals(entry.getUri()) ? link : null;
    }

    /**
     * The first Atom link with rel "alternate" (or no rel), else {@code fallback}. Rome's own choice is not used for
     * feeds: {@code SyndFeed.getLink()} returns the rel="self" link, the feed's own address, not its home page.
     */
    static String alternateLink(List<SyndLink> links, String fallback) {
        for (SyndLink link : links) {
            String rel = link.getRel();
            boolean alternate = rel == null || rel.isBlank() || rel.equals("alternate");
            if (alternate && link.getHref() != null && !link.getHref().isBlank()) {
                return link.getHref();
            }
        }
        return fallback;
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        String text = description == null ? null : PlainText.of(description.getValue());
        if (text == null) {
            for (SyndContent content : entry.getContents()) {
                text = PlainText.of(content.getValue());
                if (text != null) {
                    break;
                }
            }
        }
        return text;
    }

    private static String author(SyndEntry entry) {
        String author = PlainText.of(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            author = PlainText.of(entry.getAuthors().get(0).getName());
        }
        if (author != null) {
            Matcher m = EMAIL_WITH_NAME.matcher(author);
            if (m.matches()) {
                author = m.group(1).strip();
            }
        }
        return author;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
