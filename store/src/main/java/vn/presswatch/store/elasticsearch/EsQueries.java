package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.index.ArticleFields;
import vn.presswatch.store.index.ArticleFields.WeightedField;
import vn.presswatch.store.index.TextAnalysis;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.query.QueryParser;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Translates parsed queries and filters into Elasticsearch Query DSL, rule for rule as {@code LuceneQueries} builds
 * the embedded index's queries, so both backends match (and score) the same documents: a word matches its folded
 * twin field and, with {@link ArticleFields#EXACT_BOOST}, the exact field; the words are analysed here in Java with
 * the same standard analyzer, so a single token becomes a {@code term} query and several a {@code match_phrase}.
 */
final class EsQueries {
    /**
     * Elasticsearch scores with Lucene's legacy BM25 ({@code LegacyBM25Similarity}), which multiplies every
     * term-based score by {@code k1 + 1} (2.2 with the default k1 of 1.2); the embedded index's {@code
     * BM25Similarity} does not. Dividing the boost of every scoring term and phrase query by it gives the embedded
     * store's scores, and keeps their balance with the constant-score clauses (prefix, match_all), which the factor
     * does not touch. The minimal distribution has no other similarity that would avoid it (scripted similarity
     * needs Painless).
     */
    static final float LEGACY_BM25_FACTOR = 1.2f + 1f;

    private EsQueries() {
    }

    /** The query for a query text and filters; the filters do not score. Parses first (QuerySyntaxException). */
    static Query forSearch(String queryText, ArticleFilter filter) {
        return combine(toQuery(QueryParser.parse(queryText)), filter);
    }

    /** {@code query} restricted by {@code filter}. */
    static Query combine(Query query, ArticleFilter filter) {
        List<Query> filters = filters(filter);
        if (filters.isEmpty()) {
            return query;
        }
        // The query stays a scoring "must" clause; a bool of only "should" clauses beside a "filter" would make them
        // optional, so the query is never flattened into this bool.
        return bool(b -> b.must(query).filter(filters));
    }

    static Query toQuery(QueryNode node) {
        if (node instanceof QueryNode.Not not) {
            return bool(b -> b.must(matchAll()).mustNot(toQuery(not.clause())));
        }
        return positive(node);
    }

    private static Query positive(QueryNode node) {
        if (node instanceof QueryNode.Term t) {
            return t.field().isFullText() ? words(t.field(), t.text(), 0) : keyword(t.field(), t.text());
        } else if (node instanceof QueryNode.Phrase p) {
            return p.field().isFullText() ? words(p.field(), p.text(), p.slop()) : keyword(p.field(), p.text());
        } else if (node instanceof QueryNode.Prefix p) {
            return prefix(p.field(), p.prefix());
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        } else if (node instanceof QueryNode.Or or) {
            List<Query> clauses = or.clauses().stream().map(EsQueries::toQuery).toList();
            // Only "should" clauses: at least one must match, as in a Lucene BooleanQuery of SHOULD clauses.
            return bool(b -> b.should(clauses));
        } else if (node instanceof QueryNode.Not not) {
            return toQuery(not);
        }
        return matchAll();
    }

    private static Query and(List<QueryNode> clauses) {
        List<Query> must = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not) {
                mustNot.add(toQuery(not.clause()));
            } else {
                must.add(positive(clause));
            }
        }
        if (must.isEmpty()) {
            must.add(matchAll());
        }
        return bool(b -> b.must(must).mustNot(mustNot));
    }

    /** Words in the text fields of {@code field}; text with no word in it matches nothing. */
    private static Query words(QueryField field, String text, int slop) {
        List<String> exact = TextAnalysis.tokens(text);
        List<String> folded = TextAnalysis.tokens(VietnameseFolding.fold(text));
        if (exact.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        List<Query> should = new ArrayList<>();
        for (WeightedField f : ArticleFields.textFields(field)) {
            should.add(wordsIn(f.name(), exact, slop, f.boost() * ArticleFields.EXACT_BOOST));
            should.add(wordsIn(f.folded(), folded, slop, f.boost()));
        }
        return bool(b -> b.should(should));
    }

    /**
     * One token: a term query (no analysis at search time, the token is already what the index holds). Several: a
     * phrase of the tokens joined by spaces, which the field's standard analyzer splits back into the same tokens.
     */
    private static Query wordsIn(String field, List<String> tokens, int slop, float boost) {
        if (tokens.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        if (tokens.size() == 1) {
            return Query.of(q -> q.term(t -> t.field(field).value(tokens.get(0)).boost(boost / LEGACY_BM25_FACTOR)));
        }
        String phrase = String.join(" ", tokens);
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase).slop(slop)
                .boost(boost / LEGACY_BM25_FACTOR)));
    }

    private static Query prefix(QueryField field, String prefix) {
        String exact = prefix.toLowerCase(Locale.ROOT);
        String folded = VietnameseFolding.foldLower(prefix);
        List<Query> should = new ArrayList<>();
        for (WeightedField f : ArticleFields.textFields(field)) {
            float exactBoost = f.boost() * ArticleFields.EXACT_BOOST;
            should.add(Query.of(q -> q.prefix(p -> p.field(f.name()).value(exact).boost(exactBoost))));
            should.add(Query.of(q -> q.prefix(p -> p.field(f.folded()).value(folded).boost(f.boost()))));
        }
        return bool(b -> b.should(should));
    }

    private static Query keyword(QueryField field, String value) {
        String indexed = ArticleFields.keywordValue(field, value);
        return Query.of(q -> q.term(t -> t.field(ArticleFields.keywordField(field)).value(indexed)
                .boost(1f / LEGACY_BM25_FACTOR)));
    }

    /** The non-scoring restrictions of a filter, one query per restricted dimension. */
    static List<Query> filters(ArticleFilter filter) {
        List<Query> result = new ArrayList<>();
        if (filter.from() != null || filter.to() != null) {
            // Epoch milliseconds, as indexed; from inclusive, to exclusive, as ArticleFilter defines them.
            result.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(ArticleFields.DATE).format("epoch_millis");
                if (filter.from() != null) {
                    d.gte(Long.toString(filter.from().toEpochMilli()));
                }
                if (filter.to() != null) {
                    d.lt(Long.toString(filter.to().toEpochMilli()));
                }
                return d;
            }))));
        }
        addTerms(result, ArticleFields.SOURCE, filter.sources(), v -> ArticleFields.keywordValue(QueryField.SOURCE, v));
        addTerms(result, ArticleFields.TOPIC, filter.topics(), v -> ArticleFields.keywordValue(QueryField.TOPIC, v));
        Set<String> tones = new TreeSet<>();
        filter.tones().forEach(t -> tones.add(t.id()));
        addTerms(result, ArticleFields.TONE, tones, v -> v);
        addTerms(result, ArticleFields.LANG, filter.languages(), v -> ArticleFields.keywordValue(QueryField.LANG, v));
        addTerms(result, ArticleFields.LOCALITY_KEY, filter.localities(),
                v -> ArticleFields.keywordValue(QueryField.LOCALITY, v));
        if (filter.origin() != null) {
            result.add(Query.of(q -> q.term(t -> t.field(ArticleFields.ORIGIN).value(filter.origin().id()))));
        }
        return result;
    }

    private static void addTerms(List<Query> result, String field, Set<String> values, Function<String, String> norm) {
        if (values.isEmpty()) {
            return;
        }
        // Sorted for a stable request (and request cache key).
        List<FieldValue> normalised = new TreeSet<>(values.stream().map(norm).toList()).stream()
                .map(FieldValue::of).toList();
        result.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(normalised)))));
    }

    static Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    private static Query bool(Function<BoolQuery.Builder, BoolQuery.Builder> fn) {
        return Query.of(q -> q.bool(b -> fn.apply(b)));
    }
}
