package vn.presswatch.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.ScanRequest;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.SearchResult.ArticleHit;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.UpsertResult;
import vn.presswatch.store.index.ArticleDocuments;
import vn.presswatch.store.index.ArticleFields;
import vn.presswatch.store.index.CalendarBuckets;
import vn.presswatch.store.index.LuceneQueries;
import vn.presswatch.store.index.SnippetHighlighter;

/**
 * The embedded store: Apache Lucene indexes in a local data directory ({@code articles/} and {@code records/}).
 * One process writes (Lucene's native write lock; a second writer gets {@link
 * vn.presswatch.store.DataDirectoryInUseException}); any number of threads read, and other processes may open
 * it {@linkplain LuceneStoreSettings#readOnly() read-only}. Every write is committed (fsync) before it returns,
 * so an article reported stored survives a crash. Searches and statistics run at most
 * {@linkplain LuceneStoreSettings#searchThreads() a few at a time}, and while articles are being written within
 * {@linkplain LuceneStoreSettings#searchCoresWhileWriting() a CPU budget}; the rest wait their turn.
 */
public final class LuceneArticleStore implements ArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneArticleStore.class);
    private static final int IMPORT_BATCH = 256;

    private final LuceneStoreSettings settings;
    private final LuceneIndex articles;
    private final LuceneIndex records;
    private final Object writeLock = new Object();
    private final SearchCpuBudget searchBudget;
    private final SearchQueue searches;
    private final Map<String, LuceneRecordCollection<?>> collections = new ConcurrentHashMap<>();

    public LuceneArticleStore(LuceneStoreSettings settings) {
        this.settings = settings;
        this.searchBudget = new SearchCpuBudget(settings.searchCoresWhileWriting(), System::nanoTime);
        this.searches = new SearchQueue(settings.searchThreads(), searchBudget);
        this.articles = new LuceneIndex(settings.dataDirectory().resolve("articles"), settings.dataDirectory(),
                settings.readOnly(), settings.ramBufferMb());
        LuceneIndex recordIndex;
        try {
            recordIndex = new LuceneIndex(settings.dataDirectory().resolve("records"), settings.dataDirectory(),
                    settings.readOnly(), 8);
        } catch (RuntimeException e) {
            closeQuietly(articles);
            throw e;
        }
        this.records = recordIndex;
        LOG.info("Opened embedded store at {}{}", settings.dataDirectory(), settings.readOnly() ? " (read-only)" : "");
    }

    @Override
    public UpsertResult upsert(List<Article> batch) {
        Map<String, Article> byId = new LinkedHashMap<>();
        batch.forEach(a -> byId.put(a.id(), a));
        var docs = new LinkedHashMap<String, org.apache.lucene.document.Document>();
        byId.forEach((id, a) -> docs.put(id, ArticleDocuments.toDocument(a, true)));
        synchronized (writeLock) {
            var writer = articles.writer();
            Set<String> before = existing(byId.keySet());
            List<String> created = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            try {
                for (var e : docs.entrySet()) {
                    writer.updateDocument(ArticleDocuments.idTerm(e.getKey()), e.getValue());
                    (before.contains(e.getKey()) ? updated : created).add(e.getKey());
                }
                articles.commitAndRefresh();
            } catch (IOException | RuntimeException e) {
                throw failed("cannot store " + byId.size() + " articles", e);
            }
            searchBudget.wrote();
            return new UpsertResult(created, updated);
        }
    }

    @Override
    public long bulkImport(Iterator<Article> source) {
        synchronized (writeLock) {
            var writer = articles.writer();
            AtomicLong written = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(settings.importThreads());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < settings.importThreads(); t++) {
                    running.add(pool.submit(() -> {
                        List<Article> chunk;
                        while (!(chunk = nextChunk(source)).isEmpty()) {
                            searchBudget.wrote();
                            for (Article a : chunk) {
                                writer.updateDocument(ArticleDocuments.idTerm(a.id()), ArticleDocuments.toDocument(a, true));
                            }
                            written.addAndGet(chunk.size());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                articles.commitAndRefresh();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw failed("bulk import failed after " + written.get() + " articles", e);
            } finally {
                pool.shutdownNow();
            }
            return written.get();
        }
    }

    /** Takes the next chunk from a shared iterator; iterators are not thread-safe, so this is synchronized. */
    private static List<Article> nextChunk(Iterator<Article> source) {
        synchronized (source) {
            List<Article> chunk = new ArrayList<>(IMPORT_BATCH);
            while (chunk.size() < IMPORT_BATCH && source.hasNext()) {
                chunk.add(source.next());
            }
            return chunk;
        }
    }

    /**
     * After a failed write the writer holds uncommitted changes: roll them back so no later commit publishes half a
     * batch. Rollback closes the writer, so this store must be reopened; that is the price of never storing a
     * partial batch, and such failures (disk full, I/O errors) need a person's attention anyway.
     */
    private StoreException failed(String what, Exception cause) {
        LOG.error("{} in {}; rolling back uncommitted changes", what, articles.path(), cause);
        try {
            articles.writer().rollback();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        return new StoreException(what + "; nothing of it was stored and the store must be reopened: "
                + cause.getMessage(), cause);
    }

    @Override
    public Optional<Article> get(String id) {
        return read(articles, searcher -> {
            TopFieldDocs top = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1,
                    org.apache.lucene.search.Sort.INDEXORDER);
            return top.scoreDocs.length == 0 ? Optional.<Article>empty() : Optional.of(load(searcher, top.scoreDocs[0].doc));
        });
    }

    @Override
    public boolean exists(String id) {
        return !existing(List.of(id)).isEmpty();
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        return read(articles, searcher -> {
            Set<String> found = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(ArticleFields.ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum postings = null;
                for (String id : ids) {
                    if (!found.contains(id) && te.seekExact(new BytesRef(id))) {
                        postings = te.postings(postings, PostingsEnum.NONE);
                        for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
                            if (live == null || live.get(d)) {
                                found.add(id);
                                break;
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Query query = LuceneQueries.search(request.query(), request.filter());
        SnippetHighlighter highlighter = request.highlight() ? SnippetHighlighter.forQuery(request.query()) : null;
        org.apache.lucene.search.Sort sort = sortOf(request.sort());
        return searches.run(searcher -> {
            int window = request.offset() + request.limit();
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
            List<ArticleHit> hits = new ArrayList<>();
            for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Article article = load(searcher, sd.doc);
                double score = request.sort() == Sort.RELEVANCE
                        ? ((Number) ((org.apache.lucene.search.FieldDoc) sd).fields[0]).doubleValue() : 0;
                hits.add(new ArticleHit(article, score, highlighter == null ? null : highlighter.highlight(article)));
            }
            return new SearchResult(top.totalHits.value, hits);
        }, articles);
    }

    /**
     * Pages with {@code searchAfter} in index order over one searcher held for the whole walk: its reader is a point in
     * time (upserts replace documents in new segments and mark the old ones deleted only for newer readers), and doc
     * ids are fixed within it, so the order is stable and nothing is skipped or repeated. Index order also lets each
     * page skip straight past the previous one and reads stored fields sequentially.
     */
    @Override
    public long scan(ScanRequest request, Consumer<List<Article>> batches) {
        Query query = new ConstantScoreQuery(LuceneQueries.search(request.query(), request.filter()));
        return read(articles, searcher -> {
            long handed = 0;
            ScoreDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, query, request.batchSize(),
                        org.apache.lucene.search.Sort.INDEXORDER, false);
                if (page.scoreDocs.length == 0) {
                    return handed;
                }
                StoredFields stored = searcher.storedFields();
                List<Article> batch = new ArrayList<>(page.scoreDocs.length);
                for (ScoreDoc sd : page.scoreDocs) {
                    batch.add(load(stored, sd.doc));
                }
                batches.accept(List.copyOf(batch));
                handed += batch.size();
                if (page.scoreDocs.length < request.batchSize()) {
                    return handed;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        });
    }

    private static org.apache.lucene.search.Sort sortOf(Sort sort) {
        SortField newest = new SortField(ArticleFields.DATE, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> new org.apache.lucene.search.Sort(SortField.FIELD_SCORE, newest);
            case NEWEST -> new org.apache.lucene.search.Sort(newest);
            case OLDEST -> new org.apache.lucene.search.Sort(new SortField(ArticleFields.DATE, SortField.Type.LONG));
        };
    }

    @Override
    public Stats stats(StatsRequest request) {
        Query query = LuceneQueries.search(request.query(), request.filter());
        CalendarBuckets buckets = request.interval() == null ? null
                : CalendarBuckets.of(request.filter().from(), request.filter().to(), request.interval(), request.zone());
        return searches.run(searcher -> {
            FacetCountingCollector collector = new FacetCountingCollector(request.facets(), buckets);
            searcher.search(query, collector);
            List<Stats.Bucket> histogram = new ArrayList<>();
            for (int i = 0; buckets != null && i < buckets.size(); i++) {
                histogram.add(new Stats.Bucket(buckets.start(i), collector.histogram()[i]));
            }
            return new Stats(collector.total(), collector.counts(), histogram);
        }, articles);
    }

    @Override
    public List<Article> storyCluster(String clusterId, int limit) {
        return read(articles, searcher -> {
            TopFieldDocs top = searcher.search(new TermQuery(new org.apache.lucene.index.Term(ArticleFields.CLUSTER,
                    clusterId)), Math.max(1, limit), sortOf(Sort.OLDEST));
            List<Article> result = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                result.add(load(searcher, sd.doc));
            }
            return result;
        });
    }

    @Override
    public long count() {
        return read(articles, searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public long deleteBySource(String sourceId) {
        Query query = new TermQuery(new org.apache.lucene.index.Term(ArticleFields.SOURCE,
                ArticleFields.keywordValue(vn.presswatch.store.query.QueryField.SOURCE, sourceId)));
        synchronized (writeLock) {
            var writer = articles.writer();
            try {
                long n = read(articles, searcher -> (long) searcher.count(query));
                writer.deleteDocuments(query);
                articles.commitAndRefresh();
                return n;
            } catch (IOException e) {
                throw new StoreException("cannot delete the articles of source " + sourceId, e);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> RecordCollection<T> records(RecordType<T> type) {
        LuceneRecordCollection<?> collection = collections.computeIfAbsent(type.name(),
                n -> new LuceneRecordCollection<>(records, type));
        if (!collection.type().equals(type)) {
            throw new IllegalArgumentException("record type '" + type.name() + "' is already in use with another"
                    + " definition");
        }
        return (RecordCollection<T>) collection;
    }

    @Override
    public String describe() {
        return "embedded Lucene store at " + settings.dataDirectory() + (settings.readOnly() ? " (read-only)" : "");
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                articles.close();
            } catch (IOException e) {
                throw new StoreException("cannot close the store at " + settings.dataDirectory(), e);
            } finally {
                closeQuietly(records);
            }
        }
        LOG.info("Closed embedded store at {}", settings.dataDirectory());
    }

    private static Article load(IndexSearcher searcher, int doc) throws IOException {
        return load(searcher.storedFields(), doc);
    }

    private static Article load(StoredFields stored, int doc) throws IOException {
        BytesRef json = stored.document(doc, Set.of(ArticleFields.SOURCE_JSON))
                .getBinaryValue(ArticleFields.SOURCE_JSON);
        return ArticleDocuments.fromStored(json);
    }

    /** A read with a searcher of {@code index}, released afterwards. */
    static <R> R read(LuceneIndex index, SearcherFunction<R> fn) {
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        } catch (IOException e) {
            throw new StoreException("cannot read the index in " + index.path(), e);
        }
        try {
            return fn.apply(searcher);
        } catch (IOException e) {
            throw new StoreException("cannot read the index in " + index.path() + ": " + e.getMessage(), e);
        } finally {
            try {
                index.release(searcher);
            } catch (IOException e) {
                LOG.warn("Cannot release a searcher of {}", index.path(), e);
            }
        }
    }

    @FunctionalInterface
    interface SearcherFunction<R> {
        R apply(IndexSearcher searcher) throws IOException;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Cannot close {}", c, e);
        }
    }
}
