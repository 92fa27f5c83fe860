package vn.presswatch.api.web;

import jakarta.inject.Singleton;
import java.util.List;
import vn.presswatch.classifier.Taxonomy;

/** The topic taxonomy as pages show it: Vietnamese names in taxonomy order. */
@Singleton
public class TopicNames {
    private final Taxonomy taxonomy = Taxonomy.standard();

    /** Every topic, in the taxonomy's order. */
    public List<Taxonomy.Topic> topics() {
        return taxonomy.topics();
    }

    /** The Vietnamese name of a topic, or its id for a topic the taxonomy no longer has. */
    public String name(String id) {
        return taxonomy.topic(id).map(Taxonomy.Topic::vietnamese).orElse(id);
    }

    public boolean contains(String id) {
        return taxonomy.contains(id);
    }
}
