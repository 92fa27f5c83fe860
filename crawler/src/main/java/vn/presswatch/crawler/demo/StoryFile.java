package vn.presswatch.crawler.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The demo articles' texts, read from the resource {@value #RESOURCE}: one entry per story, published by one
 * outlet and optionally syndicated to others (the same body under a lightly edited headline).
 */
final class StoryFile {

    static final String RESOURCE = "/vn/presswatch/crawler/demo/articles.json";
    private static final Set<String> TONES = Set.of("positive", "neutral", "negative");

    /**
     * @param id       stable story id
     * @param outlet   the publishing outlet's id
     * @param section  the outlet's section path segment
     * @param topics   taxonomy topic ids, empty for none
     * @param tone     positive, neutral or negative
     * @param ageHours how long before the site's start it was published (ignored for live releases)
     * @param release  0, or k &gt; 0 for the k-th live release
     * @param author   byline
     * @param title    headline
     * @param lead     sapo
     * @param body     paragraphs
     * @param copies   syndicated copies in other outlets
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Story(String id, String outlet, String section, List<String> topics, String tone, double ageHours,
                 int release, String author, String title, String lead, List<String> body, List<Copy> copies) {
        Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title of " + id);
            Objects.requireNonNull(lead, "lead of " + id);
            Objects.requireNonNull(author, "author of " + id);
            Objects.requireNonNull(section, "section of " + id);
            DemoOutlet.fromId(Objects.requireNonNull(outlet, "outlet of " + id));
            if (body == null || body.isEmpty()) {
                throw new IllegalArgumentException("story " + id + " has no body");
            }
            if (!TONES.contains(tone)) {
                throw new IllegalArgumentException("story " + id + " has tone '" + tone + "', expected " + TONES);
            }
            body = List.copyOf(body);
            topics = topics == null ? List.of() : List.copyOf(topics);
            copies = copies == null ? List.of() : List.copyOf(copies);
            if (release > 0 && !copies.isEmpty()) {
                throw new IllegalArgumentException("live release " + id + " cannot be syndicated");
            }
        }
    }

    /**
     * A syndicated copy: same lead and body, its own headline, outlet, section, byline and (later) time.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Copy(String outlet, String section, String title, String author, double ageHours) {
        Copy {
            DemoOutlet.fromId(Objects.requireNonNull(outlet, "copy outlet"));
            Objects.requireNonNull(section, "copy section");
            Objects.requireNonNull(title, "copy title");
            Objects.requireNonNull(author, "copy author");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Root(List<Story> stories) {
    }

    private StoryFile() {
    }

    static List<Story> load() {
        try (InputStream in = StoryFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Root root = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Root.class);
            return List.copyOf(root.stories());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
