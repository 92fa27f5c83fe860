package vn.presswatch.classifier;

import java.util.List;
import java.util.Map;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * What the classifier says about one article.
 *
 * @param topics     the topics it is about (probability at or above the threshold), most probable first
 * @param topicScores every topic's probability, in taxonomy order
 * @param tone       the most probable tone
 * @param toneScores each tone's probability
 * @param language   ISO 639-1 code, or null for too little text
 * @param localities the places it is about, as stored (e.g. "Hải Phòng")
 */
public record Classification(List<TopicScore> topics, Map<String, Double> topicScores, Tone tone,
                             Map<Tone, Double> toneScores, String language, List<String> localities) {
    public Classification {
        topics = List.copyOf(topics);
        topicScores = Map.copyOf(topicScores);
        toneScores = Map.copyOf(toneScores);
        localities = List.copyOf(localities);
    }
}
