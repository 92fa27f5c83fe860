package vn.presswatch.api.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Interval;
import vn.presswatch.store.Stats;

/**
 * The figures of a report, as the statistics API gives them for the same period and filter.
 *
 * @param period     the days covered
 * @param localities the localities counted ("about the locality"); empty for every article
 * @param total      articles in the period
 * @param topics     every taxonomy topic in taxonomy order, zeros included
 * @param tones      positive, neutral, negative
 * @param origins    domestic, foreign
 * @param languages  by language, largest first
 * @param sources    by outlet, largest first
 * @param interval   the bucket of the trend
 * @param trend      articles per bucket
 * @param stories    the most carried stories per topic, for topics that have any
 * @param alerts     the alerts opened in the period and how they were handled
 */
public record ReportData(ReportPeriod period, List<String> localities, long total, List<Count> topics,
                         List<Count> tones, List<Count> origins, List<Count> languages, List<Count> sources,
                         Interval interval, List<Stats.Bucket> trend, List<TopicStories> stories,
                         AlertSummary alerts) {

    public ReportData {
        Objects.requireNonNull(period, "period");
        localities = List.copyOf(localities);
        topics = List.copyOf(topics);
        tones = List.copyOf(tones);
        origins = List.copyOf(origins);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        trend = List.copyOf(trend);
        stories = List.copyOf(stories);
        alerts = Objects.requireNonNullElse(alerts, AlertSummary.NONE);
    }

    /** The same figures with the alerts of the period. */
    public ReportData withAlerts(AlertSummary summary) {
        return new ReportData(period, localities, total, topics, tones, origins, languages, sources, interval, trend,
                stories, summary);
    }

    /**
     * One line of a count table.
     *
     * @param id    the value as the API names it (topic id, tone id, source id, language code)
     * @param name  what the report shows, in Vietnamese
     * @param count articles
     */
    public record Count(String id, String name, long count) {
    }

    /** The stories of one topic, most carried first. */
    public record TopicStories(String topicId, String topicName, List<Story> stories) {
        public TopicStories {
            stories = List.copyOf(stories);
        }
    }

    /**
     * A story: its first article, and how many outlets carried it in the period.
     *
     * @param outlets distinct outlets that carried the story
     */
    public record Story(String title, String url, String sourceName, Instant publishedAt, int outlets) {
    }

    /**
     * The alerts opened in the period, as {@code /api/stats/alerts} counts them.
     *
     * @param states every state, in workflow order, with the alerts in it now (the id is the API's state id)
     * @param listed the alerts, oldest first, at most {@link #MAX_LISTED}
     * @param total  all alerts of the period (more than listed when the list was cut)
     */
    public record AlertSummary(List<Count> states, List<AlertLine> listed, long total) {
        public static final int MAX_LISTED = 200;
        public static final AlertSummary NONE = new AlertSummary(List.of(), List.of(), 0);

        public AlertSummary {
            states = List.copyOf(states);
            listed = List.copyOf(listed);
        }

        /** The count of one state id. */
        public long count(String stateId) {
            return states.stream().filter(c -> c.id().equals(stateId)).mapToLong(Count::count).sum();
        }
    }

    /**
     * One alert as the report lists it.
     *
     * @param outcome the handler's note (what was answered, or why it was dismissed), empty while open
     * @param response the address of the published response, or empty
     */
    public record AlertLine(String title, String url, String sourceName, String ruleName, Instant matchedAt,
                            String stateId, String stateName, String assignee, String outcome, String response) {
    }
}
