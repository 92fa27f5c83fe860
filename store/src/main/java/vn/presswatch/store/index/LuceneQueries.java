package vn.presswatch.store.index;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.query.QueryNode;

/**
 * The {@link QueryTranslator} rules as Lucene queries over {@link ArticleFields}: used by the embedded index, the
 * saved-query matcher, and as the reference the Elasticsearch translation must agree with.
 */
public final class LuceneQueries extends QueryTranslator<Query> {
    private static final LuceneQueries INSTANCE = new LuceneQueries();

    private LuceneQueries() {
    }

    /** The query for a query text and filters; the filters do not score. */
    public static Query search(String queryText, ArticleFilter filter) {
        return INSTANCE.forSearch(queryText, filter);
    }

    /** The Lucene query of a parsed query restricted by a filter (its time range only if {@code withTime}). */
    public static Query of(QueryNode node, ArticleFilter filter, boolean withTime) {
        return INSTANCE.combine(INSTANCE.query(node), filter, withTime);
    }

    @Override
    protected Query matchAll() {
        return new MatchAllDocsQuery();
    }

    @Override
    protected Query matchNone(String reason) {
        return new MatchNoDocsQuery(reason);
    }

    @Override
    protected Query term(String field, String value, float boost) {
        return boost(new TermQuery(new Term(field, value)), boost);
    }

    @Override
    protected Query phrase(String field, List<String> tokens, int slop, float boost) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        tokens.forEach(t -> phrase.add(new Term(field, t)));
        return boost(phrase.build(), boost);
    }

    @Override
    protected Query prefix(String field, String prefix, float boost) {
        return boost(new PrefixQuery(new Term(field, prefix)), boost);
    }

    @Override
    protected Query bool(List<Query> must, List<Query> should, List<Query> mustNot, List<Query> filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        must.forEach(q -> b.add(q, Occur.MUST));
        should.forEach(q -> b.add(q, Occur.SHOULD));
        mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
        filter.forEach(q -> b.add(q, Occur.FILTER));
        return b.build();
    }

    @Override
    protected Query range(String field, Long fromInclusive, Long toExclusive) {
        return LongPoint.newRangeQuery(field, fromInclusive == null ? Long.MIN_VALUE : fromInclusive,
                toExclusive == null ? Long.MAX_VALUE : toExclusive - 1);
    }

    @Override
    protected Query anyOf(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
