package vn.presswatch.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Fixtures;
import vn.presswatch.store.Interval;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.elasticsearch.ElasticsearchNode;
import vn.presswatch.store.elasticsearch.ElasticsearchStoreSettings;
import vn.presswatch.store.elasticsearch.ElasticsearchArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

class ScratchEsCompareIT {

    private static String prefix() {
        return "scratch-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT).substring(0, 8);
    }

    @Test
    void bulkThroughput() {
        List<Article> many = new ArrayList<>();
        new ArticleGenerator(7, 40_000).forEachRemaining(many::add);
        long bytes = many.stream().mapToLong(a -> a.title().length() + a.lead().length() + a.text().length()).sum();
        System.out.println("avg chars " + bytes / many.size());
        try (ElasticsearchArticleStore es = new ElasticsearchArticleStore(
                ElasticsearchStoreSettings.defaults(ElasticsearchNode.shared().httpUrl()).withIndexPrefix(prefix()))) {
            long t0 = System.nanoTime();
            long n = es.bulkImport(many.subList(0, 5000).iterator());
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "warmup %d docs in %.2f s = %.0f docs/s%n", n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9));
            t0 = System.nanoTime();
            n = es.bulkImport(many.subList(5000, many.size()).iterator());
            t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "ES bulk %d docs in %.2f s = %.0f docs/s%n", n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9));
            assertThat(es.count()).isEqualTo(40_000);
        }
    }

    @Test
    void unreachable() {
        try {
            new ElasticsearchArticleStore(ElasticsearchStoreSettings.defaults("http://127.0.0.1:1"));
        } catch (StoreException e) {
            System.out.println("UNREACHABLE: " + e.getMessage());
        }
        try {
            new ElasticsearchArticleStore(ElasticsearchStoreSettings.defaults("http://no-such-host.invalid:9200"));
        } catch (StoreException e) {
            System.out.println("UNKNOWN HOST: " + e.getMessage());
        }
    }

    @Test
    void compare() throws Exception {
        List<Article> many = new ArrayList<>(Fixtures.ALL);
        new ArticleGenerator(11, 3000).forEachRemaining(many::add);
        Path dir = Files.createTempDirectory("scratch-lucene");
        try (ArticleStore lucene = new LuceneArticleStore(LuceneStoreSettings.defaults(dir));
             ArticleStore es = new ElasticsearchArticleStore(
                     ElasticsearchStoreSettings.defaults(ElasticsearchNode.shared().httpUrl()).withIndexPrefix(prefix()))) {
            lucene.upsert(many);
            es.upsert(many);
            String[] queries = {"", "Hải Phòng", "hai phong", "\"Hải Phòng\"", "đảo", "dao", "biển đảo", "\"biển đảo\"~3",
                    "chủ*", "title:Đảo", "NOT du lịch", "du lịch AND NOT Tràng An", "(OCOP OR làng nghề) AND gốm",
                    "topic:ocop", "locality:\"hai phong\" AND đầu tư", "tone:negative OR tone:positive", "nhân quyền",
                    "\"Hải Phòng nhân quyền\"~60", "đầu tư*", "COVID-19", "!!!", "source:bao3 du lịch", "lang:en"};
            int diffs = 0;
            for (String q : queries) {
                for (Sort sort : Sort.values()) {
                    SearchRequest req = new SearchRequest(q, ArticleFilter.none(), sort, 0, 50, true);
                    SearchResult a = lucene.search(req);
                    SearchResult b = es.search(req);
                    List<String> ia = a.hits().stream().map(h -> h.article().id()).toList();
                    List<String> ib = b.hits().stream().map(h -> h.article().id()).toList();
                    boolean same = a.total() == b.total() && ia.equals(ib) && a.hits().equals(b.hits());
                    if (!same) {
                        diffs++;
                        System.out.println("DIFF " + sort + " [" + q + "] totals " + a.total() + "/" + b.total()
                                + " sameIds=" + ia.equals(ib) + " sameSet=" + new java.util.HashSet<>(ia).equals(new java.util.HashSet<>(ib)));
                        for (int i = 0; i < Math.min(5, Math.max(a.hits().size(), b.hits().size())); i++) {
                            System.out.println("   " + (i < a.hits().size() ? a.hits().get(i).article().id().substring(0, 6) + " " + a.hits().get(i).score() : "-")
                                    + " | " + (i < b.hits().size() ? b.hits().get(i).article().id().substring(0, 6) + " " + b.hits().get(i).score() : "-"));
                        }
                    }
                }
            }
            Instant from = LocalDate.of(2025, 1, 1).atStartOfDay(StatsRequest.VIETNAM).toInstant();
            Instant to = LocalDate.of(2025, 12, 31).atStartOfDay(StatsRequest.VIETNAM).toInstant();
            for (Interval iv : Interval.values()) {
                for (String q : new String[] {"", "du lịch", "NOT hai phong"}) {
                    StatsRequest sr = new StatsRequest(q, ArticleFilter.none().withRange(from, to), EnumSet.allOf(Facet.class), iv, null);
                    Stats a = lucene.stats(sr);
                    Stats b = es.stats(sr);
                    if (!a.equals(b)) {
                        diffs++;
                        System.out.println("STATS DIFF " + iv + " " + q + "\n  " + a + "\n  " + b);
                    }
                }
            }
            System.out.println("DIFFS " + diffs);
        }
    }
}
