package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.Tone;
import vn.presswatch.store.index.ArticleFields.WeightedField;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.query.QueryParser;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The rules that turn a parsed query and a filter into a backend's query, written once so that both backends
 * match and rank the same documents; each backend supplies only the primitive queries. The rules:
 * <ul>
 *   <li>a word matches its folded twin field (so "Hai Phong" finds "Hải Phòng") and, boosted by
 *       {@link ArticleFields#EXACT_BOOST}, the exact field, so matches with the diacritics as typed rank first;</li>
 *   <li>words are analysed here, in Java, with the standard analyzer of the index: one token is a term, several
 *       (as typed, or split by the analyzer like "COVID-19") a phrase; text with no word in it matches nothing;</li>
 *   <li>title, lead and text weigh {@link ArticleFields#TITLE_BOOST}, {@link ArticleFields#LEAD_BOOST} and
 *       {@link ArticleFields#TEXT_BOOST};</li>
 *   <li>a negation alone, or an AND of negations only, means "all articles except";</li>
 *   <li>filters do not score; time ranges are from inclusive, to exclusive.</li>
 * </ul>
 *
 * @param <Q> the backend's query type
 */
public abstract class QueryTranslator<Q> {

    /** Every document. */
    protected abstract Q matchAll();

    /** No document. */
    protected abstract Q matchNone(String reason);

    /** An exact term in a field; {@code boost} 1 means none. */
    protected abstract Q term(String field, String value, float boost);

    /** Analysed tokens in order within {@code slop} positions (at least two tokens). */
    protected abstract Q phrase(String field, List<String> tokens, int slop, float boost);

    /** Terms starting with {@code prefix} (constant score). */
    protected abstract Q prefix(String field, String prefix, float boost);

    /**
     * A boolean query. The rules never mix {@code must} and {@code should}: a query of only {@code should}
     * clauses needs at least one of them to match.
     */
    protected abstract Q bool(List<Q> must, List<Q> should, List<Q> mustNot, List<Q> filter);

    /** Epoch milliseconds in {@code [fromInclusive, toExclusive)}; a null bound is open. Non-scoring. */
    protected abstract Q range(String field, Long fromInclusive, Long toExclusive);

    /** Any of these exact values (sorted, non-empty). Non-scoring. */
    protected abstract Q anyOf(String field, List<String> values);

    /** The query for a query text and filters (a malformed text throws {@code QuerySyntaxException}). */
    public final Q forSearch(String queryText, ArticleFilter filter) {
        return combine(query(QueryParser.parse(queryText)), filter, true);
    }

    /** {@code query} restricted by {@code filter} (its time range only if {@code withTime}). */
    public final Q combine(Q query, ArticleFilter filter, boolean withTime) {
        List<Q> filters = filters(filter, withTime);
        return filters.isEmpty() ? query : bool(List.of(query), List.of(), List.of(), filters);
    }

    /** The query of a parsed query. */
    public final Q query(QueryNode node) {
        if (node instanceof QueryNode.Not not) {
            return bool(List.of(matchAll()), List.of(), List.of(query(not.clause())), List.of());
        } else if (node instanceof QueryNode.Term t) {
            return t.field().isFullText() ? words(t.field(), t.text(), 0) : keyword(t.field(), t.text());
        } else if (node instanceof QueryNode.Phrase p) {
            return p.field().isFullText() ? words(p.field(), p.text(), p.slop()) : keyword(p.field(), p.text());
        } else if (node instanceof QueryNode.Prefix p) {
            return prefixes(p.field(), p.prefix());
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        } else if (node instanceof QueryNode.Or or) {
            return bool(List.of(), or.clauses().stream().map(this::query).toList(), List.of(), List.of());
        }
        return matchAll();
    }

    private Q and(List<QueryNode> clauses) {
        List<Q> must = new ArrayList<>();
        List<Q> mustNot = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not) {
                mustNot.add(query(not.clause()));
            } else {
                must.add(query(clause));
            }
        }
        if (must.isEmpty()) {
            must.add(matchAll());
        }
        return bool(must, List.of(), mustNot, List.of());
    }

    private Q words(QueryField field, String text, int slop) {
        List<String> exact = TextAnalysis.tokens(text);
        List<String> folded = TextAnalysis.tokens(VietnameseFolding.fold(text));
        if (exact.isEmpty() || folded.isEmpty()) {
            return matchNone("no searchable word in '" + text + "'");
        }
        List<Q> should = new ArrayList<>();
        for (WeightedField f : ArticleFields.textFields(field)) {
            should.add(wordsIn(f.name(), exact, slop, f.boost() * ArticleFields.EXACT_BOOST));
            should.add(wordsIn(f.folded(), folded, slop, f.boost()));
        }
        return bool(List.of(), should, List.of(), List.of());
    }

    private Q wordsIn(String field, List<String> tokens, int slop, float boost) {
        return tokens.size() == 1 ? term(field, tokens.get(0), boost) : phrase(field, tokens, slop, boost);
    }

    private Q prefixes(QueryField field, String typed) {
        String exact = typed.toLowerCase(Locale.ROOT);
        String folded = VietnameseFolding.foldLower(typed);
        List<Q> should = new ArrayList<>();
        for (WeightedField f : ArticleFields.textFields(field)) {
            should.add(prefix(f.name(), exact, f.boost() * ArticleFields.EXACT_BOOST));
            should.add(prefix(f.folded(), folded, f.boost()));
        }
        return bool(List.of(), should, List.of(), List.of());
    }

    private Q keyword(QueryField field, String value) {
        return term(ArticleFields.keywordField(field), ArticleFields.keywordValue(field, value), 1f);
    }

    /** The non-scoring restrictions of a filter, one per restricted dimension. */
    public final List<Q> filters(ArticleFilter filter, boolean withTime) {
        List<Q> result = new ArrayList<>();
        if (withTime && (filter.from() != null || filter.to() != null)) {
            result.add(range(ArticleFields.DATE, filter.from() == null ? null : filter.from().toEpochMilli(),
                    filter.to() == null ? null : filter.to().toEpochMilli()));
        }
        addValues(result, ArticleFields.SOURCE, filter.sources(), v -> ArticleFields.keywordValue(QueryField.SOURCE, v));
        addValues(result, ArticleFields.TOPIC, filter.topics(), v -> ArticleFields.keywordValue(QueryField.TOPIC, v));
        addValues(result, ArticleFields.TONE, ids(filter.tones()), v -> v);
        addValues(result, ArticleFields.LANG, filter.languages(), v -> ArticleFields.keywordValue(QueryField.LANG, v));
        addValues(result, ArticleFields.LOCALITY_KEY, filter.localities(),
                v -> ArticleFields.keywordValue(QueryField.LOCALITY, v));
        if (filter.origin() != null) {
            result.add(anyOf(ArticleFields.ORIGIN, List.of(filter.origin().id())));
        }
        return result;
    }

    private static Set<String> ids(Collection<Tone> tones) {
        Set<String> ids = new TreeSet<>();
        tones.forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void addValues(List<Q> result, String field, Set<String> values, Function<String, String> normalise) {
        if (!values.isEmpty()) {
            // Sorted: a stable request (and Elasticsearch request-cache key) for the same filter.
            result.add(anyOf(field, List.copyOf(new TreeSet<>(values.stream().map(normalise).toList()))));
        }
    }
}
