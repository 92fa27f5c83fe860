package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.CorrectionService;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Tone;

/** Searching and reading articles, and correcting their classification. */
@Controller("/api/articles")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "articles", description = "Bài viết: tìm kiếm, xem, sửa phân loại")
public class ArticlesApi {
    private static final int CLUSTER_LIMIT = 50;

    private final ArticleStore store;
    private final ArticleMapper mapper;
    private final CorrectionService corrections;

    public ArticlesApi(ArticleStore store, ArticleMapper mapper, CorrectionService corrections) {
        this.store = store;
        this.mapper = mapper;
        this.corrections = corrections;
    }

    @Get
    @Operation(summary = "Search articles",
            description = "Query parameters: q (query language), from, to (days YYYY-MM-DD, Vietnam time, to "
                    + "inclusive), topic, tone, source, language, locality (repeatable or comma-separated), origin "
                    + "(domestic|foreign), sort (relevance|newest|oldest), page (from 1), size (1-100).")
    public ArticleJson.Page search(HttpRequest<?> request) {
        ArticleQuery query = ArticleQuery.parse(request.getParameters().asMap());
        SearchResult result = store.search(query.searchRequest());
        Map<String, String> names = mapper.sourceNames();
        return new ArticleJson.Page(result.total(), query.page(), query.size(),
                result.hits().stream().map(h -> mapper.hit(h, names)).toList());
    }

    @Get("/{id}")
    @Operation(summary = "One article in full, with the other outlets' copies of its story")
    public ArticleJson.Detail get(@PathVariable String id) {
        Article article = require(id);
        List<Article> cluster = article.clusterId() == null ? List.of()
                : store.storyCluster(article.clusterId(), CLUSTER_LIMIT);
        return mapper.detail(article, cluster);
    }

    @Put("/{id}/classification")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Correct an article's topics and tone (editor)",
            description = "The article keeps the given topics (score 1) and tone; the correction is audited and "
                    + "the classifier learns from it.")
    public ArticleJson.Detail correct(@PathVariable String id, @Body ArticleJson.Classification body,
                                      Authentication user) {
        require(id);
        Tone tone = null;
        if (body.tone() != null && !body.tone().isBlank()) {
            try {
                tone = Tone.fromId(body.tone());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tone: '" + body.tone()
                        + "' không hợp lệ (positive, neutral hoặc negative)");
            }
        }
        if (body.topics() == null) {
            throw new IllegalArgumentException("topics: cần danh sách mã chủ đề đúng của bài (có thể rỗng: [])");
        }
        corrections.correct(user.getName(), id, new LinkedHashSet<>(body.topics()), tone, body.note());
        return get(id);
    }

    private Article require(String id) {
        return (id.matches("[0-9a-f]{32}") ? store.get(id) : java.util.Optional.<Article>empty())
                .orElseThrow(() -> new RecordNotFoundException("Không có bài viết mã '" + id + "'."));
    }
}
