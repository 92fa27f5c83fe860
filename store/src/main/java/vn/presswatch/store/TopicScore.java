package vn.presswatch.store;

import java.util.Objects;

/**
 * A topic the classifier gave an article, with its score in [0, 1].
 *
 * @param topic the topic id from the taxonomy, e.g. {@code sovereignty}
 * @param score the classifier's confidence
 */
public record TopicScore(String topic, double score) {
    public TopicScore {
        Objects.requireNonNull(topic, "topic");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
