package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.CorrectionService;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Tone;

/**
 * One article: metadata, topics and tone, the text, the same story in other outlets; editors correct its
 * classification here. The correction form names each topic checkbox {@code topic_<id>}, so the form reads as a
 * plain map.
 */
@Controller("/articles")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class ArticleController {
    private static final int CLUSTER_LIMIT = 50;

    private final ArticleStore store;
    private final ArticleRows rows;
    private final TopicNames topics;
    private final CorrectionService corrections;

    public ArticleController(ArticleStore store, ArticleRows rows, TopicNames topics,
                             CorrectionService corrections) {
        this.store = store;
        this.rows = rows;
        this.topics = topics;
        this.corrections = corrections;
    }

    @Get("/{id}")
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> article(@PathVariable String id,
                                                                        @Nullable @QueryValue String ok) {
        return page(id, "corrected".equals(ok) ? "Đã lưu phân loại mới cho bài viết." : null, null);
    }

    @Post("/{id}/classification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> correct(@PathVariable String id, @Body Map<String, String> form,
                                          Authentication user) {
        Set<String> chosen = new LinkedHashSet<>();
        form.keySet().stream().filter(k -> k.startsWith("topic_")).forEach(k -> chosen.add(k.substring(6)));
        try {
            String tone = form.get("tone");
            corrections.correct(user.getName(), id, chosen,
                    tone == null || tone.isBlank() ? null : Tone.fromId(tone), form.get("note"));
        } catch (RecordNotFoundException e) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy bài viết", e.getMessage());
        } catch (IllegalArgumentException e) {
            return page(id, null, "Chưa lưu: " + e.getMessage()).status(HttpStatus.BAD_REQUEST);
        }
        // Post/redirect/get: reloading the page does not send the correction again.
        return HttpResponse.seeOther(URI.create("/articles/" + id + "?ok=corrected"));
    }

    private MutableHttpResponse<ModelAndView<Map<String, Object>>> page(String id, String notice, String error) {
        Optional<Article> found = id.matches("[0-9a-f]{32}") ? store.get(id) : Optional.empty();
        if (found.isEmpty()) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy bài viết",
                    "Không có bài viết nào với mã này. Có thể bài đã bị xóa cùng nguồn tin của nó.");
        }
        Article article = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("article", article);
        model.put("row", rows.of(List.of(article)).get(0));
        model.put("published", VietnamTime.format(article.publishedAt()));
        model.put("fetched", VietnamTime.format(article.fetchedAt()));
        model.put("paragraphs", paragraphs(article.text()));
        model.put("topicScores", article.topics().stream()
                .map(t -> new TopicScoreView(t.topic(), topics.name(t.topic()),
                        String.format(Locale.ROOT, "%.0f%%", t.score() * 100)))
                .toList());
        model.put("topicOptions", topics.topics());
        model.put("toneOptions", List.of(Tone.values()));
        model.put("currentTopics", article.topicIds());
        model.put("currentTone", article.tone() == null ? "" : article.tone().id());
        if (article.clusterId() != null) {
            model.put("cluster", rows.of(store.storyCluster(article.clusterId(), CLUSTER_LIMIT).stream()
                    .filter(a -> !a.id().equals(article.id())).toList()));
        } else {
            model.put("cluster", List.of());
        }
        model.put("notice", notice);
        model.put("error", error);
        return HttpResponse.ok(new ModelAndView<>("article", model));
    }

    /** The body as paragraphs: the extractor separates them with line breaks. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A topic of the article with its score as a percentage. */
    public record TopicScoreView(String id, String name, String score) {
    }
}
