package vn.presswatch.api.rest;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Source;
import vn.presswatch.store.Tone;

/** Turns store articles into the API's JSON, with source and topic names. */
@Singleton
public class ArticleMapper {
    private final ArticleStore store;
    private final Taxonomy taxonomy;

    public ArticleMapper(ArticleStore store, ArticleClassifier classifier) {
        this.store = store;
        this.taxonomy = classifier.taxonomy();
    }

    /** Source id to name, read once per request (sources are few). */
    public Map<String, String> sourceNames() {
        return store.sources().all().stream().collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
    }

    public ArticleJson.Hit hit(SearchResult.ArticleHit hit, Map<String, String> sourceNames) {
        Article a = hit.article();
        SearchResult.Highlights h = hit.highlights();
        return new ArticleJson.Hit(a.id(), a.title(), a.url(), a.sourceId(), sourceNames.getOrDefault(a.sourceId(),
                a.sourceId()), a.origin().id(), time(a.publishedAt()), a.language(), topics(a), tone(a.tone()),
                a.localities(), a.clusterId(), h == null ? null : new ArticleJson.Highlight(h.title(), h.snippet()));
    }

    public ArticleJson.Detail detail(Article a, List<Article> cluster) {
        Map<String, String> names = sourceNames();
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<ArticleJson.ClusterMember> members = cluster.stream().filter(c -> !c.id().equals(a.id()))
                .map(c -> new ArticleJson.ClusterMember(c.id(), c.title(), c.url(), c.sourceId(),
                        name.apply(c.sourceId()), time(c.publishedAt()))).toList();
        return new ArticleJson.Detail(a.id(), a.title(), a.lead(), a.text(), a.author(), a.url(), a.canonicalUrl(),
                a.sourceId(), name.apply(a.sourceId()), a.origin().id(), time(a.publishedAt()), time(a.fetchedAt()),
                a.language(), topics(a), tone(a.tone()), a.localities(), a.clusterId(), members);
    }

    /** The Vietnamese name of a topic id, or the id for a topic no longer in the taxonomy. */
    public String topicName(String id) {
        return taxonomy.topic(id).map(Taxonomy.Topic::vietnamese).orElse(id);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    private List<ArticleJson.Topic> topics(Article a) {
        return a.topics().stream().map(t -> new ArticleJson.Topic(t.topic(), topicName(t.topic()), t.score()))
                .toList();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String tone(Tone tone) {
        return tone == null ? null : tone.id();
    }
}
