package vn.presswatch.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.internal.Json;

/**
 * The records of one kind in the embedded {@code records/} index: one document per record holding its JSON, its
 * kind, its id and its indexed attributes. Writes are serialised on the index and committed before returning.
 */
final class LuceneRecordCollection<T> implements RecordCollection<T> {
    private static final String TYPE = "_type";
    private static final String KEY = "_key";
    private static final String ID = "_id";
    private static final String JSON = "_json";
    private static final String ATTR = "attr.";

    /** Largest {@link #all()} kept between calls; bigger kinds (the audit log) are read each time. */
    private static final int CACHED_ALL_MAX = 5_000;

    /** What {@link #all()} read, and the version of the index it read it from. */
    private record Snapshot<T>(long version, List<T> records) {
    }

    private final LuceneIndex index;
    private final RecordType<T> type;
    /**
     * The last {@link #all()}, valid while the index keeps its version: every page of search hits asks for the
     * sources' names, and decoding them each time took a sixth of a search's CPU during ingest (issue 6).
     */
    private final AtomicReference<Snapshot<T>> lastAll = new AtomicReference<>();

    LuceneRecordCollection(LuceneIndex index, RecordType<T> type) {
        this.index = index;
        this.type = type;
    }

    RecordType<T> type() {
        return type;
    }

    private Term key(String id) {
        return new Term(KEY, type.name() + '\u0000' + id);
    }

    @Override
    public Optional<T> get(String id) {
        List<T> found = query(new TermQuery(key(id)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** {@inheritDoc} The list is unmodifiable. */
    @Override
    public List<T> all() {
        return LuceneArticleStore.read(index, searcher -> {
            // Any write to the records index (ours or another process's, for a read-only store) changes the version.
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            Snapshot<T> last = lastAll.get();
            if (last != null && last.version() == version) {
                return last.records();
            }
            List<T> records = List.copyOf(query(searcher, new TermQuery(new Term(TYPE, type.name()))));
            if (records.size() <= CACHED_ALL_MAX) {
                lastAll.set(new Snapshot<>(version, records));
            }
            return records;
        });
    }

    @Override
    public List<T> find(String attribute, String value) {
        if (!type.attributes().containsKey(attribute)) {
            throw new IllegalArgumentException(type.name() + " records have no indexed attribute '" + attribute
                    + "'; indexed: " + type.attributes().keySet());
        }
        return query(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, type.name())), Occur.FILTER)
                .add(new TermQuery(new Term(ATTR + attribute, value)), Occur.FILTER).build());
    }

    @Override
    public List<T> latest(String attribute, String value, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000: " + limit);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, type.name())), Occur.FILTER);
        if (attribute != null) {
            if (!type.attributes().containsKey(attribute)) {
                throw new IllegalArgumentException(type.name() + " records have no indexed attribute '" + attribute
                        + "'; indexed: " + type.attributes().keySet());
            }
            query.add(new TermQuery(new Term(ATTR + attribute, value)), Occur.FILTER);
        }
        return LuceneArticleStore.read(index, searcher -> {
            TopFieldDocs top = searcher.search(query.build(), new TopFieldCollectorManager(
                    new org.apache.lucene.search.Sort(new SortField(ID, SortField.Type.STRING, true)), limit, null,
                    limit));
            List<T> result = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                result.add(load(searcher, sd.doc));
            }
            return result;
        });
    }

    @Override
    public long count() {
        return LuceneArticleStore.read(index, s -> (long) s.count(new TermQuery(new Term(TYPE, type.name()))));
    }

    @Override
    public void put(T record) {
        write(record, false);
    }

    @Override
    public boolean putIfAbsent(T record) {
        return write(record, true);
    }

    @Override
    public boolean delete(String id) {
        synchronized (index) {
            try {
                boolean existed = get(id).isPresent();
                if (existed) {
                    index.writer().deleteDocuments(key(id));
                    index.commitAndRefresh();
                }
                return existed;
            } catch (IOException e) {
                throw new StoreException("cannot delete " + type.name() + " " + id, e);
            }
        }
    }

    @Override
    public void putAll(Collection<T> records) {
        writeAll(records, false);
    }

    @Override
    public Set<String> putAllIfAbsent(Collection<T> records) {
        return writeAll(records, true);
    }

    private boolean write(T record, boolean onlyIfAbsent) {
        return !writeAll(List.of(record), onlyIfAbsent).isEmpty();
    }

    /** Writes the records with one commit; returns the ids written. */
    private Set<String> writeAll(Collection<T> records, boolean onlyIfAbsent) {
        List<Map.Entry<String, Document>> docs = new ArrayList<>(records.size());
        for (T record : records) {
            String id = type.idOf(record);
            docs.add(Map.entry(id, document(record, id)));
        }
        Set<String> written = new LinkedHashSet<>();
        if (docs.isEmpty()) {
            return written;
        }
        // One lock per index: the existence checks and the writes must not interleave with another writer's.
        synchronized (index) {
            String current = null;
            try {
                for (Map.Entry<String, Document> doc : docs) {
                    current = doc.getKey();
                    if (onlyIfAbsent && (written.contains(current) || get(current).isPresent())) {
                        continue;
                    }
                    index.writer().updateDocument(key(current), doc.getValue());
                    written.add(current);
                }
                if (!written.isEmpty()) {
                    index.commitAndRefresh();
                }
                return written;
            } catch (IOException e) {
                throw new StoreException("cannot store " + type.name() + " " + current + ": " + e.getMessage(), e);
            }
        }
    }

    private Document document(T record, String id) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, type.name(), Field.Store.NO));
        doc.add(new StringField(KEY, key(id).text(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        type.attributes().forEach((name, values) -> {
            Collection<String> vs = values.apply(record);
            if (vs != null) {
                vs.forEach(v -> doc.add(new StringField(ATTR + name, v, Field.Store.NO)));
            }
        });
        doc.add(new StoredField(JSON, Json.toBytes(record)));
        return doc;
    }

    private List<T> query(Query query) {
        return LuceneArticleStore.read(index, searcher -> query(searcher, query));
    }

    private List<T> query(IndexSearcher searcher, Query query) throws IOException {
        int n = Math.max(1, searcher.count(query));
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(
                new org.apache.lucene.search.Sort(new SortField(ID, SortField.Type.STRING)), n, null, n));
        List<T> result = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            result.add(load(searcher, sd.doc));
        }
        return result;
    }

    private T load(IndexSearcher searcher, int doc) throws IOException {
        BytesRef json = searcher.storedFields().document(doc, Set.of(JSON)).getBinaryValue(JSON);
        return Json.fromBytes(json.bytes, json.offset, json.length, type.type());
    }
}
