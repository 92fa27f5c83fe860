package vn.presswatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.presswatch.store.Fixtures.ALL;
import static vn.presswatch.store.Fixtures.HP_COPY;
import static vn.presswatch.store.Fixtures.HP_ENGLISH;
import static vn.presswatch.store.Fixtures.HP_EXACT;
import static vn.presswatch.store.Fixtures.HP_FAR;
import static vn.presswatch.store.Fixtures.HP_PLAIN;
import static vn.presswatch.store.Fixtures.HP_RUMOUR;
import static vn.presswatch.store.Fixtures.HP_UPPER;
import static vn.presswatch.store.Fixtures.ISLAND;
import static vn.presswatch.store.Fixtures.KNIFE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.query.QuerySyntaxException;

/**
 * The behaviour every {@link ArticleStore} backend must have, written once and run against each (the embedded
 * Lucene store and a real Elasticsearch node). Expected values are computed from the fixtures where possible.
 */
public abstract class ArticleStoreContract {

    protected ArticleStore store;

    /** A new, empty store. */
    protected abstract ArticleStore openStore();

    /** Closes {@code current} and opens the same data again, as after a restart. */
    protected abstract ArticleStore reopen(ArticleStore current);

    /** Removes whatever {@link #openStore()} created. */
    protected void dispose(ArticleStore current) {
    }

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
        dispose(store);
    }

    private void loadFixtures() {
        store.upsert(ALL);
    }

    private List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.article().id()).toList();
    }

    private List<String> search(String query) {
        return ids(store.search(SearchRequest.of(query, ArticleFilter.none()).withPage(0, 50)));
    }

    private static List<String> idsOf(Article... articles) {
        return java.util.Arrays.stream(articles).map(Article::id).toList();
    }

    // --- writing -------------------------------------------------------------------------------------------

    @Test
    void upsertIsIdempotentAndReportsNewArticles() {
        UpsertResult first = store.upsert(List.of(HP_EXACT, ISLAND));
        assertThat(first.created()).containsExactlyInAnyOrder(HP_EXACT.id(), ISLAND.id());
        assertThat(first.updated()).isEmpty();

        UpsertResult again = store.upsert(List.of(HP_EXACT, ISLAND, KNIFE));
        assertThat(again.created()).containsExactly(KNIFE.id());
        assertThat(again.updated()).containsExactlyInAnyOrder(HP_EXACT.id(), ISLAND.id());
        assertThat(store.count()).isEqualTo(3);
        assertThat(search("Trường Sa")).containsExactly(ISLAND.id());
    }

    @Test
    void lastVersionInABatchWinsAndReplacesTheStoredOne() {
        Article v1 = HP_EXACT;
        Article v2 = HP_EXACT.toBuilder().title("Hải Phòng tiếp đoàn Gyeonggi (cập nhật)").tone(Tone.NEUTRAL).build();
        store.upsert(List.of(v1, v2));
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.get(HP_EXACT.id())).contains(v2);
        Article v3 = v2.toBuilder().title("Tiêu đề mới hoàn toàn").build();
        store.upsert(List.of(v3));
        assertThat(store.get(HP_EXACT.id())).contains(v3);
        assertThat(search("cập nhật")).isEmpty();
        assertThat(search("hoàn toàn")).containsExactly(HP_EXACT.id());
    }

    @Test
    void getReturnsEveryFieldAsStored() {
        loadFixtures();
        for (Article a : ALL) {
            assertThat(store.get(a.id())).as(a.canonicalUrl()).contains(a);
        }
        assertThat(store.get(Article.idFor("https://nowhere.example/x"))).isEmpty();
    }

    @Test
    void existsAndExisting() {
        store.upsert(List.of(HP_EXACT, KNIFE));
        assertThat(store.exists(HP_EXACT.id())).isTrue();
        assertThat(store.exists(ISLAND.id())).isFalse();
        assertThat(store.existing(List.of(HP_EXACT.id(), ISLAND.id(), KNIFE.id(), "nope")))
                .containsExactlyInAnyOrder(HP_EXACT.id(), KNIFE.id());
    }

    @Test
    void bulkImportIsSearchableWhenItReturns() {
        List<Article> many = IntStream.range(0, 1500).mapToObj(i -> Fixtures.article("bulk-" + i, "baoninhbinh",
                Origin.DOMESTIC, "vi", "Ninh Bình phát triển du lịch số " + i, "Tràng An đón khách.", "Nội dung " + i,
                "2025-06-01T00:00:00Z", Tone.POSITIVE, List.of("Ninh Bình"), "c" + i, "tourism_culture")).toList();
        assertThat(store.bulkImport(many.iterator())).isEqualTo(1500);
        assertThat(store.bulkImport(many.subList(0, 10).iterator())).isEqualTo(10);
        assertThat(store.count()).isEqualTo(1500);
        assertThat(store.search(SearchRequest.of("\"du lịch số 1499\"", ArticleFilter.none())).total()).isEqualTo(1);
        assertThat(store.search(SearchRequest.of("Trang An", ArticleFilter.none())).total()).isEqualTo(1500);
    }

    @Test
    void survivesARestart() {
        loadFixtures();
        store.sources().put(source("baohaiphong", Origin.DOMESTIC));
        store = reopen(store);
        assertThat(store.count()).isEqualTo(ALL.size());
        assertThat(store.get(HP_RUMOUR.id())).contains(HP_RUMOUR);
        assertThat(store.sources().get("baohaiphong")).isPresent();
        assertThat(search("xuyên tạc")).containsExactly(HP_RUMOUR.id());
    }

    @Test
    void deleteBySourceRemovesOnlyThatSource() {
        loadFixtures();
        long expected = ALL.stream().filter(a -> a.sourceId().equals("baohaiphong")).count();
        assertThat(store.deleteBySource("baohaiphong")).isEqualTo(expected);
        assertThat(store.count()).isEqualTo(ALL.size() - expected);
        assertThat(store.exists(HP_EXACT.id())).isFalse();
        assertThat(store.exists(HP_PLAIN.id())).isTrue();
        assertThat(store.deleteBySource("baohaiphong")).isZero();
    }

    @Test
    void storyClusterListsSyndicatedCopiesOldestFirst() {
        loadFixtures();
        assertThat(store.storyCluster("cluster-gyeonggi", 10)).extracting(Article::id)
                .containsExactly(HP_FAR.id(), HP_EXACT.id(), HP_COPY.id());
        assertThat(store.storyCluster("cluster-gyeonggi", 2)).hasSize(2);
        assertThat(store.storyCluster("no-such-cluster", 10)).isEmpty();
    }

    // --- walking every article -----------------------------------------------------------------------------

    /** A small article; every fifth is Ninh Bình's, the others Hải Phòng's. */
    private static Article numbered(int i) {
        return Fixtures.article("scan-" + i, i % 5 == 0 ? "baoninhbinh" : "baohaiphong", Origin.DOMESTIC, "vi",
                "Bài số " + i, "", "Nội dung " + i, "2025-06-01T00:00:00Z", Tone.NEUTRAL, List.of(), null,
                "party_building");
    }

    @Test
    void scanWalksEveryArticleExactlyOnceFarBeyondTheSearchWindow() {
        int n = 25_000;
        assertThat(n).isGreaterThan(2 * SearchRequest.MAX_WINDOW);
        store.bulkImport(IntStream.range(0, n).mapToObj(ArticleStoreContract::numbered).iterator());
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        long handed = store.scan(new ScanRequest("", ArticleFilter.none(), 1_000), batch -> {
            sizes.add(batch.size());
            batch.forEach(a -> seen.merge(a.id(), 1, Integer::sum));
        });
        assertThat(handed).isEqualTo(n);
        assertThat(sizes).hasSize(n / 1_000).containsOnly(1_000);
        assertThat(seen).hasSize(n);
        assertThat(seen.values()).containsOnly(1);
        assertThat(seen.keySet()).contains(numbered(0).id(), numbered(n - 1).id());

        // A filter that still matches more than the window: 4 in 5 are Hải Phòng's.
        Set<String> filtered = new HashSet<>();
        long matching = store.scan(new ScanRequest("", ArticleFilter.none().withSources(List.of("baohaiphong")), 1_000),
                batch -> batch.forEach(a -> {
                    assertThat(a.sourceId()).isEqualTo("baohaiphong");
                    filtered.add(a.id());
                }));
        assertThat(matching).isEqualTo(n / 5 * 4);
        assertThat(filtered).hasSize(n / 5 * 4);
    }

    @Test
    void scanFollowsTheQueryAndFiltersAsSearchDoes() {
        loadFixtures();
        Instant from = Instant.parse("2025-08-01T00:00:00Z");
        List<ScanRequest> requests = List.of(
                new ScanRequest("", ArticleFilter.none(), 3), // 9 articles: batches of exactly 3, no empty one
                new ScanRequest("Hải Phòng", ArticleFilter.none().withOrigin(Origin.FOREIGN), 1),
                new ScanRequest("", ArticleFilter.none().withTopics(List.of("investment"))
                        .withRange(from, from.plusSeconds(31L * 86_400)), 2),
                new ScanRequest("hai phong NOT source:reuters", ArticleFilter.none().withLanguages(List.of("vi")), 10));
        for (ScanRequest request : requests) {
            List<String> walked = new ArrayList<>();
            store.scan(request, batch -> {
                assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(request.batchSize());
                batch.forEach(a -> walked.add(a.id()));
            });
            List<String> found = ids(store.search(new SearchRequest(request.query(), request.filter(), Sort.NEWEST, 0,
                    50, false)));
            assertThat(found).as(request.toString()).isNotEmpty();
            assertThat(walked).as(request.toString()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(found);
        }
        assertThat(store.scan(ScanRequest.of("title:Gyeonggi", ArticleFilter.none().withSources(List.of("reuters"))),
                batch -> {
                    throw new AssertionError("a walk over nothing hands over no batch: " + batch);
                })).isZero();
        List<Article> all = new ArrayList<>();
        store.scan(ScanRequest.of("", null), all::addAll);
        assertThat(all).containsExactlyInAnyOrderElementsOf(ALL); // whole articles, every field as stored
    }

    @Test
    void writesDuringTheWalkNeitherBreakItNorShowInIt() {
        int n = 2_000;
        List<Article> originals = IntStream.range(0, n).mapToObj(ArticleStoreContract::numbered).toList();
        store.bulkImport(originals.iterator());
        Map<String, Integer> seen = new HashMap<>();
        AtomicInteger round = new AtomicInteger();
        long handed = store.scan(new ScanRequest("", ArticleFilter.none(), 400), batch -> {
            batch.forEach(a -> {
                seen.merge(a.id(), 1, Integer::sum);
                assertThat(a.title()).as("the walk sees articles as they were when it began").doesNotContain("sửa");
            });
            // As reindexing does: the batch written back changed; and, as a crawl might, an article the walk may
            // not have reached yet is replaced and a new one is stored.
            int k = round.getAndIncrement();
            List<Article> writes = new ArrayList<>();
            batch.forEach(a -> writes.add(a.toBuilder().title(a.title() + " đã sửa").build()));
            writes.add(originals.get(n - 1 - k).toBuilder().title("Bài cuối đã sửa " + k).build());
            writes.add(numbered(n + k));
            store.upsert(writes);
        });
        assertThat(handed).isEqualTo(n);
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(originals.stream().map(Article::id).toList());
        assertThat(seen.values()).containsOnly(1);
        assertThat(round.get()).isEqualTo(n / 400);
        assertThat(store.count()).isEqualTo(n + n / 400);
        assertThat(store.search(SearchRequest.of("title:sửa", ArticleFilter.none())).total()).isEqualTo(n);
    }

    @Test
    void aFailingConsumerEndsTheWalkWithItsOwnExceptionAndTheStoreGoesOn() {
        loadFixtures();
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> store.scan(new ScanRequest("", null, 2), batch -> {
            calls.incrementAndGet();
            throw boom;
        })).isSameAs(boom);
        assertThat(calls.get()).isEqualTo(1);

        Article changed = HP_EXACT.toBuilder().title("Tiêu đề sau lần duyệt hỏng").build();
        store.upsert(List.of(changed));
        List<Article> all = new ArrayList<>();
        assertThat(store.scan(new ScanRequest("", null, 4), all::addAll)).isEqualTo(ALL.size());
        assertThat(all).contains(changed).doesNotContain(HP_EXACT);
        assertThatThrownBy(() -> new ScanRequest("", null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize");
        assertThatThrownBy(() -> store.scan(ScanRequest.of("(a OR", null), batch -> { }))
                .isInstanceOf(QuerySyntaxException.class);
    }

    // --- the query language: Vietnamese diacritics --------------------------------------------------------

    @Test
    void diacriticInsensitiveInEveryCaseAndSpelling() {
        loadFixtures();
        List<String> withPlace = ALL.stream()
                .filter(a -> (a.title() + " " + a.lead() + " " + a.text()).matches("(?isu).*(hải phòng|hai phong).*"))
                .map(Article::id).toList();
        assertThat(withPlace).contains(HP_EXACT.id(), HP_PLAIN.id(), HP_UPPER.id(), HP_ENGLISH.id());
        assertThat(search("Hải Phòng")).containsExactlyInAnyOrderElementsOf(withPlace);
        assertThat(search("Hai Phong")).containsExactlyInAnyOrderElementsOf(withPlace);
        assertThat(search("HẢI PHÒNG")).containsExactlyInAnyOrderElementsOf(withPlace);
        assertThat(search("hai phong")).containsExactlyInAnyOrderElementsOf(withPlace);
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        loadFixtures();
        List<String> ranked = search("\"Hải Phòng\"");
        // HP_UPPER carries the name only in its title, like HP_PLAIN and HP_ENGLISH without diacritics.
        assertThat(ranked.indexOf(HP_UPPER.id())).isLessThan(ranked.indexOf(HP_PLAIN.id()));
        assertThat(ranked.indexOf(HP_UPPER.id())).isLessThan(ranked.indexOf(HP_ENGLISH.id()));
        List<String> plain = search("\"Hai Phong\"");
        assertThat(plain.indexOf(HP_PLAIN.id())).isLessThan(plain.indexOf(HP_UPPER.id()));
    }

    @Test
    void islandAndKnifeFoldAlikeButRankByDiacritics() {
        loadFixtures();
        // "đảo" (island), "dao" (knife) and "đạo" (in "lãnh đạo", leader) all fold to "dao".
        List<String> withDao = ALL.stream().filter(a -> VietnameseFoldingForTest.words(a).contains("dao"))
                .map(Article::id).toList();
        assertThat(withDao).contains(ISLAND.id(), KNIFE.id(), HP_EXACT.id());
        List<String> island = search("đảo");
        assertThat(island).containsExactlyInAnyOrderElementsOf(withDao);
        assertThat(island.get(0)).isEqualTo(ISLAND.id());
        List<String> knife = search("dao");
        assertThat(knife).containsExactlyInAnyOrderElementsOf(withDao);
        assertThat(knife.get(0)).isEqualTo(KNIFE.id());
        assertThat(search("\"lãnh đạo\"").get(0)).isIn(HP_EXACT.id(), HP_COPY.id());
        assertThat(search("title:Đảo")).containsExactly(ISLAND.id(), KNIFE.id());
    }

    // --- the query language: operators and fields -------------------------------------------------------

    @Test
    void booleanOperatorsAndParentheses() {
        loadFixtures();
        assertThat(search("Hải Phòng AND nhân quyền")).containsExactlyInAnyOrder(HP_RUMOUR.id(), HP_FAR.id());
        assertThat(search("Hải Phòng nhân quyền")).containsExactlyInAnyOrder(HP_RUMOUR.id(), HP_FAR.id());
        assertThat(search("Trường Sa OR \"con dao\"")).containsExactlyInAnyOrder(ISLAND.id(), KNIFE.id());
        assertThat(search("(Trường Sa OR Gyeonggi) AND NOT \"biển đảo\""))
                .containsExactlyInAnyOrder(HP_EXACT.id(), HP_COPY.id());
        assertThat(search("Gyeonggi -vietnamplus")).contains(HP_COPY.id()); // '-' on a word, not a source
        assertThat(search("NOT \"Hải Phòng\"")).containsExactlyInAnyOrder(ISLAND.id(), KNIFE.id());
        // NOT binds to the next clause only: docs with "Phòng" but without "Hải" (there are none).
        assertThat(search("NOT Hải Phòng")).isEmpty();
        assertThat(search("")).hasSize(ALL.size());
    }

    @Test
    void phrasesAndProximity() {
        loadFixtures();
        assertThat(search("\"Hoa Phượng Đỏ\"")).containsExactly(HP_UPPER.id());
        assertThat(search("\"Đỏ Phượng Hoa\"")).isEmpty();
        assertThat(search("\"Hải Phòng nhân quyền\"~5")).containsExactly(HP_RUMOUR.id());
        assertThat(search("\"Hai Phong nhan quyen\"~5")).containsExactly(HP_RUMOUR.id());
        assertThat(search("\"Hải Phòng nhân quyền\"~60")).containsExactlyInAnyOrder(HP_RUMOUR.id(), HP_FAR.id());
    }

    @Test
    void fieldScopes() {
        loadFixtures();
        assertThat(search("title:Gyeonggi")).containsExactlyInAnyOrder(HP_EXACT.id(), HP_COPY.id());
        assertThat(search("text:\"giao lưu\"")).containsExactly(HP_EXACT.id());
        assertThat(search("title:\"giao lưu\"")).isEmpty();
        assertThat(search("source:reuters")).containsExactly(HP_ENGLISH.id());
        assertThat(search("topic:disinformation")).containsExactly(HP_RUMOUR.id());
        assertThat(search("lang:en")).containsExactly(HP_ENGLISH.id());
        assertThat(search("locality:\"ninh binh\"")).containsExactly(KNIFE.id());
        assertThat(search("locality:\"Khánh Hòa\"")).containsExactly(ISLAND.id());
        assertThat(search("tone:negative")).containsExactlyInAnyOrder(KNIFE.id(), HP_RUMOUR.id());
        assertThat(search("topic:(sovereignty OR human_rights)")).containsExactlyInAnyOrder(ISLAND.id(), HP_RUMOUR.id());
        assertThat(search("đầu tư*")).isNotEmpty();
        assertThat(search("title:chủ*")).containsExactly(ISLAND.id());
    }

    @Test
    void malformedQueryIsAClearErrorWithItsPosition() {
        loadFixtures();
        assertThatThrownBy(() -> store.search(SearchRequest.of("(Hải Phòng AND nhân quyền", ArticleFilter.none())))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isBetween(0, 25))
                .satisfies(e -> assertThat(((QuerySyntaxException) e).vietnameseMessage()).contains("vị trí"));
        assertThatThrownBy(() -> store.search(SearchRequest.of("\"biển Đông", ArticleFilter.none())))
                .isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> store.search(SearchRequest.of("tacgia:abc", ArticleFilter.none())))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("tacgia");
        assertThatThrownBy(() -> store.stats(new StatsRequest("a AND", ArticleFilter.none(), Set.of(Facet.TOPIC),
                null, null))).isInstanceOf(QuerySyntaxException.class);
    }

    // --- filters, sorting, paging, highlights ---------------------------------------------------------------

    @Test
    void filtersCombine() {
        loadFixtures();
        Instant from = Instant.parse("2025-08-01T00:00:00Z");
        Instant to = Instant.parse("2025-09-01T00:00:00Z");
        ArticleFilter august = ArticleFilter.none().withRange(from, to);
        assertThat(ids(store.search(SearchRequest.of("", august).withPage(0, 50))))
                .containsExactlyInAnyOrderElementsOf(ALL.stream()
                        .filter(a -> !a.reportTime().isBefore(from) && a.reportTime().isBefore(to))
                        .map(Article::id).toList());
        assertThat(ids(store.search(SearchRequest.of("", august.withOrigin(Origin.FOREIGN)))))
                .containsExactly(HP_RUMOUR.id());
        assertThat(ids(store.search(SearchRequest.of("", ArticleFilter.none().withTopics(List.of("investment"))
                .withLanguages(List.of("VI"))).withPage(0, 50))))
                .containsExactlyInAnyOrder(HP_EXACT.id(), HP_PLAIN.id(), HP_FAR.id());
        assertThat(ids(store.search(SearchRequest.of("", ArticleFilter.none().withTones(List.of(Tone.NEGATIVE))
                .withSources(List.of("vnexpress"))))))
                .containsExactly(KNIFE.id());
        assertThat(ids(store.search(SearchRequest.of("", ArticleFilter.none().withLocalities(List.of("KHANH HOA"))))))
                .containsExactly(ISLAND.id());
        // The upper bound is exclusive.
        assertThat(ids(store.search(SearchRequest.of("", ArticleFilter.none().withRange(
                Instant.parse("2025-07-01T00:00:00Z"), Instant.parse("2025-07-01T01:00:00Z"))))))
                .isEmpty();
    }

    @Test
    void sortingAndPagingWithExactTotals() {
        loadFixtures();
        List<String> newestFirst = ALL.stream().sorted((a, b) -> b.reportTime().compareTo(a.reportTime()))
                .map(Article::id).toList();
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        SearchResult page1 = store.search(SearchRequest.of("", ArticleFilter.none()).withSort(Sort.NEWEST).withPage(0, 4));
        SearchResult page2 = store.search(SearchRequest.of("", ArticleFilter.none()).withSort(Sort.NEWEST).withPage(4, 4));
        SearchResult page3 = store.search(SearchRequest.of("", ArticleFilter.none()).withSort(Sort.NEWEST).withPage(8, 4));
        assertThat(page1.total()).isEqualTo(ALL.size());
        List<String> all = new ArrayList<>(ids(page1));
        all.addAll(ids(page2));
        all.addAll(ids(page3));
        assertThat(all).containsExactlyElementsOf(newestFirst);
        assertThat(ids(store.search(SearchRequest.of("", ArticleFilter.none()).withSort(Sort.OLDEST).withPage(0, 3))))
                .containsExactlyElementsOf(oldestFirst.subList(0, 3));
        assertThatThrownBy(() -> SearchRequest.of("", null).withPage(0, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("", null).withPage(9_990, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void highlightsMarkFoldedMatchesOnOriginalTextAndEscapeMarkup() {
        loadFixtures();
        SearchResult result = store.search(SearchRequest.of("hai phong", ArticleFilter.none().withSources(List.of("bbc-vietnamese"))));
        SearchResult.Highlights h = result.hits().get(0).highlights();
        assertThat(h.title()).contains("<mark>Hải</mark> <mark>Phòng</mark>");
        assertThat(h.snippet()).contains("<mark>Hải</mark> <mark>Phòng</mark>");

        SearchResult knife = store.search(SearchRequest.of("điều tra", ArticleFilter.none()));
        String snippet = knife.hits().get(0).highlights().snippet();
        assertThat(snippet).contains("<mark>điều</mark> <mark>tra</mark>").doesNotContain("<script>")
                .contains("&lt;script&gt;").contains("&amp;");
        assertThat(knife.hits().get(0).highlights().title()).isEqualTo("Công an Ninh Bình thu giữ con dao gây án");
    }

    // --- statistics --------------------------------------------------------------------------------------

    @Test
    void countsByEveryFacetMatchTheArticles() {
        loadFixtures();
        Stats stats = store.stats(StatsRequest.counts(ArticleFilter.none(), EnumSet.allOf(Facet.class)));
        assertThat(stats.total()).isEqualTo(ALL.size());
        assertThat(stats.of(Facet.TOPIC)).isEqualTo(countBy(ALL, Article::topicIds));
        assertThat(stats.of(Facet.SOURCE)).isEqualTo(countBy(ALL, a -> List.of(a.sourceId())));
        assertThat(stats.of(Facet.TONE)).isEqualTo(countBy(ALL, a -> List.of(a.tone().id())));
        assertThat(stats.of(Facet.LANGUAGE)).isEqualTo(countBy(ALL, a -> List.of(a.language())));
        assertThat(stats.of(Facet.LOCALITY)).isEqualTo(countBy(ALL, Article::localities));
        assertThat(stats.of(Facet.ORIGIN)).isEqualTo(countBy(ALL, a -> List.of(a.origin().id())));
        assertThat(stats.of(Facet.TOPIC).get("investment")).isEqualTo(4);
        assertThat(stats.of(Facet.TONE).get("negative")).isEqualTo(2);
        // Largest first.
        assertThat(stats.of(Facet.LOCALITY).keySet().iterator().next()).isEqualTo("Hải Phòng");
        assertThat(stats.histogram()).isEmpty();
    }

    @Test
    void countsFollowTheQueryAndFilters() {
        loadFixtures();
        Stats stats = store.stats(new StatsRequest("Hải Phòng", ArticleFilter.none().withOrigin(Origin.FOREIGN),
                Set.of(Facet.SOURCE, Facet.LANGUAGE), null, null));
        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.of(Facet.SOURCE)).containsOnly(Map.entry("bbc-vietnamese", 1L), Map.entry("reuters", 1L));
        assertThat(stats.of(Facet.LANGUAGE)).containsOnly(Map.entry("vi", 1L), Map.entry("en", 1L));
        assertThat(stats.of(Facet.TOPIC)).isEmpty();
    }

    @Test
    void monthlyHistogramUsesTheVietnameseCalendar() {
        loadFixtures();
        Instant from = LocalDate.of(2025, 1, 1).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Instant to = LocalDate.of(2026, 1, 1).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Stats stats = store.stats(new StatsRequest("", ArticleFilter.none().withRange(from, to), Set.of(),
                Interval.MONTH, StatsRequest.VIETNAM));
        assertThat(stats.histogram()).hasSize(12);
        assertThat(stats.histogram().get(0).start()).isEqualTo(LocalDate.of(2025, 1, 1));
        Map<LocalDate, Long> expected = new HashMap<>();
        for (Article a : ALL) {
            LocalDate month = ZonedDateTime.ofInstant(a.reportTime(), StatsRequest.VIETNAM).toLocalDate().withDayOfMonth(1);
            expected.merge(month, 1L, Long::sum);
        }
        for (Stats.Bucket b : stats.histogram()) {
            assertThat(b.count()).as(b.start().toString()).isEqualTo(expected.getOrDefault(b.start(), 0L));
        }
        // 31 March 18:00 UTC is 1 April in Viet Nam.
        assertThat(stats.histogram().get(2).count()).isZero();
        assertThat(stats.histogram().get(3).count()).isEqualTo(1);
        assertThat(stats.histogram().stream().mapToLong(Stats.Bucket::count).sum()).isEqualTo(stats.total());
    }

    @Test
    void dailyAndWeeklyHistograms() {
        loadFixtures();
        Instant from = LocalDate.of(2025, 8, 16).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Instant to = LocalDate.of(2025, 8, 21).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Stats daily = store.stats(new StatsRequest("", ArticleFilter.none().withRange(from, to), Set.of(Facet.TONE),
                Interval.DAY, null));
        assertThat(daily.histogram()).extracting(Stats.Bucket::start).containsExactly(LocalDate.of(2025, 8, 16),
                LocalDate.of(2025, 8, 17), LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 19), LocalDate.of(2025, 8, 20));
        // HP_RUMOUR (18 Aug 20:00 UTC) falls on 19 Aug in Viet Nam.
        assertThat(daily.histogram()).extracting(Stats.Bucket::count).containsExactly(1L, 1L, 2L, 1L, 0L);
        Stats weekly = store.stats(new StatsRequest("", ArticleFilter.none().withRange(from, to), Set.of(),
                Interval.WEEK, null));
        // 16-17 Aug 2025 are Saturday and Sunday; the next week starts Monday 18 Aug.
        assertThat(weekly.histogram()).extracting(Stats.Bucket::start)
                .containsExactly(LocalDate.of(2025, 8, 11), LocalDate.of(2025, 8, 18));
        assertThat(weekly.histogram()).extracting(Stats.Bucket::count).containsExactly(2L, 3L);
        assertThatThrownBy(() -> new StatsRequest("", ArticleFilter.none(), Set.of(), Interval.DAY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- saved queries (alerts) -----------------------------------------------------------------------------

    @Test
    void savedQueriesMatchExactlyWhatSearchFinds() {
        loadFixtures();
        List<SavedQuery> rules = List.of(
                new SavedQuery("place", "Hai Phong", null),
                new SavedQuery("rights-near", "\"Hải Phòng nhân quyền\"~5", null),
                new SavedQuery("negative-foreign", "", ArticleFilter.none().withTones(List.of(Tone.NEGATIVE))
                        .withOrigin(Origin.FOREIGN)),
                new SavedQuery("sea", "(biển OR đảo) AND NOT \"con dao\"", ArticleFilter.none()
                        .withTopics(List.of("sovereignty"))),
                new SavedQuery("not-place", "NOT locality:\"Hải Phòng\"", null),
                new SavedQuery("island-title", "title:đảo", null));
        SavedQueryMatcher matcher = store.matcher(rules);
        assertThat(matcher.size()).isEqualTo(rules.size());
        for (SavedQuery rule : rules) {
            Set<String> found = Set.copyOf(ids(store.search(SearchRequest.of(rule.query(), rule.filter()).withPage(0, 50))));
            for (Article a : ALL) {
                assertThat(matcher.matches(a).contains(rule.id()))
                        .as(rule.id() + " on " + a.canonicalUrl()).isEqualTo(found.contains(a.id()));
            }
        }
        assertThat(matcher.matches(HP_RUMOUR)).contains("place", "rights-near", "negative-foreign");
        assertThat(matcher.matches(ISLAND)).containsExactlyInAnyOrder("sea", "not-place", "island-title");
        assertThatThrownBy(() -> store.matcher(List.of(new SavedQuery("bad", "(a OR", null))))
                .isInstanceOf(QuerySyntaxException.class);
    }

    // --- small records ---------------------------------------------------------------------------------------

    record Rule(String id, String owner, List<String> topics, Instant created) {
        static final RecordType<Rule> TYPE = RecordType.of("test-rule", Rule.class, Rule::id)
                .withAttribute("owner", r -> List.of(r.owner()))
                .withAttribute("topic", Rule::topics);
    }

    static Source source(String id, Origin origin) {
        return new Source(id, "Báo " + id, "https://" + id + ".example.vn/", List.of("https://" + id + ".example.vn/rss"),
                List.of(), List.of(new Source.SectionPage("https://" + id + ".example.vn/thoi-su", "h3 a")), "VN", "vi",
                SourceLevel.LOCAL, origin, true, false);
    }

    @Test
    void smallRecordsArePutFoundAndDeleted() {
        RecordCollection<Rule> rules = store.records(Rule.TYPE);
        Instant now = Instant.parse("2025-08-18T03:00:00Z");
        rules.put(new Rule("r2", "lan", List.of("sovereignty", "disinformation"), now));
        rules.put(new Rule("r1", "minh", List.of("ocop"), now));
        rules.put(new Rule("r3", "lan", List.of(), now));
        assertThat(rules.count()).isEqualTo(3);
        assertThat(rules.all()).extracting(Rule::id).containsExactly("r1", "r2", "r3");
        assertThat(rules.find("owner", "lan")).extracting(Rule::id).containsExactly("r2", "r3");
        assertThat(rules.find("topic", "disinformation")).extracting(Rule::id).containsExactly("r2");
        assertThat(rules.get("r1")).contains(new Rule("r1", "minh", List.of("ocop"), now));

        rules.put(new Rule("r1", "lan", List.of(), now));
        assertThat(rules.find("owner", "minh")).isEmpty();
        assertThat(rules.find("owner", "lan")).hasSize(3);

        assertThat(rules.putIfAbsent(new Rule("r1", "x", List.of(), now))).isFalse();
        assertThat(rules.get("r1").orElseThrow().owner()).isEqualTo("lan");
        assertThat(rules.putIfAbsent(new Rule("r4", "x", List.of(), now))).isTrue();

        assertThat(rules.delete("r2")).isTrue();
        assertThat(rules.delete("r2")).isFalse();
        assertThat(rules.get("r2")).isEmpty();
        assertThat(rules.count()).isEqualTo(3);
        assertThatThrownBy(() -> rules.find("nope", "x")).isInstanceOf(IllegalArgumentException.class);
        // Kinds do not see each other's records, and articles are untouched.
        assertThat(store.sources().all()).isEmpty();
        assertThat(store.count()).isZero();
    }

    @Test
    void manySmallRecordsAreWrittenTogetherAndOnlyIfAbsentKeepsWhatWasThere() {
        RecordCollection<Rule> rules = store.records(Rule.TYPE);
        Instant now = Instant.parse("2025-08-18T03:00:00Z");
        rules.put(new Rule("r2", "lan", List.of(), now));
        rules.putAll(List.of(new Rule("r1", "minh", List.of("ocop"), now), new Rule("r3", "minh", List.of(), now)));
        assertThat(rules.all()).extracting(Rule::id).containsExactly("r1", "r2", "r3");
        assertThat(rules.find("owner", "minh")).extracting(Rule::id).containsExactly("r1", "r3");

        Set<String> stored = rules.putAllIfAbsent(List.of(new Rule("r2", "x", List.of(), now),
                new Rule("r4", "x", List.of(), now), new Rule("r4", "y", List.of(), now),
                new Rule("r5", "x", List.of(), now)));
        assertThat(stored).containsExactly("r4", "r5");
        assertThat(rules.get("r2").orElseThrow().owner()).as("an existing record is kept").isEqualTo("lan");
        assertThat(rules.get("r4").orElseThrow().owner()).as("the first of one id counts").isEqualTo("x");
        assertThat(rules.find("owner", "x")).extracting(Rule::id).containsExactly("r4", "r5");
        assertThat(rules.putAllIfAbsent(List.of())).isEmpty();
        assertThat(rules.latest(null, null, 2)).extracting(Rule::id).containsExactly("r5", "r4");
        assertThat(rules.latest("owner", "minh", 10)).extracting(Rule::id).containsExactly("r3", "r1");
        assertThatThrownBy(() -> rules.latest("nope", "x", 1)).isInstanceOf(IllegalArgumentException.class);
        rules.putAll(List.of());
        assertThat(rules.count()).isEqualTo(5);
    }

    @Test
    void sourcesAndCrawlStateRoundTrip() {
        Source domestic = source("baohaiphong", Origin.DOMESTIC);
        Source foreign = source("bbc-vietnamese", Origin.FOREIGN).withEnabled(false);
        store.sources().put(domestic);
        store.sources().put(foreign);
        assertThat(store.sources().all()).containsExactly(domestic, foreign);
        assertThat(store.sources().find("origin", "foreign")).containsExactly(foreign);
        assertThat(store.sources().find("enabled", "true")).containsExactly(domestic);

        CrawlState state = new CrawlState("baohaiphong",
                Map.of("https://baohaiphong.example.vn/rss", new CrawlState.UrlState("\"abc\"",
                        "Mon, 18 Aug 2025 03:00:00 GMT", "sha256:1", java.time.Duration.ofMinutes(15),
                        Instant.parse("2025-08-18T03:15:00Z"), Instant.parse("2025-08-18T03:00:00Z"))),
                Instant.parse("2025-08-18T03:00:00Z"), Instant.parse("2025-08-18T03:00:01Z"), 0, null, null,
                Instant.parse("2025-08-18T03:15:00Z"), false);
        store.crawlStates().put(state);
        assertThat(store.crawlStates().get("baohaiphong")).contains(state);
        CrawlState failing = new CrawlState("baohaiphong", state.urls(), Instant.parse("2025-08-18T04:00:00Z"),
                state.lastSuccess(), 3, "HTTP 503 từ máy chủ", Instant.parse("2025-08-18T04:00:00Z"), null, true);
        store.crawlStates().put(failing);
        assertThat(store.crawlStates().get("baohaiphong")).contains(failing);
        assertThat(store.crawlStates().count()).isEqualTo(1);
    }

    private static Map<String, Long> countBy(Collection<Article> articles,
                                             java.util.function.Function<Article, List<String>> values) {
        return articles.stream().flatMap(a -> values.apply(a).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }
}
