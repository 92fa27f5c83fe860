package vn.presswatch.api.web;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Source;

/** Turns stored articles into {@link ArticleRow}s, with outlet and topic names. */
@Singleton
public class ArticleRows {
    private final ArticleStore store;
    private final TopicNames topicNames;

    public ArticleRows(ArticleStore store, TopicNames topicNames) {
        this.store = store;
        this.topicNames = topicNames;
    }

    /** Source id to display name, read once per page (sources are a few hundred small records). */
    public Map<String, String> outletNames() {
        Map<String, String> names = new HashMap<>();
        for (Source source : store.sources().all()) {
            names.put(source.id(), source.name());
        }
        return names;
    }

    public List<ArticleRow> ofHits(List<SearchResult.ArticleHit> hits) {
        Map<String, String> outlets = outletNames();
        return hits.stream().map(h -> row(h.article(), h.highlights(), outlets)).toList();
    }

    public List<ArticleRow> of(List<Article> articles) {
        Map<String, String> outlets = outletNames();
        return articles.stream().map(a -> row(a, null, outlets)).toList();
    }

    private ArticleRow row(Article a, SearchResult.Highlights highlights, Map<String, String> outlets) {
        List<Badge> topics = a.topics().stream()
                .map(t -> new Badge(topicNames.name(t.topic()), "disinformation".equals(t.topic()) ? "warn" : ""))
                .toList();
        return new ArticleRow(a.id(), a.title(), highlights == null ? null : highlights.title(),
                highlights == null ? null : highlights.snippet(), a.lead(),
                outlets.getOrDefault(a.sourceId(), a.sourceId()), VietnamTime.format(a.reportTime()),
                a.origin().vietnameseName(), topics, a.tone() == null ? null : Badge.of(a.tone()), a.url());
    }
}
