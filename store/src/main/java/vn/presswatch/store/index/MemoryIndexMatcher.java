package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import vn.presswatch.store.Article;
import vn.presswatch.store.SavedQuery;
import vn.presswatch.store.SavedQueryMatcher;
import vn.presswatch.store.query.QueryParser;

/**
 * Matches one article against many saved queries: the article is indexed alone in a Lucene {@link MemoryIndex}
 * built from the same document as the embedded index, and each compiled query runs against it (microseconds
 * each). Elasticsearch's minimal distribution has no percolator, so both backends use this.
 */
public final class MemoryIndexMatcher implements SavedQueryMatcher {
    private final List<Compiled> queries;

    private MemoryIndexMatcher(List<Compiled> queries) {
        this.queries = List.copyOf(queries);
    }

    private record Compiled(String id, Query query) {
    }

    /**
     * Parses and compiles saved queries; their time ranges are ignored (an arriving article is "now").
     *
     * @throws IllegalArgumentException a {@code QuerySyntaxException} for the first query that does not parse
     */
    public static MemoryIndexMatcher compile(Collection<SavedQuery> savedQueries) {
        List<Compiled> compiled = new ArrayList<>(savedQueries.size());
        for (SavedQuery saved : savedQueries) {
            Query query = LuceneQueries.of(QueryParser.parse(saved.query()), saved.filter(), false);
            compiled.add(new Compiled(saved.id(), query));
        }
        return new MemoryIndexMatcher(compiled);
    }

    @Override
    public Set<String> matches(Article article) {
        MemoryIndex index = MemoryIndex.fromDocument(ArticleDocuments.toDocument(article, false),
                TextAnalysis.standard());
        Set<String> matched = new LinkedHashSet<>();
        for (Compiled c : queries) {
            if (index.search(c.query()) > 0f) {
                matched.add(c.id());
            }
        }
        return matched;
    }

    @Override
    public int size() {
        return queries.size();
    }
}
