package vn.presswatch.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The topics articles are tagged with, read from {@code taxonomy.json}: ids, Vietnamese and English names,
 * descriptions and keyword hints. Adding a topic is adding an entry there and labelled examples; no code changes.
 */
public final class Taxonomy {
    /** The taxonomy shipped with presswatch. */
    public static final String RESOURCE = "/vn/presswatch/classifier/taxonomy.json";

    private final Map<String, Topic> topics;

    /**
     * One topic.
     *
     * @param id          stable id used in queries ({@code topic:sovereignty}), the store and reports
     * @param vietnamese  display name, e.g. "Chủ quyền biển, đảo, biên giới"
     * @param english     English name
     * @param description what belongs, in Vietnamese
     * @param hints       phrases that make the topic more likely
     */
    public record Topic(String id, String vietnamese, String english, String description, List<String> hints) {
        public Topic {
            Objects.requireNonNull(id, "id");
            if (!id.matches("[a-z][a-z0-9_]{0,63}")) {
                throw new IllegalArgumentException("topic id must be lower-case letters, digits and '_': " + id);
            }
            hints = List.copyOf(Objects.requireNonNullElse(hints, List.of()));
        }
    }

    public Taxonomy(List<Topic> topics) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        for (Topic t : topics) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("topic id appears twice: " + t.id());
            }
        }
        this.topics = Map.copyOf(byId);
        this.order = List.copyOf(byId.keySet());
    }

    private final List<String> order;

    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<Topic> topics = new ArrayList<>();
        for (JsonNode t : root.path("topics")) {
            List<String> hints = new ArrayList<>();
            t.path("hints").forEach(h -> hints.add(h.asText()));
            topics.add(new Topic(t.path("id").asText(), t.path("vi").asText(), t.path("en").asText(),
                    t.path("description").asText(), hints));
        }
        if (topics.isEmpty()) {
            throw new IOException("the taxonomy has no topics");
        }
        return new Taxonomy(topics);
    }

    /** Topic ids in the file's order. */
    public List<String> ids() {
        return order;
    }

    public List<Topic> topics() {
        return order.stream().map(topics::get).toList();
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public boolean contains(String id) {
        return topics.containsKey(id);
    }
}
