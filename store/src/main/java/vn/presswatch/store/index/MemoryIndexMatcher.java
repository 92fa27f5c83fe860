package vn.presswatch.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import vn.presswatch.store.Article;
import vn.presswatch.store.SavedQuery;
import vn.presswatch.store.SavedQueryMatcher;
import vn.presswatch.store.query.QueryParser;

/**
 * Matches one article against many saved queries: the article is indexed alone in a Lucene {@link MemoryIndex}
 * built from the same document as the embedded index, and the compiled queries run against it. A presearch skips
 * the queries that cannot match: each query is indexed by {@link RequiredTerms} (terms of which a match holds at
 * least one), and only those whose terms the article holds, plus those without such terms, run. Elasticsearch's
 * minimal distribution has no percolator, so both backends use this.
 */
public final class MemoryIndexMatcher implements SavedQueryMatcher {
    private final List<Compiled> queries;
    /** Field, then term, to the indexes of the queries that need it. */
    private final Map<String, Map<BytesRef, int[]>> byTerm;
    /** Queries that run against every article. */
    private final BitSet always;
    private final boolean presearch;

    private MemoryIndexMatcher(List<Compiled> queries, boolean presearch) {
        this.queries = List.copyOf(queries);
        this.presearch = presearch;
        this.always = new BitSet(queries.size());
        Map<String, Map<BytesRef, List<Integer>>> index = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            Set<Term> terms = RequiredTerms.of(queries.get(i).query());
            if (terms == null) {
                always.set(i);
                continue;
            }
            for (Term t : terms) {
                index.computeIfAbsent(t.field(), f -> new HashMap<>())
                        .computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), b -> new ArrayList<>()).add(i);
            }
        }
        this.byTerm = new HashMap<>();
        index.forEach((field, terms) -> {
            Map<BytesRef, int[]> compact = new HashMap<>();
            terms.forEach((bytes, ids) -> compact.put(bytes, ids.stream().mapToInt(Integer::intValue).toArray()));
            byTerm.put(field, compact);
        });
    }

    private record Compiled(String id, Query query) {
    }

    /**
     * Parses and compiles saved queries; their time ranges are ignored (an arriving article is "now").
     *
     * @throws IllegalArgumentException a {@code QuerySyntaxException} for the first query that does not parse
     */
    public static MemoryIndexMatcher compile(Collection<SavedQuery> savedQueries) {
        return compile(savedQueries, true);
    }

    /** As {@link #compile(Collection)}; without presearch every query runs (the reference for tests). */
    static MemoryIndexMatcher compile(Collection<SavedQuery> savedQueries, boolean presearch) {
        List<Compiled> compiled = new ArrayList<>(savedQueries.size());
        for (SavedQuery saved : savedQueries) {
            Query query = LuceneQueries.of(QueryParser.parse(saved.query()), saved.filter(), false);
            compiled.add(new Compiled(saved.id(), query));
        }
        return new MemoryIndexMatcher(compiled, presearch);
    }

    @Override
    public Set<String> matches(Article article) {
        MemoryIndex index = MemoryIndex.fromDocument(ArticleDocuments.toDocument(article, false),
                TextAnalysis.standard());
        BitSet candidates = presearch ? candidates(index) : allQueries();
        Set<String> matched = new LinkedHashSet<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Compiled c = queries.get(i);
            if (index.search(c.query()) > 0f) {
                matched.add(c.id());
            }
        }
        return matched;
    }

    /** The queries that may match: those needing a term the article holds, and those that always run. */
    private BitSet candidates(MemoryIndex index) {
        BitSet candidates = (BitSet) always.clone();
        LeafReader reader = (LeafReader) index.createSearcher().getIndexReader();
        try {
            for (Map.Entry<String, Map<BytesRef, int[]>> field : byTerm.entrySet()) {
                Terms terms = reader.terms(field.getKey());
                if (terms == null) {
                    continue;
                }
                Map<BytesRef, int[]> wanted = field.getValue();
                TermsEnum present = terms.iterator();
                if (wanted.size() < terms.size()) {
                    for (Map.Entry<BytesRef, int[]> w : wanted.entrySet()) {
                        if (present.seekExact(w.getKey())) {
                            for (int q : w.getValue()) {
                                candidates.set(q);
                            }
                        }
                    }
                } else {
                    for (BytesRef term = present.next(); term != null; term = present.next()) {
                        int[] needing = wanted.get(term);
                        if (needing != null) {
                            for (int q : needing) {
                                candidates.set(q);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms of an in-memory index failed", e);
        }
        return candidates;
    }

    private BitSet allQueries() {
        BitSet all = new BitSet(queries.size());
        all.set(0, queries.size());
        return all;
    }

    @Override
    public int size() {
        return queries.size();
    }
}
