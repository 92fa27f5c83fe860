package vn.presswatch.api.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.presswatch.api.alert.AlertState;
import vn.presswatch.api.alert.AlertWorkflow;
import vn.presswatch.api.security.Role;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/**
 * The dashboard: today's and this month's coverage, topics, tone, the alerts waiting to be handled, the newest
 * negative or disinformation items and the sources that need attention.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class DashboardController {
    /** What the "needs attention" list shows: hostile or negative coverage. */
    static final String ATTENTION_QUERY = "tone:negative OR topic:disinformation";
    private static final int ATTENTION_ITEMS = 10;

    private final ArticleStore store;
    private final TopicNames topics;
    private final ArticleRows rows;
    private final SourceHealth health;
    private final Clock clock;
    private final AlertWorkflow alerts;

    public DashboardController(ArticleStore store, TopicNames topics, ArticleRows rows, SourceHealth health,
                               Clock clock, AlertWorkflow alerts) {
        this.alerts = alerts;
        this.store = store;
        this.topics = topics;
        this.rows = rows;
        this.health = health;
        this.clock = clock;
    }

    @Get("/")
    public ModelAndView<Map<String, Object>> dashboard() {
        Map<String, Object> model = new HashMap<>();
        LocalDate today = VietnamTime.day(clock.instant());
        LocalDate monthStart = today.withDayOfMonth(1);
        model.put("today", VietnamTime.format(today));
        model.put("monthName", "tháng " + today.getMonthValue() + "/" + today.getYear());
        model.put("sourceWarnings", health.warnings());
        // Alerts waiting for someone: new ones, and those assigned but not yet answered or dismissed.
        model.put("newAlerts", alerts.list(new AlertWorkflow.Filter(AlertState.NEW, null, null, null, null)).size());
        model.put("assignedAlerts", alerts.list(new AlertWorkflow.Filter(AlertState.ASSIGNED, null, null, null, null))
                .size());
        long all = store.count();
        model.put("empty", all == 0);
        model.put("total", all);
        if (all == 0) {
            return new ModelAndView<>("dashboard", model);
        }
        model.put("todayCount", store.stats(StatsRequest.counts(days(today, today), Set.of())).total());
        Stats month = store.stats(StatsRequest.counts(days(monthStart, today),
                Set.of(Facet.TOPIC, Facet.TONE, Facet.ORIGIN)));
        model.put("monthCount", month.total());
        model.put("domestic", month.of(Facet.ORIGIN).getOrDefault(Origin.DOMESTIC.id(), 0L));
        model.put("foreign", month.of(Facet.ORIGIN).getOrDefault(Origin.FOREIGN.id(), 0L));
        String period = "from=" + monthStart + "&to=" + today;
        model.put("monthSearch", "/search?" + period);
        model.put("topicBars", topicBars(month.of(Facet.TOPIC), period));
        model.put("toneBars", toneBars(month.of(Facet.TONE), month.total(), period));
        model.put("attention", rows.ofHits(store.search(new SearchRequest(ATTENTION_QUERY, ArticleFilter.none(),
                Sort.NEWEST, 0, ATTENTION_ITEMS, false)).hits()));
        model.put("attentionSearch", "/search?q=" + URLEncoder.encode(ATTENTION_QUERY, StandardCharsets.UTF_8)
                + "&sort=newest");
        return new ModelAndView<>("dashboard", model);
    }

    /** Every taxonomy topic in taxonomy order (zeros too: a topic nobody wrote about is news for a report). */
    private List<Bar> topicBars(Map<String, Long> counts, String period) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Taxonomy.Topic topic : topics.topics()) {
            long n = counts.getOrDefault(topic.id(), 0L);
            bars.add(new Bar(topic.vietnamese(), n, percent(n, max), "/search?" + period + "&topic=" + topic.id(),
                    ""));
        }
        return bars;
    }

    private static List<Bar> toneBars(Map<String, Long> counts, long total, String period) {
        List<Bar> bars = new ArrayList<>();
        for (Tone tone : List.of(Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE)) {
            long n = counts.getOrDefault(tone.id(), 0L);
            bars.add(new Bar(tone.vietnameseName(), n, percent(n, total), "/search?" + period + "&tone=" + tone.id(),
                    Badge.of(tone).kind()));
        }
        return bars;
    }

    private static int percent(long n, long of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * n / of);
    }

    private static ArticleFilter days(LocalDate first, LocalDate last) {
        return ArticleFilter.none().withRange(first.atStartOfDay(StatsRequest.VIETNAM).toInstant(),
                last.plusDays(1).atStartOfDay(StatsRequest.VIETNAM).toInstant());
    }

    /**
     * One bar of a CSS bar chart.
     *
     * @param label   what it counts
     * @param count   how many
     * @param percent bar length, 0-100
     * @param href    the search listing them
     * @param kind    colour variant (a badge kind)
     */
    public record Bar(String label, long count, int percent, String href, String kind) {
        /** The inline-free way to size a bar: a class per 2 % step, see presswatch.css. */
        public String widthClass() {
            return "w" + (Math.min(100, Math.max(0, percent)) / 2 * 2);
        }
    }
}
