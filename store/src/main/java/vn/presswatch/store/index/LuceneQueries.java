package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.presswatch.store.Tone;
import vn.presswatch.store.index.ArticleFields.WeightedField;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.query.QueryParser;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Translates parsed queries and filters into Lucene queries over {@link ArticleFields}. A word matches its
 * folded twin field (so "Hai Phong" finds "Hải Phòng") and, with {@link ArticleFields#EXACT_BOOST}, the exact
 * field, so matches with the diacritics as typed rank first. The Elasticsearch backend mirrors these rules.
 */
public final class LuceneQueries {

    private LuceneQueries() {
    }

    /** The query for a query text and filters; the filters do not score. */
    public static Query forSearch(String queryText, ArticleFilter filter) {
        return combine(toQuery(QueryParser.parse(queryText)), filter, true);
    }

    /** {@code query} restricted by {@code filter} (its time range only if {@code withTime}). */
    public static Query combine(Query query, ArticleFilter filter, boolean withTime) {
        List<Query> filters = filters(filter, withTime);
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    /** The Lucene query of a parsed query. */
    public static Query toQuery(QueryNode node) {
        if (node instanceof QueryNode.Not not) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(toQuery(not.clause()), Occur.MUST_NOT).build();
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
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            or.clauses().forEach(c -> b.add(toQuery(c), Occur.SHOULD));
            return b.build();
        } else if (node instanceof QueryNode.Not not) {
            return toQuery(not);
        }
        return new MatchAllDocsQuery();
    }

    private static Query and(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean anyPositive = false;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not) {
                b.add(toQuery(not.clause()), Occur.MUST_NOT);
            } else {
                b.add(positive(clause), Occur.MUST);
                anyPositive = true;
            }
        }
        if (!anyPositive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /**
     * Words in the text fields of {@code field}: one word is a term, several (as typed, or split by the analyzer,
     * like "COVID-19") a phrase with {@code slop}. Text with no word in it matches nothing.
     */
    private static Query words(QueryField field, String text, int slop) {
        List<String> exact = TextAnalysis.tokens(text);
        List<String> folded = TextAnalysis.tokens(VietnameseFolding.fold(text));
        if (exact.isEmpty()) {
            return new MatchNoDocsQuery("no searchable word in '" + text + "'");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (WeightedField f : ArticleFields.textFields(field)) {
            b.add(boost(wordsIn(f.name(), exact, slop), f.boost() * ArticleFields.EXACT_BOOST), Occur.SHOULD);
            b.add(boost(wordsIn(f.folded(), folded, slop), f.boost()), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query wordsIn(String field, List<String> tokens, int slop) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        tokens.forEach(t -> phrase.add(new Term(field, t)));
        return phrase.build();
    }

    private static Query prefix(QueryField field, String prefix) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String exact = prefix.toLowerCase(Locale.ROOT);
        String folded = VietnameseFolding.foldLower(prefix);
        for (WeightedField f : ArticleFields.textFields(field)) {
            b.add(boost(new PrefixQuery(new Term(f.name(), exact)), f.boost() * ArticleFields.EXACT_BOOST), Occur.SHOULD);
            b.add(boost(new PrefixQuery(new Term(f.folded(), folded)), f.boost()), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query keyword(QueryField field, String value) {
        return new TermQuery(new Term(ArticleFields.keywordField(field), ArticleFields.keywordValue(field, value)));
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** The non-scoring restrictions of a filter, one query per restricted dimension. */
    public static List<Query> filters(ArticleFilter filter, boolean withTime) {
        List<Query> result = new ArrayList<>();
        if (withTime && (filter.from() != null || filter.to() != null)) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli() - 1;
            result.add(LongPoint.newRangeQuery(ArticleFields.DATE, from, to));
        }
        addTerms(result, ArticleFields.SOURCE, filter.sources(), v -> ArticleFields.keywordValue(QueryField.SOURCE, v));
        addTerms(result, ArticleFields.TOPIC, filter.topics(), v -> ArticleFields.keywordValue(QueryField.TOPIC, v));
        addTerms(result, ArticleFields.TONE, filter.tones().stream().map(Tone::id).collect(Collectors.toSet()), v -> v);
        addTerms(result, ArticleFields.LANG, filter.languages(), v -> ArticleFields.keywordValue(QueryField.LANG, v));
        addTerms(result, ArticleFields.LOCALITY_KEY, filter.localities(),
                v -> ArticleFields.keywordValue(QueryField.LOCALITY, v));
        if (filter.origin() != null) {
            result.add(new TermQuery(new Term(ArticleFields.ORIGIN, filter.origin().id())));
        }
        return result;
    }

    private static void addTerms(List<Query> result, String field, Set<String> values, Function<String, String> norm) {
        if (!values.isEmpty()) {
            result.add(new TermInSetQuery(field, values.stream().map(norm).map(BytesRef::new).toList()));
        }
    }
}
