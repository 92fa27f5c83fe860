package vn.presswatch.api.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.presswatch.api.web.VietnamTime;

/**
 * The digest of the morning of one day: what was published about the locality in the 24 hours before the send time.
 *
 * @param day          the morning it belongs to (Vietnam time)
 * @param from         start of the window, inclusive
 * @param to           end of the window, exclusive
 * @param localityName how the office names its locality ("about ...")
 * @param articles     articles in the window, syndicated copies each counted
 * @param topicCounts  articles per topic, every taxonomy topic in taxonomy order
 * @param toneCounts   articles per tone (positive, neutral, negative)
 * @param sections     negative and disinformation first, then per topic, then the rest; empty ones left out
 */
public record Digest(LocalDate day, Instant from, Instant to, String localityName, long articles,
                     List<Count> topicCounts, List<Count> toneCounts, List<Section> sections) {

    public Digest {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        topicCounts = List.copyOf(topicCounts);
        toneCounts = List.copyOf(toneCounts);
        sections = List.copyOf(sections);
    }

    /** Stories (syndicated copies folded) in all sections. */
    public long stories() {
        return sections.stream().mapToLong(s -> s.items().size() + s.more()).sum();
    }

    /**
     * One count of the overview.
     *
     * @param id    topic or tone id
     * @param label Vietnamese name
     * @param count articles
     */
    public record Count(String id, String label, long count) {
    }

    /**
     * One section of stories, newest first.
     *
     * @param id      {@code attention}, a topic id, or {@code other}
     * @param title   Vietnamese heading
     * @param items   the stories shown
     * @param more    stories left out beyond the cap
     * @param search  the search page (path and query) listing the section's articles
     */
    public record Section(String id, String title, List<Item> items, int more, String search) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One story: the earliest copy, and the other outlets that carried it.
     *
     * @param articleId     the earliest copy's id (its page is /articles/{id})
     * @param outlet        the earliest copy's outlet name
     * @param time          when it was published
     * @param title         its headline
     * @param lead          its lead paragraph, possibly empty
     * @param url           the article on the outlet's site
     * @param otherOutlets  names of the other outlets that carried it
     * @param negative      whether the story is negative or disinformation
     * @param topicLabels   Vietnamese names of its topics, best first
     */
    public record Item(String articleId, String outlet, Instant time, String title, String lead, String url,
                       List<String> otherOutlets, boolean negative, List<String> topicLabels) {
        public Item {
            otherOutlets = List.copyOf(otherOutlets);
            topicLabels = List.copyOf(topicLabels);
        }

        /** The publication time as pages write it (Vietnam time). */
        public String timeText() {
            return VietnamTime.format(time);
        }

        /** The lead cut to a few lines. */
        public String shortLead() {
            return DigestHtml.shorten(lead);
        }

        /** "và 2 cơ quan báo chí khác (...)", or empty for a story only one outlet carried. */
        public String othersText() {
            return otherOutlets.isEmpty() ? "" : DigestText.others(this);
        }
    }
}
