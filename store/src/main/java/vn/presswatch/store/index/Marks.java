package vn.presswatch.store.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** For one text, which folded terms {@link HighlightTerms} marks and where; built and used by one thread. */
final class Marks {
    /** Where one term is marked: everywhere, or within the matches of the phrases it belongs to. */
    static final class Rule {
        private final boolean everywhere;
        /** [first, last] positions of the phrase matches the term is part of. */
        private final List<int[]> spans = new ArrayList<>();

        private Rule(boolean everywhere) {
            this.everywhere = everywhere;
        }

        static Rule everywhere() {
            return new Rule(true);
        }

        static Rule within(List<int[]> spans) {
            Rule rule = new Rule(false);
            rule.add(spans);
            return rule;
        }

        void add(List<int[]> more) {
            spans.addAll(more);
        }
    }

    private final Map<String, Rule> rules;

    Marks(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** Whether the token with folded term {@code term} (null: not a query term) at {@code position} is marked. */
    boolean marks(String term, int position) {
        Rule rule = term == null ? null : rules.get(term);
        if (rule == null) {
            return false;
        }
        if (rule.everywhere) {
            return true;
        }
        for (int[] span : rule.spans) {
            if (span[0] <= position && position <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The last position of the first phrase match of {@code term} that starts at {@code position}; -1 if none. */
    int matchEndingFrom(String term, int position) {
        Rule rule = term == null ? null : rules.get(term);
        if (rule != null) {
            for (int[] span : rule.spans) {
                if (span[0] == position) {
                    return span[1];
                }
            }
        }
        return -1;
    }
}
