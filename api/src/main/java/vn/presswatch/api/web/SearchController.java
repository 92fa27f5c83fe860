package vn.presswatch.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.api.security.Role;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/**
 * The search page and its exports. Parameters are those of {@link ArticleQuery}; a mistake in them (a bad
 * date, a malformed query) comes back on the page as a 400 with the form as it was.
 */
@Controller("/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class SearchController {
    /** Rows an export holds at most: the store's deepest page window. */
    static final int EXPORT_LIMIT = SearchRequest.MAX_WINDOW;
    private static final int EXPORT_PAGE = SearchRequest.MAX_LIMIT;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);
    private static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ArticleStore store;
    private final ArticleRows rows;
    private final TopicNames topics;
    private final Clock clock;

    public SearchController(ArticleStore store, ArticleRows rows, TopicNames topics, Clock clock) {
        this.store = store;
        this.rows = rows;
        this.topics = topics;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> search(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        Map<String, Object> model = new HashMap<>();
        model.put("form", SearchForm.of(parameters));
        model.put("topicOptions", topics.topics());
        model.put("toneOptions", List.of(Tone.values()));
        model.put("sourceOptions", store.sources().all());
        model.put("languageOptions", store.stats(StatsRequest.counts(null, Set.of(Facet.LANGUAGE)))
                .of(Facet.LANGUAGE).keySet());
        String queryString = SearchForm.queryString(parameters);
        model.put("exportCsv", "/search/export.csv" + (queryString.isEmpty() ? "" : "?" + queryString));
        model.put("exportXlsx", "/search/export.xlsx" + (queryString.isEmpty() ? "" : "?" + queryString));
        try {
            ArticleQuery query = ArticleQuery.parse(parameters);
            SearchResult result = store.search(query.searchRequest());
            model.put("total", result.total());
            model.put("hits", rows.ofHits(result.hits()));
            model.put("pager", Pager.of(query.page(), query.size(), result.total(), "/search?"
                    + (queryString.isEmpty() ? "" : queryString + "&")));
            model.put("exportCapped", result.total() > EXPORT_LIMIT);
            return HttpResponse.ok(new ModelAndView<>("search", model));
        } catch (IllegalArgumentException e) {
            // ArticleQuery and the query parser say in Vietnamese which parameter or position is wrong.
            model.put("error", e.getMessage());
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("search", model));
        }
    }

    @Get("/export.csv")
    public MutableHttpResponse<?> exportCsv(HttpRequest<?> request) {
        return export(request, "csv", MediaType.of("text/csv;charset=utf-8"), CsvExport::write);
    }

    @Get("/export.xlsx")
    public MutableHttpResponse<?> exportXlsx(HttpRequest<?> request) {
        return export(request, "xlsx", XLSX, XlsxExport::write);
    }

    private MutableHttpResponse<?> export(HttpRequest<?> request, String extension, MediaType type,
                                          Writer writer) {
        ArticleQuery query;
        try {
            query = ArticleQuery.parse(request.getParameters().asMap());
            List<Article> articles = collect(query);
            byte[] file = writer.write(articles, new ExportColumns(rows.outletNames(), topics));
            String name = "presswatch-tim-kiem-"
                    + FILE_TIME.format(ZonedDateTime.ofInstant(clock.instant(), StatsRequest.VIETNAM)) + "." + extension;
            return HttpResponse.ok(file).contentType(type)
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest("Không xuất được danh sách: " + e.getMessage())
                    .contentType(MediaType.of("text/plain;charset=utf-8"));
        }
    }

    /** Every hit up to {@link #EXPORT_LIMIT}, in the query's order, without highlights. */
    private List<Article> collect(ArticleQuery query) {
        List<Article> articles = new ArrayList<>();
        SearchRequest page = new SearchRequest(query.q(), query.filter(), query.sort(), 0, EXPORT_PAGE, false);
        while (articles.size() < EXPORT_LIMIT) {
            SearchResult result = store.search(page);
            result.hits().forEach(h -> articles.add(h.article()));
            if (result.hits().size() < EXPORT_PAGE || articles.size() >= result.total()) {
                break;
            }
            int offset = page.offset() + EXPORT_PAGE;
            page = page.withPage(offset, Math.min(EXPORT_PAGE, EXPORT_LIMIT - offset));
        }
        return articles;
    }

    /** Writes an export file. */
    @FunctionalInterface
    private interface Writer {
        byte[] write(List<Article> articles, ExportColumns columns);
    }
}
