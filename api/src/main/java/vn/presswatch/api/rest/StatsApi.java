package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.api.security.Role;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Interval;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/** Article counts by topic, source, tone ... and over time, for dashboards and reports. */
@Controller("/api/stats")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "stats", description = "Thống kê số bài viết")
public class StatsApi {
    private final ArticleStore store;
    private final ArticleMapper mapper;

    public StatsApi(ArticleStore store, ArticleMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Get("/topics")
    @Operation(summary = "Articles per topic: every taxonomy topic, zeros included, in taxonomy order",
            description = "Takes the search parameters of GET /api/articles (q, from, to, topic, tone, source ...).")
    public StatsJson.Topics topics(HttpRequest<?> request) {
        ArticleQuery query = ArticleQuery.parse(request.getParameters().asMap());
        Stats stats = store.stats(new StatsRequest(query.q(), query.filter(), Set.of(Facet.TOPIC), null,
                StatsRequest.VIETNAM));
        Map<String, Long> counts = stats.of(Facet.TOPIC);
        return new StatsJson.Topics(stats.total(), mapper.taxonomy().ids().stream()
                .map(id -> new StatsJson.TopicCount(id, mapper.topicName(id), counts.getOrDefault(id, 0L)))
                .toList());
    }

    @Get
    @Operation(summary = "Articles per facet value, and over time",
            description = "facet: topic, source, tone, language, locality, origin (repeatable; all when absent); "
                    + "interval: day, week or month for a histogram (needs from and to); plus the search "
                    + "parameters of GET /api/articles.")
    public StatsJson.Facets stats(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        ArticleQuery query = ArticleQuery.parse(parameters);
        Set<Facet> facets = facets(parameters.getOrDefault("facet", List.of()));
        Interval interval = interval(parameters.getOrDefault("interval", List.of()));
        if (interval != null && (query.from() == null || query.to() == null)) {
            throw new IllegalArgumentException("interval: biểu đồ theo thời gian cần cả from và to");
        }
        Stats stats = store.stats(new StatsRequest(query.q(), query.filter(), facets, interval,
                StatsRequest.VIETNAM));
        Map<String, String> sourceNames = facets.contains(Facet.SOURCE) ? mapper.sourceNames() : Map.of();
        Map<String, List<StatsJson.Count>> counts = new LinkedHashMap<>();
        for (Facet facet : facets) {
            counts.put(facet.name().toLowerCase(Locale.ROOT), stats.of(facet).entrySet().stream()
                    .map(e -> new StatsJson.Count(e.getKey(), name(facet, e.getKey(), sourceNames), e.getValue()))
                    .toList());
        }
        return new StatsJson.Facets(stats.total(), counts,
                interval == null ? null : interval.name().toLowerCase(Locale.ROOT),
                stats.histogram().stream().map(b -> new StatsJson.Bucket(b.start().toString(), b.count())).toList());
    }

    private String name(Facet facet, String key, Map<String, String> sourceNames) {
        try {
            return switch (facet) {
                case TOPIC -> mapper.topicName(key);
                case SOURCE -> sourceNames.getOrDefault(key, key);
                case TONE -> Tone.fromId(key).vietnameseName();
                case ORIGIN -> Origin.fromId(key).vietnameseName();
                case LANGUAGE, LOCALITY -> key;
            };
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static Set<Facet> facets(List<String> values) {
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    facets.add(Facet.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("facet: '" + part.strip()
                            + "' không hợp lệ (topic, source, tone, language, locality hoặc origin)");
                }
            }
        }
        return facets.isEmpty() ? EnumSet.allOf(Facet.class) : facets;
    }

    private static Interval interval(List<String> values) {
        if (values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("interval: chỉ được cho một giá trị");
        }
        try {
            return Interval.valueOf(values.get(0).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("interval: '" + values.get(0) + "' không hợp lệ (day, week hoặc month)");
        }
    }
}
