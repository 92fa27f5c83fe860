package vn.presswatch.api.digest;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.presswatch.api.report.OfficeProperties;
import vn.presswatch.api.report.OfficeSettings;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ScanRequest;
import vn.presswatch.store.Source;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/**
 * Builds the digest of one morning from the store: the window's articles about the office's localities, counted,
 * folded by story cluster and sorted into sections. Reads only; the same day gives the same digest.
 */
@Singleton
public class DigestBuilder {
    static final String DISINFORMATION = "disinformation";
    static final String ATTENTION_QUERY = "tone:negative OR topic:" + DISINFORMATION;
    private static final List<Tone> TONES = List.of(Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE);

    private final ArticleStore store;
    private final DigestProperties properties;
    private final OfficeSettings office;
    private final Taxonomy taxonomy = Taxonomy.standard();

    public DigestBuilder(ArticleStore store, DigestProperties properties, OfficeProperties office) {
        this.store = store;
        this.properties = properties;
        this.office = office.toSettings();
    }

    /** How the office names its locality. */
    public String localityName() {
        return office.localityName();
    }

    /** The start (inclusive) of the window of the morning of {@code day}: 24 hours before its end. */
    public Instant windowStart(LocalDate day) {
        return day.minusDays(1).atTime(properties.time()).atZone(StatsRequest.VIETNAM).toInstant();
    }

    /** The end (exclusive) of the window of the morning of {@code day}: the send time on that day. */
    public Instant windowEnd(LocalDate day) {
        return day.atTime(properties.time()).atZone(StatsRequest.VIETNAM).toInstant();
    }

    public Digest build(LocalDate day) {
        Instant from = windowStart(day);
        Instant to = windowEnd(day);
        ArticleFilter filter = ArticleFilter.none().withRange(from, to);
        if (!office.localities().isEmpty()) {
            filter = filter.withLocalities(office.localities());
        }
        Map<String, List<Article>> clusters = new LinkedHashMap<>();
        Map<String, Long> topicCounts = new HashMap<>();
        Map<Tone, Long> toneCounts = new EnumMap<>(Tone.class);
        long articles = store.scan(ScanRequest.of("", filter), batch -> {
            for (Article a : batch) {
                clusters.computeIfAbsent(a.clusterId() == null ? a.id() : a.clusterId(), k -> new ArrayList<>()).add(a);
                a.topicIds().stream().distinct().forEach(t -> topicCounts.merge(t, 1L, Long::sum));
                if (a.tone() != null) {
                    toneCounts.merge(a.tone(), 1L, Long::sum);
                }
            }
        });
        Map<String, String> outlets = new HashMap<>();
        store.sources().all().forEach(s -> outlets.put(s.id(), s.name()));

        Map<String, List<Digest.Item>> bySection = new LinkedHashMap<>();
        bySection.put("attention", new ArrayList<>());
        taxonomy.topics().forEach(t -> bySection.put(t.id(), new ArrayList<>()));
        bySection.put("other", new ArrayList<>());
        for (List<Article> copies : clusters.values()) {
            copies.sort(Comparator.comparing(Article::reportTime).thenComparing(Article::id));
            Article first = copies.get(0);
            Set<String> others = new LinkedHashSet<>();
            for (Article copy : copies.subList(1, copies.size())) {
                if (!copy.sourceId().equals(first.sourceId())) {
                    others.add(outlets.getOrDefault(copy.sourceId(), copy.sourceId()));
                }
            }
            boolean negative = copies.stream().anyMatch(DigestBuilder::isAttention);
            Digest.Item item = new Digest.Item(first.id(), outlets.getOrDefault(first.sourceId(), first.sourceId()),
                    first.reportTime(), first.title(), first.lead(), first.url(), List.copyOf(others), negative,
                    first.topicIds().stream().map(this::topicName).distinct().toList());
            bySection.computeIfAbsent(sectionOf(first, negative), k -> new ArrayList<>()).add(item);
        }

        List<Digest.Section> sections = new ArrayList<>();
        bySection.forEach((id, items) -> {
            if (items.isEmpty()) {
                return;
            }
            items.sort(Comparator.comparing(Digest.Item::time).reversed().thenComparing(Digest.Item::articleId));
            int cap = properties.itemsPerSection();
            List<Digest.Item> shown = items.size() > cap ? items.subList(0, cap) : items;
            sections.add(new Digest.Section(id, sectionTitle(id), shown, items.size() - shown.size(),
                    search(day, id)));
        });

        List<Digest.Count> topics = taxonomy.topics().stream()
                .map(t -> new Digest.Count(t.id(), t.vietnamese(), topicCounts.getOrDefault(t.id(), 0L))).toList();
        List<Digest.Count> tones = TONES.stream()
                .map(t -> new Digest.Count(t.id(), t.vietnameseName(), toneCounts.getOrDefault(t, 0L))).toList();
        return new Digest(day, from, to, office.localityName(), articles, topics, tones, sections);
    }

    private static boolean isAttention(Article a) {
        return a.tone() == Tone.NEGATIVE || a.topicIds().contains(DISINFORMATION);
    }

    /** Attention, else the best topic the taxonomy knows, else "other". */
    private String sectionOf(Article first, boolean negative) {
        if (negative) {
            return "attention";
        }
        return first.topicIds().stream().filter(taxonomy::contains).findFirst().orElse("other");
    }

    private String sectionTitle(String id) {
        return switch (id) {
            case "attention" -> "Tin tiêu cực và thông tin sai lệch";
            case "other" -> "Khác";
            default -> topicName(id);
        };
    }

    private String topicName(String id) {
        return taxonomy.topic(id).map(Taxonomy.Topic::vietnamese).orElse(id);
    }

    /**
     * The search page listing a section's articles. The search page filters whole days, so it spans both calendar
     * days the window touches; "other" lists the whole window.
     */
    private String search(LocalDate day, String section) {
        StringBuilder url = new StringBuilder("/search?from=").append(day.minusDays(1)).append("&to=").append(day);
        if (section.equals("attention")) {
            url.append("&q=").append(encode(ATTENTION_QUERY));
        } else if (!section.equals("other")) {
            url.append("&topic=").append(encode(section));
        }
        office.localities().forEach(l -> url.append("&locality=").append(encode(l)));
        return url.append("&sort=newest").toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
