package vn.presswatch.api.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Interval;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/**
 * Gathers a report's figures from the store: one statistics request (the same the statistics API makes for the
 * period and filter, so the numbers agree) and, per topic, the stories most outlets carried.
 */
public final class ReportDataCollector {
    /** Outlets listed by name; the rest are summed as "other outlets". */
    static final int TOP_SOURCES = 15;
    static final int STORIES_PER_TOPIC = 3;
    /** Articles of a topic looked at to find its most carried stories. */
    private static final int STORY_SAMPLE = SearchRequest.MAX_LIMIT;

    private final ArticleStore store;
    private final Taxonomy taxonomy;

    public ReportDataCollector(ArticleStore store, Taxonomy taxonomy) {
        this.store = store;
        this.taxonomy = taxonomy;
    }

    /**
     * @param filter the period's filter, as the statistics API builds it (dates in Vietnam's time zone, and the
     *               office's localities when configured)
     */
    public ReportData collect(ReportPeriod period, ArticleFilter filter) {
        // Days for up to two months, weeks up to half a year, months beyond: a trend of at most ~60 points.
        Interval interval = period.days() <= 62 ? Interval.DAY : period.days() <= 190 ? Interval.WEEK
                : Interval.MONTH;
        Stats stats = store.stats(new StatsRequest("", filter, EnumSet.of(Facet.TOPIC, Facet.TONE, Facet.ORIGIN,
                Facet.LANGUAGE, Facet.SOURCE), interval, StatsRequest.VIETNAM));
        List<ReportData.Count> topics = new ArrayList<>();
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            topics.add(new ReportData.Count(topic.id(), topic.vietnamese(),
                    stats.of(Facet.TOPIC).getOrDefault(topic.id(), 0L)));
        }
        List<ReportData.Count> tones = new ArrayList<>();
        for (Tone tone : Tone.values()) {
            tones.add(new ReportData.Count(tone.id(), tone.vietnameseName(),
                    stats.of(Facet.TONE).getOrDefault(tone.id(), 0L)));
        }
        List<ReportData.Count> origins = new ArrayList<>();
        for (Origin origin : Origin.values()) {
            origins.add(new ReportData.Count(origin.id(), "Báo chí " + origin.vietnameseName().toLowerCase(Locale.ROOT),
                    stats.of(Facet.ORIGIN).getOrDefault(origin.id(), 0L)));
        }
        List<ReportData.Count> languages = new ArrayList<>();
        stats.of(Facet.LANGUAGE).forEach((code, n) -> languages.add(new ReportData.Count(code,
                LanguageNames.of(code), n)));
        List<ReportData.Count> sources = new ArrayList<>();
        // One read of the source records for every name the report shows, not one per outlet and story.
        Map<String, String> names = new HashMap<>();
        store.sources().all().forEach(src -> names.put(src.id(), src.name()));
        stats.of(Facet.SOURCE).forEach((id, n) -> sources.add(new ReportData.Count(id, names.getOrDefault(id, id),
                n)));
        List<ReportData.TopicStories> stories = new ArrayList<>();
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            if (stats.of(Facet.TOPIC).getOrDefault(topic.id(), 0L) > 0) {
                stories.add(new ReportData.TopicStories(topic.id(), topic.vietnamese(), topStories(filter,
                        topic.id(), names)));
            }
        }
        return new ReportData(period, List.copyOf(filter.localities()), stats.total(), topics, tones, origins,
                languages, sources, interval, stats.histogram(), stories, ReportData.AlertSummary.NONE);
    }

    /** The stories of a topic carried by the most outlets (ties: the newest first). */
    private List<ReportData.Story> topStories(ArticleFilter filter, String topic, Map<String, String> names) {
        SearchResult result = store.search(new SearchRequest("", filter.withTopics(List.of(topic)), Sort.NEWEST, 0,
                STORY_SAMPLE, false));
        Map<String, List<Article>> byStory = new LinkedHashMap<>();
        for (SearchResult.ArticleHit hit : result.hits()) {
            Article a = hit.article();
            String story = a.clusterId() == null ? a.id() : a.clusterId();
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
        }
        return byStory.values().stream()
                .map(ReportDataCollector::story)
                .sorted(Comparator.comparingInt(ReportData.Story::outlets).reversed()
                        .thenComparing(ReportData.Story::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(STORIES_PER_TOPIC)
                .map(s -> new ReportData.Story(s.title(), s.url(), names.getOrDefault(s.sourceName(), s.sourceName()), s.publishedAt(),
                        s.outlets()))
                .toList();
    }

    /** The story's earliest article, with the number of outlets (sourceName holds the source id until named). */
    private static ReportData.Story story(Collection<Article> copies) {
        Article first = copies.stream().min(Comparator.comparing(Article::reportTime)).orElseThrow();
        Set<String> outlets = new HashSet<>();
        copies.forEach(a -> outlets.add(a.sourceId()));
        Instant at = first.publishedAt() != null ? first.publishedAt() : first.fetchedAt();
        return new ReportData.Story(first.title(), first.url(), first.sourceId(), at, outlets.size());
    }
}
