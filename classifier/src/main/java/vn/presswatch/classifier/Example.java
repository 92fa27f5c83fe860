package vn.presswatch.classifier;

import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Tone;

/**
 * A labelled article for training and evaluation.
 *
 * @param topics the true topics, possibly none
 * @param tone   the true tone, or null when unlabelled
 * @param title  the headline
 * @param text   lead and body, possibly empty (headline-only items)
 * @param origin where it came from ({@code file:line}), for error messages and evaluation reports
 */
public record Example(List<String> topics, Tone tone, String title, String text, String origin) {
    public Example {
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        Objects.requireNonNull(title, "title");
        text = Objects.requireNonNullElse(text, "");
    }
}
