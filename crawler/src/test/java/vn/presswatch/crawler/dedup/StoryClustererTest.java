package vn.presswatch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant JULY_30 = Instant.parse("2025-07-30T03:00:00Z");
    private static final String HEADLINE = "Hải Phòng thu hút hơn 1,2 tỷ USD vốn FDI trong 7 tháng";

    private final StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.defaults());

    @Test
    void exactDuplicatesJoinTheFirstArticlesCluster() {
        assertThat(clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30)).isEqualTo("vnplus");
        assertThat(clusterer.assign("baotintuc", HEADLINE, Stories.FDI_JULY, JULY_30.plusSeconds(60)))
                .isEqualTo("vnplus");
    }

    @Test
    void syndicatedCopiesWithOtherHeadlinesAndEditsJoinTheOriginalsCluster() {
        clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30);
        assertThat(clusterer.assign("baohaiphong", "Vốn FDI vào thành phố đạt 45% kế hoạch năm",
                Stories.FDI_JULY_LOCAL_COPY, JULY_30.plus(Duration.ofHours(3)))).isEqualTo("vnplus");
        assertThat(clusterer.assign("portal", "7 tháng, Hải Phòng hút 1,2 tỷ USD FDI",
                Stories.FDI_JULY_PORTAL_COPY, JULY_30.plus(Duration.ofDays(2)))).isEqualTo("vnplus");
    }

    @Test
    void copiesWithWordsEditedInsideTheBodyOrTheLastSentenceDroppedJoin() {
        clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30);
        assertThat(clusterer.assign("reworded", "Vốn FDI vào TP đạt 45% kế hoạch năm", Stories.fdiJulyReworded(),
                JULY_30.plus(Duration.ofHours(2)))).isEqualTo("vnplus");
        String truncated = Stories.FDI_JULY.substring(0, Stories.FDI_JULY.lastIndexOf(" Khu vực"));
        assertThat(clusterer.assign("truncated", "Hải Phòng hút 1,2 tỷ USD FDI", truncated,
                JULY_30.plus(Duration.ofHours(4)))).isEqualTo("vnplus");
    }

    @Test
    void copiesArrivingBeforeTheOriginalStillEndInOneCluster() {
        clusterer.assign("portal", "7 tháng, Hải Phòng hút 1,2 tỷ USD FDI", Stories.FDI_JULY_PORTAL_COPY,
                JULY_30.plus(Duration.ofDays(1)));
        assertThat(clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30)).isEqualTo("portal");
        assertThat(clusterer.assign("baohaiphong", "Vốn FDI vào thành phố đạt 45% kế hoạch năm",
                Stories.FDI_JULY_LOCAL_COPY, JULY_30)).isEqualTo("portal");
    }

    @Test
    void differentStoriesOnTheSameTopicStartTheirOwnClusters() {
        Instant november = Instant.parse("2025-11-05T02:00:00Z");
        StoryClusterer wide = new StoryClusterer(StoryClusterer.Settings.defaults().withWindow(Duration.ofDays(365)));
        assertThat(wide.assign("july", HEADLINE, Stories.FDI_JULY, JULY_30)).isEqualTo("july");
        assertThat(wide.assign("november", "Hải Phòng thu hút 2,4 tỷ USD vốn FDI", Stories.FDI_NOVEMBER, november))
                .isEqualTo("november");
        assertThat(wide.assign("festival-2025", "Khai mạc Lễ hội Hoa Phượng Đỏ 2025", Stories.FESTIVAL_2025,
                november)).isEqualTo("festival-2025");
        assertThat(wide.assign("festival-2024", "Khai mạc Lễ hội Hoa Phượng Đỏ 2024", Stories.FESTIVAL_2024,
                november)).isEqualTo("festival-2024");
        assertThat(wide.assign("weather-07-31", "Thời tiết Hải Phòng ngày mai 31/7", Stories.WEATHER_JULY_31,
                november)).isEqualTo("weather-07-31");
        assertThat(wide.assign("weather-08-01", "Thời tiết Hải Phòng ngày mai 1/8", Stories.WEATHER_AUGUST_1,
                november)).isEqualTo("weather-08-01");
    }

    @Test
    void headlineOnlyItemsClusterByTheirFoldedHeadline() {
        assertThat(clusterer.assign("search-1", Stories.JULY_HEADLINE, "", JULY_30)).isEqualTo("search-1");
        assertThat(clusterer.assign("search-2", "HAI PHONG thu hut hon 1,2 ty USD von FDI - trong 7 thang dau nam",
                null, JULY_30.plusSeconds(600))).isEqualTo("search-1");
        assertThat(clusterer.assign("search-3", "Hải Phòng thu hút hơn 1,2 tỷ USD vốn FDI trong 8 tháng đầu năm", "",
                JULY_30)).isEqualTo("search-3");
    }

    @Test
    void headlineOnlyItemAndFullArticleWithTheSameHeadlineJoin() {
        clusterer.assign("search", Stories.JULY_HEADLINE, "", JULY_30);
        assertThat(clusterer.assign("vnplus", Stories.JULY_HEADLINE, Stories.FDI_JULY, JULY_30.plusSeconds(60)))
                .isEqualTo("search");
        assertThat(clusterer.assign("google-news", Stories.JULY_HEADLINE + ".", "", JULY_30.plusSeconds(120)))
                .isEqualTo("search");
    }

    @Test
    void twoBodiesWithTheSameHeadlineAreComparedByTextOnly() {
        String headline = "Thời tiết Hải Phòng ngày mai: nắng nóng, có nơi trên 37 độ";
        clusterer.assign("fdi", headline, Stories.FDI_JULY, JULY_30);
        assertThat(clusterer.assign("festival", headline, Stories.FESTIVAL_2025, JULY_30)).isEqualTo("festival");
    }

    @Test
    void shortBoilerplateBodiesAndGenericHeadlinesDoNotCluster() {
        assertThat(clusterer.assign("notice-1", "Thông báo", Stories.NOTICE_BODY, JULY_30)).isEqualTo("notice-1");
        assertThat(clusterer.assign("notice-2", "Thông báo", Stories.NOTICE_BODY, JULY_30)).isEqualTo("notice-2");
        assertThat(clusterer.assign("notice-3", "Thông báo lịch tiếp công dân tháng 8 năm 2025", Stories.NOTICE_BODY,
                JULY_30)).isEqualTo("notice-3");
        assertThat(clusterer.assign("notice-4", "Thông báo tuyển dụng viên chức năm 2025", Stories.NOTICE_BODY,
                JULY_30)).isEqualTo("notice-4");
    }

    @Test
    void articlesFurtherApartThanTheWindowDoNotJoin() {
        clusterer.assign("july", HEADLINE, Stories.FDI_JULY, JULY_30);
        assertThat(clusterer.assign("copy-8-days-later", HEADLINE, Stories.FDI_JULY, JULY_30.plus(Duration.ofDays(8))))
                .isEqualTo("copy-8-days-later");
        // Arriving late (a backfill) but published within the window of the copy kept: joins it.
        assertThat(clusterer.assign("backfilled", HEADLINE, Stories.FDI_JULY, JULY_30.plus(Duration.ofDays(2))))
                .isEqualTo("copy-8-days-later");
    }

    @Test
    void entriesOlderThanTheWindowAreEvicted() {
        clusterer.assign("july", HEADLINE, Stories.FDI_JULY, JULY_30);
        clusterer.assign("festival", "Lễ hội", Stories.FESTIVAL_2025, JULY_30.plus(Duration.ofDays(6)));
        assertThat(clusterer.size()).isEqualTo(2);
        clusterer.assign("fishermen", "Ngư dân", Stories.FISHERMEN, JULY_30.plus(Duration.ofDays(8)));
        assertThat(clusterer.size()).isEqualTo(2);
        // Too old to keep: clustered against what is left, not remembered.
        assertThat(clusterer.assign("old", HEADLINE, Stories.FDI_JULY, JULY_30)).isEqualTo("old");
        assertThat(clusterer.size()).isEqualTo(2);
    }

    @Test
    void theOldestEntriesAreEvictedBeyondMaxEntries() {
        StoryClusterer small = new StoryClusterer(StoryClusterer.Settings.defaults().withMaxEntries(2));
        small.assign("july", HEADLINE, Stories.FDI_JULY, JULY_30);
        small.assign("festival", "Lễ hội", Stories.FESTIVAL_2025, JULY_30.plusSeconds(1));
        small.assign("fishermen", "Ngư dân", Stories.FISHERMEN, JULY_30.plusSeconds(2));
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.assign("festival-copy", "Lễ hội", Stories.FESTIVAL_2025, JULY_30.plusSeconds(3)))
                .isEqualTo("festival");
        assertThat(small.assign("july-copy", HEADLINE, Stories.FDI_JULY, JULY_30.plusSeconds(4)))
                .isEqualTo("july-copy");
    }

    @Test
    void assigningAKnownArticleAgainReturnsItsCluster() {
        clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30);
        clusterer.assign("baohaiphong", "Khác", Stories.FDI_JULY_LOCAL_COPY, JULY_30);
        assertThat(clusterer.assign("baohaiphong", "Khác", Stories.FESTIVAL_2025, JULY_30)).isEqualTo("vnplus");
        assertThat(clusterer.size()).isEqualTo(2);
    }

    @Test
    void rememberWarmsTheWindowAfterARestart() {
        clusterer.remember("vnplus", "earlier-cluster", MinHashFingerprint.of(Stories.FDI_JULY), JULY_30);
        clusterer.remember("search", "search", Stories.JULY_HEADLINE, "", JULY_30);
        clusterer.remember("vnplus", "ignored", MinHashFingerprint.of(Stories.FESTIVAL_2025), JULY_30);
        assertThat(clusterer.assign("portal", "Khác", Stories.FDI_JULY_PORTAL_COPY, JULY_30.plus(Duration.ofHours(5))))
                .isEqualTo("earlier-cluster");
        assertThat(clusterer.assign("rss", Stories.JULY_HEADLINE, null, JULY_30)).isEqualTo("search");
        assertThat(clusterer.assign("vnplus", HEADLINE, Stories.FDI_JULY, JULY_30)).isEqualTo("earlier-cluster");
    }

    @Test
    void theSameSequenceGivesTheSameClusters() {
        List<String[]> articles = syndicatedStories(new Random(5), 40, 4);
        Collections.shuffle(articles, new Random(6));
        assertThat(assignAll(articles)).isEqualTo(assignAll(articles));
    }

    @Test
    void concurrentAssignmentsGiveEveryArticleOneClusterAndCopiesShareIt() throws Exception {
        int stories = 60;
        int copies = 5;
        List<String[]> articles = syndicatedStories(new Random(9), stories, copies);
        Collections.shuffle(articles, new Random(10));
        Map<String, String> clusterOf = new ConcurrentHashMap<>();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = first; i < articles.size(); i += threads) {
                    String[] a = articles.get(i);
                    String previous = clusterOf.put(a[0], clusterer.assign(a[0], a[1], a[2], JULY_30));
                    assertThat(previous).isNull();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(clusterOf).hasSize(stories * copies);
        for (int s = 0; s < stories; s++) {
            List<String> clusters = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                clusters.add(clusterOf.get("story" + s + "-copy" + c));
            }
            assertThat(clusters).as("story %d", s).containsOnly(clusters.get(0));
            assertThat(clusters.get(0)).startsWith("story" + s + "-");
        }
        for (Map.Entry<String, String> e : clusterOf.entrySet()) {
            assertThat(clusterer.assign(e.getKey(), "", "", JULY_30)).isEqualTo(e.getValue());
        }
    }

    @Test
    void settingsAreChecked() {
        StoryClusterer.Settings defaults = StoryClusterer.Settings.defaults();
        assertThat(defaults.window()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.maxEntries()).isEqualTo(200_000);
        assertThat(defaults.maxDistance()).isEqualTo(3);
        assertThatThrownBy(() -> new StoryClusterer.Settings(Duration.ofDays(7), 10, 4, 40, 6))
                .hasMessageContaining("maxDistance must be 0 to 3");
        assertThatThrownBy(() -> defaults.withWindow(Duration.ZERO)).hasMessageContaining("window");
        assertThatThrownBy(() -> defaults.withMaxEntries(0)).hasMessageContaining("maxEntries");
        assertThatThrownBy(() -> clusterer.assign(null, "", "", JULY_30)).hasMessageContaining("articleId");
        assertThatThrownBy(() -> clusterer.assign("a", "", "", null)).hasMessageContaining("time");
    }

    private List<String> assignAll(List<String[]> articles) {
        StoryClusterer fresh = new StoryClusterer(StoryClusterer.Settings.defaults());
        List<String> clusters = new ArrayList<>();
        for (String[] a : articles) {
            clusters.add(fresh.assign(a[0], a[1], a[2], JULY_30));
        }
        return clusters;
    }

    /** {id, headline, body} for copies of random stories; each copy adds its own byline, credit and source lines. */
    private static List<String[]> syndicatedStories(Random random, int stories, int copies) {
        List<String[]> articles = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String body = Stories.synthetic(random, 150 + random.nextInt(300));
            for (int c = 0; c < copies; c++) {
                String copy = "Phóng viên " + c + "\n" + body.replace(". ", ".\nẢnh: Tư liệu số " + c + "\n")
                        + "\nTheo báo số " + c;
                articles.add(new String[] {"story" + s + "-copy" + c, "Tin số " + s + " bản " + c, copy});
            }
        }
        return articles;
    }
}
