package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.presswatch.store.Article;
import vn.presswatch.store.SearchResult.Highlights;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.query.QueryParser;

/**
 * Marks the words a query matched in an article's title and text, diacritic-insensitively ("Hai Phong" marks
 * "Hải Phòng"), computed in Java from the stored text so both backends give identical snippets. Output is
 * HTML-escaped with {@code <mark>} around matches: article text is hostile input.
 *
 * <p>The snippet is the best one or two passages of about {@value #FRAGMENT_CHARS} characters of the lead and
 * text: the text is cut after the first word ending past each multiple of that length (never inside a phrase
 * match, nor in the last half-passage), passages rank by how many different query words they mark, then by
 * their order, and two adjacent passages are joined. These are the rules of Lucene's classic highlighter
 * ({@code Highlighter}, {@code QueryScorer}, {@code SimpleSpanFragmenter}), whose output this reproduces
 * with one pass of the tokenizer per text instead of an in-memory index per hit (issue 6). Thread-safe.
 */
public final class SnippetHighlighter {
    private static final int FRAGMENT_CHARS = 180;
    private static final int MAX_FRAGMENTS = 2;
    private static final int PLAIN_SNIPPET_CHARS = 240;
    private static final String SEPARATOR = " … ";

    /** Tokens {@code first} (inclusive) to {@code last} (exclusive) of a text; {@code num} is its rank in the text. */
    private record Passage(int num, int first, int last, int score) {
    }

    private final HighlightTerms titleTerms;
    private final HighlightTerms textTerms;

    private SnippetHighlighter(HighlightTerms titleTerms, HighlightTerms textTerms) {
        this.titleTerms = titleTerms;
        this.textTerms = textTerms;
    }

    /** A highlighter for one query text (parsed; a malformed one throws {@code QuerySyntaxException}). */
    public static SnippetHighlighter forQuery(String queryText) {
        QueryNode node = QueryParser.parse(queryText);
        return new SnippetHighlighter(HighlightTerms.of(node, Set.of(QueryField.ANY, QueryField.TITLE)),
                HighlightTerms.of(node, Set.of(QueryField.ANY, QueryField.TEXT)));
    }

    /** The highlights of one article. */
    public Highlights highlight(Article article) {
        String title = titleTerms == null ? null : whole(titleTerms, article.title());
        String body = article.lead().isEmpty() ? article.text() : article.lead() + "\n" + article.text();
        String snippet = textTerms == null ? null : best(textTerms, body);
        return new Highlights(title != null ? title : escape(article.title()),
                snippet != null ? snippet : escape(start(body)));
    }

    /** The whole text marked; null when nothing in it is. */
    private static String whole(HighlightTerms terms, String text) {
        if (text.isEmpty()) {
            return null;
        }
        AnalysedText t = AnalysedText.of(text, terms);
        boolean[] marked = marked(t, terms.marks(t));
        if (score(t, marked, 0, t.size) == 0) {
            return null;
        }
        return render(t, marked, 0, t.size).strip();
    }

    /** The best passages marked and joined; null when nothing in the text is marked. */
    private static String best(HighlightTerms terms, String text) {
        if (text.isEmpty()) {
            return null;
        }
        AnalysedText t = AnalysedText.of(text, terms);
        if (t.size == 0) {
            return null;
        }
        Marks marks = terms.marks(t);
        boolean[] marked = marked(t, marks);
        List<Passage> passages = passages(t, marks, marked);
        List<Passage> top = passages.stream()
                .sorted(Comparator.comparingInt(Passage::score).reversed().thenComparingInt(Passage::num))
                .limit(MAX_FRAGMENTS).toList();
        List<Passage> shown = new ArrayList<>(top);
        if (top.size() == 2 && Math.abs(top.get(0).num() - top.get(1).num()) == 1) {
            // adjacent passages read as one, in text order
            Passage a = top.get(0).num() < top.get(1).num() ? top.get(0) : top.get(1);
            Passage b = a == top.get(0) ? top.get(1) : top.get(0);
            shown = List.of(new Passage(a.num(), a.first(), b.last(), Math.max(a.score(), b.score())));
        }
        StringBuilder out = new StringBuilder();
        for (Passage p : shown) {
            if (p.score() > 0) {
                if (!out.isEmpty()) {
                    out.append(SEPARATOR);
                }
                out.append(render(t, marked, p.first(), p.last()));
            }
        }
        return out.isEmpty() ? null : out.toString().strip();
    }

    private static boolean[] marked(AnalysedText t, Marks marks) {
        boolean[] marked = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            marked[i] = marks.marks(t.term[i], t.position[i]);
        }
        return marked;
    }

    /** The text cut into passages: a new one starts at the first word past each multiple of the length. */
    private static List<Passage> passages(AnalysedText t, Marks marks, boolean[] marked) {
        List<Passage> passages = new ArrayList<>();
        int length = t.text.length();
        int first = 0;
        int waitFor = -1;
        for (int i = 1; i < t.size; i++) {
            // Positions counted from the second word, as the classic fragmenter counts them.
            int position = t.position[i] - t.position[0] - 1;
            if (waitFor <= position) {
                waitFor = -1;
            } else if (waitFor != -1) {
                continue; // inside a phrase match
            }
            int matchEnd = marks.matchEndingFrom(t.term[i], position);
            if (matchEnd >= 0) {
                waitFor = matchEnd + 1;
            }
            if (t.end[i] >= FRAGMENT_CHARS * (passages.size() + 1) && length - t.end[i] >= FRAGMENT_CHARS / 2) {
                passages.add(new Passage(passages.size(), first, i, score(t, marked, first, i)));
                first = i;
            }
        }
        passages.add(new Passage(passages.size(), first, t.size, score(t, marked, first, t.size)));
        return passages;
    }

    /** How many different terms are marked in tokens {@code first} to {@code last}. */
    private static int score(AnalysedText t, boolean[] marked, int first, int last) {
        Set<String> found = null;
        for (int i = first; i < last; i++) {
            if (marked[i]) {
                if (found == null) {
                    found = new HashSet<>();
                }
                found.add(t.term[i]);
            }
        }
        return found == null ? 0 : found.size();
    }

    /**
     * Tokens {@code first} to {@code last} with the text around them, escaped, the marked ones in {@code <mark>}: from
     * the end of the previous token (or the start) to the end of the last (or the end of the text).
     */
    private static String render(AnalysedText t, boolean[] marked, int first, int last) {
        StringBuilder out = new StringBuilder();
        int at = first == 0 ? 0 : t.end[first - 1];
        for (int i = first; i < last; i++) {
            escape(t.text, at, t.start[i], out);
            if (marked[i]) {
                out.append("<mark>");
                escape(t.text, t.start[i], t.end[i], out);
                out.append("</mark>");
            } else {
                escape(t.text, t.start[i], t.end[i], out);
            }
            at = t.end[i];
        }
        if (last == t.size) {
            escape(t.text, at, t.text.length(), out);
        }
        return out.toString();
    }

    /** The start of a text, cut at a word boundary. */
    private static String start(String text) {
        if (text.length() <= PLAIN_SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
        return text.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + " …";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** HTML-escapes {@code text[from, to)} as the classic highlighter's encoder did, quotes and slash included. */
    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}
