package vn.presswatch.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import vn.presswatch.store.Article;
import vn.presswatch.store.SearchResult.Highlights;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.query.QueryParser;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Marks the words a query matched in an article's title and text, diacritic-insensitively ("Hai Phong" marks
 * "Hải Phòng"), computed in Java from the stored text so both backends give identical snippets. Output is
 * HTML-escaped with {@code <mark>} around matches: article text is hostile input.
 */
public final class SnippetHighlighter {
    private static final String FIELD = "hl";
    private static final int FRAGMENT_CHARS = 180;
    private static final int MAX_FRAGMENTS = 2;
    private static final int PLAIN_SNIPPET_CHARS = 240;
    private static final Encoder ENCODER = new SimpleHTMLEncoder();

    private final Query titleQuery;
    private final Query textQuery;

    private SnippetHighlighter(Query titleQuery, Query textQuery) {
        this.titleQuery = titleQuery;
        this.textQuery = textQuery;
    }

    /** A highlighter for one query text (parsed; a malformed one throws {@code QuerySyntaxException}). */
    public static SnippetHighlighter forQuery(String queryText) {
        QueryNode node = QueryParser.parse(queryText);
        return new SnippetHighlighter(foldedQuery(node, Set.of(QueryField.ANY, QueryField.TITLE)),
                foldedQuery(node, Set.of(QueryField.ANY, QueryField.TEXT)));
    }

    /** The highlights of one article. */
    public Highlights highlight(Article article) {
        String title = titleQuery == null ? null : mark(titleQuery, article.title(), true);
        String body = article.lead().isEmpty() ? article.text() : article.lead() + "\n" + article.text();
        String snippet = textQuery == null ? null : mark(textQuery, body, false);
        return new Highlights(title != null ? title : ENCODER.encodeText(article.title()),
                snippet != null ? snippet : ENCODER.encodeText(start(body)));
    }

    private static String mark(Query query, String text, boolean whole) {
        if (text.isEmpty()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(query, FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
        highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        try {
            String[] fragments = highlighter.getBestFragments(
                    TextAnalysis.folding().tokenStream(FIELD, text), text, MAX_FRAGMENTS);
            if (fragments.length == 0) {
                return null;
            }
            return String.join(" … ", List.of(fragments)).strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new StoreException("cannot highlight article text", e);
        }
    }

    /** The start of a text, cut at a word boundary. */
    private static String start(String text) {
        if (text.length() <= PLAIN_SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
        return text.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + " …";
    }

    /**
     * The positive full-text clauses of {@code node} scoped to {@code scopes}, as folded queries on {@link #FIELD};
     * null when there are none (nothing to mark). Negated clauses are left out: they matched nothing.
     */
    private static Query foldedQuery(QueryNode node, Set<QueryField> scopes) {
        List<Query> clauses = new ArrayList<>();
        collect(node, scopes, clauses);
        if (clauses.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, Occur.SHOULD));
        return b.build();
    }

    private static void collect(QueryNode node, Set<QueryField> scopes, List<Query> out) {
        if (node instanceof QueryNode.And and) {
            and.clauses().forEach(c -> collect(c, scopes, out));
        } else if (node instanceof QueryNode.Or or) {
            or.clauses().forEach(c -> collect(c, scopes, out));
        } else if (node instanceof QueryNode.Term t && scopes.contains(t.field())) {
            words(t.text(), 0, out);
        } else if (node instanceof QueryNode.Phrase p && scopes.contains(p.field())) {
            words(p.text(), p.slop(), out);
        } else if (node instanceof QueryNode.Prefix p && scopes.contains(p.field())) {
            out.add(new PrefixQuery(new Term(FIELD, VietnameseFolding.foldLower(p.prefix()))));
        }
    }

    private static void words(String text, int slop, List<Query> out) {
        List<String> tokens = TextAnalysis.tokens(VietnameseFolding.fold(text).toLowerCase(Locale.ROOT));
        if (tokens.size() == 1) {
            out.add(new TermQuery(new Term(FIELD, tokens.get(0))));
        } else if (tokens.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
            tokens.forEach(t -> phrase.add(new Term(FIELD, t)));
            out.add(phrase.build());
        }
    }
}
