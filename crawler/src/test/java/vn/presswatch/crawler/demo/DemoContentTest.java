package vn.presswatch.crawler.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.presswatch.crawler.demo.StoryFile.Story;

/**
 * The demo texts meet what the demo, the classifier's checks and the dedup benchmark need of them: enough articles,
 * every topic covered, syndicated stories, negative and topic-less items, times spread over a month.
 */
class DemoContentTest {

    private static final Instant START = SiteUnderTest.START;
    private static final Set<String> TOPICS = Set.of("sovereignty", "human_rights", "disinformation", "ocop",
            "investment", "tourism_culture", "foreign_relations", "defense_security", "party_building",
            "rural_poverty", "digital_transformation");

    private final List<Story> stories = StoryFile.load();
    private final DemoCatalog catalog = new DemoCatalog(stories, START, Duration.ZERO, "http://127.0.0.1:1");

    @Test
    void enoughArticlesOfTheRightLength() {
        assertThat(catalog.articles()).hasSizeGreaterThanOrEqualTo(40);
        for (Story s : stories) {
            int words = BulkArticles.words(s.lead()) + s.body().stream().mapToInt(BulkArticles::words).sum();
            assertThat(words).as(s.id()).isBetween(s.outlet().equals("baoloi") ? 100 : 120, 350);
            for (String text : allText(s)) {
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(s.id()).isTrue();
                assertThat(text).as(s.id()).doesNotContain("  ").isEqualTo(text.strip());
            }
        }
        assertThat(stories).extracting(Story::id).doesNotHaveDuplicates();
        long english = catalog.articles().stream().filter(a -> a.language().equals("en")).count();
        assertThat(english).isBetween(6L, 8L);
        assertThat(catalog.misbehaving()).hasSize(DemoCatalog.MISBEHAVING_PATHS.size());
    }

    @Test
    void everyTopicHasAtLeastThreeStoriesAndSomeHaveNone() {
        for (Story s : stories) {
            assertThat(TOPICS).as(s.id()).containsAll(s.topics());
        }
        Map<String, Long> perTopic = stories.stream().flatMap(s -> s.topics().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(perTopic.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        List<Story> outletStories = stories.stream().filter(s -> !s.outlet().equals("baoloi")).toList();
        assertThat(outletStories).filteredOn(s -> s.topics().isEmpty()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(outletStories).filteredOn(s -> s.tone().equals("negative")).hasSizeGreaterThanOrEqualTo(3);
        // The storm in the East Sea is weather, though it names the Paracels: a trap for keyword classifiers.
        assertThat(outletStories).anySatisfy(s -> {
            assertThat(s.topics()).isEmpty();
            assertThat(s.body().toString()).contains("Biển Đông", "Hoàng Sa");
        });
    }

    @Test
    void syndicatedStoriesShareTheirBodyAcrossOutlets() {
        Map<String, List<DemoArticle>> byStory = catalog.articles().stream()
                .collect(Collectors.groupingBy(DemoArticle::storyId));
        List<List<DemoArticle>> syndicated = byStory.values().stream().filter(l -> l.size() > 1).toList();
        assertThat(syndicated).hasSizeGreaterThanOrEqualTo(2);
        assertThat(syndicated).anySatisfy(l -> assertThat(l).hasSizeGreaterThanOrEqualTo(3));
        for (List<DemoArticle> copies : syndicated) {
            assertThat(copies).extracting(DemoArticle::paragraphs).containsOnly(copies.get(0).paragraphs());
            assertThat(copies).extracting(DemoArticle::title).doesNotHaveDuplicates();
            assertThat(copies).extracting(DemoArticle::outlet).doesNotHaveDuplicates();
        }
    }

    @Test
    void publishedOverTheLastMonthSeveralInTheLastDay() {
        List<Instant> times = catalog.articles().stream().map(a -> a.published().toInstant()).toList();
        assertThat(times).allSatisfy(t -> assertThat(t).isBefore(START).isAfter(START.minus(Duration.ofDays(30))));
        assertThat(times).filteredOn(t -> t.isAfter(START.minus(Duration.ofDays(1)))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(times).filteredOn(t -> t.isBefore(START.minus(Duration.ofDays(20)))).isNotEmpty();
        assertThat(catalog.articles()).allSatisfy(a -> assertThat(a.published().getOffset().getTotalSeconds())
                .isEqualTo(7 * 3600));
    }

    @Test
    void vietnameseDateLineAndSlug() {
        var monday = Instant.parse("2025-08-18T03:30:00Z").atZone(Markup.VIETNAM).toOffsetDateTime();
        assertThat(Markup.vietnameseDateLine(monday)).isEqualTo("Thứ Hai, 18/8/2025, 10:30 (GMT+7)");
        assertThat(Markup.vietnameseDateLine(monday.plusDays(6))).isEqualTo("Chủ Nhật, 24/8/2025, 10:30 (GMT+7)");
        assertThat(Markup.slug("Đoàn đại biểu tỉnh Chămpasắc (Lào) thăm Hải Phòng"))
                .isEqualTo("doan-dai-bieu-tinh-champasac-lao-tham-hai-phong");
    }

    private static List<String> allText(Story s) {
        List<String> texts = new java.util.ArrayList<>(s.body());
        texts.add(s.title());
        texts.add(s.lead());
        texts.add(s.author());
        return texts;
    }
}
