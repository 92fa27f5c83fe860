package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * For a query, a set of terms of which every matching document holds at least one, so that a saved query need
 * only run against articles holding one of them (the presearch of Lucene's monitor, for the query shapes
 * {@link LuceneQueries} builds). {@code null} means no such set is known, and the query must always run; an
 * empty set means nothing can match.
 */
final class RequiredTerms {
    /** Keyword fields whose values most articles share: a poor choice when a text term is also required. */
    private static final Set<String> COMMON_FIELDS = Set.of(ArticleFields.ORIGIN, ArticleFields.LANG,
            ArticleFields.TONE, ArticleFields.TOPIC, ArticleFields.SOURCE);

    private RequiredTerms() {
    }

    static Set<Term> of(Query query) {
        if (query instanceof BoostQuery boost) {
            return of(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return of(constant.getQuery());
        }
        if (query instanceof TermQuery term) {
            return Set.of(term.getTerm());
        }
        if (query instanceof PhraseQuery phrase) {
            // Every term of a phrase is required: the longest is likely the rarest.
            Term best = null;
            for (Term t : phrase.getTerms()) {
                if (best == null || t.bytes().length > best.bytes().length) {
                    best = t;
                }
            }
            return best == null ? Set.of() : Set.of(best);
        }
        if (query instanceof MatchNoDocsQuery) {
            return Set.of();
        }
        if (query instanceof BooleanQuery bool) {
            return ofBoolean(bool);
        }
        // Prefixes, ranges, term sets, match-all: unknown.
        return null;
    }

    private static Set<Term> ofBoolean(BooleanQuery bool) {
        List<Set<Term>> required = new ArrayList<>();
        List<BooleanClause> optional = new ArrayList<>();
        boolean anyRequired = false;
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.getOccur()) {
                case MUST, FILTER -> {
                    anyRequired = true;
                    Set<Term> terms = of(clause.getQuery());
                    if (terms != null) {
                        required.add(terms);
                    }
                }
                case SHOULD -> optional.add(clause);
                case MUST_NOT -> {
                    // excluding terms never makes a term required
                }
            }
        }
        if (anyRequired) {
            return required.isEmpty() ? null : best(required);
        }
        if (optional.isEmpty()) {
            return Set.of(); // only prohibitions: Lucene matches nothing
        }
        if (bool.getMinimumNumberShouldMatch() > optional.size()) {
            return Set.of();
        }
        // A pure disjunction: a match holds a term of at least one clause.
        Set<Term> union = new HashSet<>();
        for (BooleanClause clause : optional) {
            Set<Term> terms = of(clause.getQuery());
            if (terms == null) {
                return null;
            }
            union.addAll(terms);
        }
        return union;
    }

    /** Of several required clauses, the one whose terms are likely rarest: text over common keywords, fewer, longer. */
    private static Set<Term> best(List<Set<Term>> candidates) {
        Set<Term> best = null;
        long bestScore = Long.MIN_VALUE;
        for (Set<Term> terms : candidates) {
            if (terms.isEmpty()) {
                return terms;
            }
            int shortest = Integer.MAX_VALUE;
            boolean common = false;
            for (Term t : terms) {
                shortest = Math.min(shortest, t.bytes().length);
                common |= COMMON_FIELDS.contains(t.field());
            }
            long score = (common ? 0 : 1_000_000L) + shortest * 1_000L - terms.size();
            if (score > bestScore) {
                bestScore = score;
                best = terms;
            }
        }
        return best;
    }
}
