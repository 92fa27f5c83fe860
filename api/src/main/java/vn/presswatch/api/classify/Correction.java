package vn.presswatch.api.classify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.Tone;

/**
 * An editor's correction of an article's classification, kept in the store: the article keeps the corrected
 * topics and tone, the audit log says who did it, and the classifier learns from every article's latest correction
 * ({@link CurrentClassifier}), also after a restart.
 *
 * @param id           time-ordered id ({@code <epoch millis>-<random>})
 * @param articleId    the corrected article
 * @param title        the article's headline when corrected (so the correction stays readable if the article goes)
 * @param actor        who corrected it
 * @param at           when
 * @param topicsBefore topic ids the article had, best first
 * @param toneBefore   its tone before, possibly null
 * @param topicsAfter  the true topic ids, in taxonomy order; possibly none
 * @param toneAfter    the true tone, possibly null (not judged)
 * @param note         the editor's reason, possibly empty
 */
public record Correction(String id, String articleId, String title, String actor, Instant at,
                         List<String> topicsBefore, Tone toneBefore, List<String> topicsAfter, Tone toneAfter,
                         String note) {

    public static final RecordType<Correction> RECORD_TYPE =
            RecordType.of("correction", Correction.class, Correction::id)
                    .withAttribute("articleId", c -> List.of(c.articleId()))
                    .withAttribute("actor", c -> List.of(c.actor()));

    public Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        title = Objects.requireNonNullElse(title, "");
        topicsBefore = List.copyOf(Objects.requireNonNullElse(topicsBefore, List.of()));
        topicsAfter = List.copyOf(Objects.requireNonNullElse(topicsAfter, List.of()));
        note = Objects.requireNonNullElse(note, "");
    }
}
