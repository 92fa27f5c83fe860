package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.query.QueryNode;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The positive full-text clauses of a query in one scope (the title, or the lead and text), folded, and the
 * words of a text they mark. The rules are those of Lucene's classic highlighter with a {@code QueryScorer},
 * which the highlighter used until it proved the largest cost of a search (issue 6: it built an in-memory index
 * of every hit and analysed its text twice): a word marks each of its occurrences; a prefix marks every word
 * starting with it; a phrase marks its words only inside its matches (adjacent and in order without slop, within
 * the slop in any order with it); a word given both alone and in a phrase takes the rule of the later clause,
 * unless the alone one marks everywhere. Negated clauses are left out: they matched nothing. Immutable.
 */
final class HighlightTerms {
    private sealed interface Clause permits Word, Phrase, Prefix {
    }

    private record Word(String term) implements Clause {
    }

    private record Phrase(List<String> terms, int slop) implements Clause {
    }

    private record Prefix(String prefix) implements Clause {
    }

    private final List<Clause> clauses;
    private final String[] words;
    private final String[] prefixes;

    private HighlightTerms(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
        Set<String> w = new LinkedHashSet<>();
        List<String> p = new ArrayList<>();
        for (Clause c : clauses) {
            if (c instanceof Word word) {
                w.add(word.term());
            } else if (c instanceof Phrase phrase) {
                w.addAll(phrase.terms());
            } else if (c instanceof Prefix prefix) {
                p.add(prefix.prefix());
            }
        }
        this.words = w.toArray(String[]::new);
        this.prefixes = p.toArray(String[]::new);
    }

    /** The clauses of {@code node} in {@code scopes}; null when there are none (nothing to mark). */
    static HighlightTerms of(QueryNode node, Set<QueryField> scopes) {
        List<Clause> clauses = new ArrayList<>();
        collect(node, scopes, clauses);
        return clauses.isEmpty() ? null : new HighlightTerms(clauses);
    }

    private static void collect(QueryNode node, Set<QueryField> scopes, List<Clause> out) {
        if (node instanceof QueryNode.And and) {
            and.clauses().forEach(c -> collect(c, scopes, out));
        } else if (node instanceof QueryNode.Or or) {
            or.clauses().forEach(c -> collect(c, scopes, out));
        } else if (node instanceof QueryNode.Term t && scopes.contains(t.field())) {
            words(t.text(), 0, out);
        } else if (node instanceof QueryNode.Phrase p && scopes.contains(p.field())) {
            words(p.text(), p.slop(), out);
        } else if (node instanceof QueryNode.Prefix p && scopes.contains(p.field())) {
            out.add(new Prefix(VietnameseFolding.foldLower(p.prefix())));
        }
    }

    private static void words(String text, int slop, List<Clause> out) {
        List<String> tokens = TextAnalysis.tokens(VietnameseFolding.fold(text).toLowerCase(Locale.ROOT));
        if (tokens.size() == 1) {
            out.add(new Word(tokens.get(0)));
        } else if (tokens.size() > 1) {
            out.add(new Phrase(tokens, slop));
        }
    }

    /** Whether a token with this folded term could be marked (so its term is worth keeping). */
    boolean wants(char[] buffer, int length) {
        for (String w : words) {
            if (w.length() == length && startsWith(buffer, w)) {
                return true;
            }
        }
        for (String p : prefixes) {
            if (p.length() <= length && startsWith(buffer, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(char[] buffer, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (buffer[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Which terms of {@code text} are marked, and where. */
    Marks marks(AnalysedText text) {
        Map<String, Marks.Rule> rules = new HashMap<>();
        Map<String, int[]> positions = null;
        for (Clause clause : clauses) {
            if (clause instanceof Word word) {
                rules.put(word.term(), Marks.Rule.everywhere());
            } else if (clause instanceof Prefix prefix) {
                for (int i = 0; i < text.size; i++) {
                    String t = text.term[i];
                    if (t != null && t.startsWith(prefix.prefix())) {
                        rules.put(t, Marks.Rule.everywhere());
                    }
                }
            } else if (clause instanceof Phrase phrase) {
                if (positions == null) {
                    positions = positions(text);
                }
                List<int[]> spans = spans(phrase, positions);
                if (spans.isEmpty()) {
                    continue;
                }
                for (String t : new LinkedHashSet<>(phrase.terms())) {
                    Marks.Rule rule = rules.get(t);
                    if (rule == null) {
                        rules.put(t, Marks.Rule.within(spans));
                    } else {
                        rule.add(spans);
                    }
                }
            }
        }
        return new Marks(rules);
    }

    /** The positions of each kept term of {@code text}, ascending. */
    private static Map<String, int[]> positions(AnalysedText text) {
        Map<String, int[]> lists = new HashMap<>();
        for (int i = 0; i < text.size; i++) {
            String t = text.term[i];
            if (t != null) {
                int[] list = lists.get(t);
                if (list == null) {
                    list = new int[] {0, 0, 0, 0, 0};
                }
                // list[0] is the count; positions follow
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                }
                list[++list[0]] = text.position[i];
                lists.put(t, list);
            }
        }
        return lists;
    }

    /**
     * The matches of a phrase as [first, last] positions, found the way Lucene's span-near queries find them
     * (the highlighter ran phrases as those): in order with no gap without slop; with slop, windows where all
     * words occur, in any order, with at most slop other positions between them.
     */
    private static List<int[]> spans(Phrase phrase, Map<String, int[]> positions) {
        int n = phrase.terms().size();
        int[][] lists = new int[n][];
        for (int k = 0; k < n; k++) {
            lists[k] = positions.get(phrase.terms().get(k));
            if (lists[k] == null) {
                return List.of();
            }
        }
        return phrase.slop() == 0 ? ordered(lists) : unordered(lists, phrase.slop());
    }

    private static List<int[]> ordered(int[][] lists) {
        List<int[]> spans = new ArrayList<>();
        int n = lists.length;
        int[] at = new int[n];
        Arrays.fill(at, 1);
        for (int first = 1; first <= lists[0][0]; first++) {
            int start = lists[0][first];
            int previous = start;
            int gaps = 0;
            for (int k = 1; k < n; k++) {
                int[] list = lists[k];
                while (at[k] <= list[0] && list[at[k]] < previous + 1) {
                    at[k]++;
                }
                if (at[k] > list[0]) {
                    return spans;
                }
                gaps += list[at[k]] - (previous + 1);
                previous = list[at[k]];
            }
            if (gaps == 0) {
                spans.add(new int[] {start, previous});
            }
        }
        return spans;
    }

    private static List<int[]> unordered(int[][] lists, int slop) {
        List<int[]> spans = new ArrayList<>();
        int n = lists.length;
        int[] at = new int[n];
        Arrays.fill(at, 1);
        int max = Integer.MIN_VALUE;
        for (int[] list : lists) {
            max = Math.max(max, list[1]);
        }
        while (true) {
            int min = 0;
            for (int k = 1; k < n; k++) {
                if (lists[k][at[k]] < lists[min][at[min]]) {
                    min = k;
                }
            }
            int start = lists[min][at[min]];
            if (max + 1 - start - n <= slop) {
                spans.add(new int[] {start, max});
            }
            // advance the word at the smallest position, as Lucene's unordered near spans do
            if (at[min] == lists[min][0]) {
                return spans;
            }
            at[min]++;
            max = Math.max(max, lists[min][at[min]]);
        }
    }
}
