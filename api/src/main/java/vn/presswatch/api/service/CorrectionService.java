package vn.presswatch.api.service;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.audit.TimeOrderedIds;
import vn.presswatch.api.classify.Correction;
import vn.presswatch.api.classify.CurrentClassifier;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * An editor corrects an article's topics and tone: the article is stored with the true labels (score 1), the
 * correction is kept and audited, and the classifier learns from it in the background. Blocking (store calls).
 */
@Singleton
public class CorrectionService {
    /** Longest note kept with a correction. */
    public static final int MAX_NOTE = 2_000;

    private final ArticleStore store;
    private final RecordCollection<Correction> corrections;
    private final CurrentClassifier classifier;
    private final AuditLog audit;
    private final Clock clock;

    public CorrectionService(ArticleStore store, CurrentClassifier classifier, AuditLog audit, Clock clock) {
        this.store = store;
        this.corrections = store.records(Correction.RECORD_TYPE);
        this.classifier = classifier;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets an article's true topics and tone.
     *
     * @param topics taxonomy topic ids, possibly none (the article is about none of the topics)
     * @param tone   the true tone, or null to leave the tone as it is
     * @param note   why, possibly null
     * @return the article as stored now
     * @throws RecordNotFoundException  when there is no such article
     * @throws IllegalArgumentException naming {@code topics} or {@code note} when one is wrong
     */
    public Article correct(String actor, String articleId, Set<String> topics, Tone tone, String note) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(topics, "topics");
        Taxonomy taxonomy = classifier.get().taxonomy();
        List<String> unknown = topics.stream().filter(t -> !taxonomy.contains(t)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("topics: không có chủ đề " + String.join(", ", unknown)
                    + " trong danh mục; các chủ đề là " + String.join(", ", taxonomy.ids()));
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note: ghi chú dài quá " + MAX_NOTE + " ký tự");
        }
        Article before = store.get(articleId)
                .orElseThrow(() -> new RecordNotFoundException("Không có bài viết mã '" + articleId + "'."));
        List<String> after = taxonomy.ids().stream().filter(topics::contains).toList();
        Tone toneAfter = tone != null ? tone : before.tone();
        Article corrected = before.toBuilder()
                .topics(after.stream().map(t -> new TopicScore(t, 1.0)).toList())
                .tone(toneAfter)
                .build();
        store.upsert(List.of(corrected));
        Instant at = clock.instant();
        corrections.put(new Correction(TimeOrderedIds.of(at), before.id(), before.title(), actor, at, before.topicIds(),
                before.tone(), after, toneAfter, cleanNote));
        audit.record(actor, "article.correct", before.id(), "Sửa phân loại bài \"" + shorten(before.title())
                + "\": chủ đề " + names(taxonomy, before.topicIds()) + " → " + names(taxonomy, after) + "; sắc thái "
                + toneName(before.tone()) + " → " + toneName(toneAfter)
                + (cleanNote.isEmpty() ? "" : "; ghi chú: " + shorten(cleanNote)));
        classifier.correctionsChanged();
        return corrected;
    }

    /** The corrections of one article, newest first. */
    public List<Correction> history(String articleId) {
        return corrections.find("articleId", articleId).stream()
                .sorted(Comparator.comparing(Correction::id).reversed()).toList();
    }

    private static String names(Taxonomy taxonomy, Collection<String> ids) {
        if (ids.isEmpty()) {
            return "(không)";
        }
        return ids.stream().map(id -> taxonomy.topic(id).map(Taxonomy.Topic::vietnamese).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private static String toneName(Tone tone) {
        return tone == null ? "(chưa rõ)" : tone.vietnameseName();
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
