package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.index.QueryTranslator;

/**
 * The {@link QueryTranslator} rules as Elasticsearch Query DSL, so both backends match (and score) the same
 * documents. Words arrive already analysed in Java with the index's standard analyzer: one token becomes a
 * {@code term} query, several a {@code match_phrase} of the tokens joined by spaces, which the field's standard
 * analyzer splits back into the same tokens.
 */
final class EsQueries extends QueryTranslator<Query> {
    /**
     * Elasticsearch scores with Lucene's legacy BM25 ({@code LegacyBM25Similarity}), which multiplies every
     * term-based score by {@code k1 + 1} (2.2 with the default k1 of 1.2); the embedded index's {@code
     * BM25Similarity} does not. Dividing the boost of every scoring term and phrase query by it gives the embedded
     * store's scores, and keeps their balance with the constant-score clauses (prefix, match_all), which the factor
     * does not touch. The minimal distribution has no other similarity that would avoid it (scripted similarity
     * needs Painless).
     */
    static final float LEGACY_BM25_FACTOR = 1.2f + 1f;
    private static final EsQueries INSTANCE = new EsQueries();

    private EsQueries() {
    }

    /** The query for a query text and filters; parses first (QuerySyntaxException before any request). */
    static Query search(String queryText, ArticleFilter filter) {
        return INSTANCE.forSearch(queryText, filter);
    }

    @Override
    protected Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    @Override
    protected Query matchNone(String reason) {
        return Query.of(q -> q.matchNone(m -> m));
    }

    @Override
    protected Query term(String field, String value, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).boost(boost / LEGACY_BM25_FACTOR)));
    }

    @Override
    protected Query phrase(String field, List<String> tokens, int slop, float boost) {
        String phrase = String.join(" ", tokens);
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase).slop(slop)
                .boost(boost / LEGACY_BM25_FACTOR)));
    }

    @Override
    protected Query prefix(String field, String prefix, float boost) {
        return Query.of(q -> q.prefix(p -> p.field(field).value(prefix).boost(boost)));
    }

    @Override
    protected Query bool(List<Query> must, List<Query> should, List<Query> mustNot, List<Query> filter) {
        // A bool of only "should" clauses needs one of them (Elasticsearch's default minimum_should_match), as a
        // Lucene BooleanQuery of SHOULD clauses does; the rules never put "should" beside "must" or "filter".
        return Query.of(q -> q.bool(b -> b.must(must).should(should).mustNot(mustNot).filter(filter)));
    }

    @Override
    protected Query range(String field, Long fromInclusive, Long toExclusive) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field).format("epoch_millis");
            if (fromInclusive != null) {
                d.gte(Long.toString(fromInclusive));
            }
            if (toExclusive != null) {
                d.lt(Long.toString(toExclusive));
            }
            return d;
        })));
    }

    @Override
    protected Query anyOf(String field, List<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }
}
