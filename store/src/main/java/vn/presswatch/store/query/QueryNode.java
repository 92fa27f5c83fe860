package vn.presswatch.store.query;

import java.util.List;
import java.util.Objects;

/**
 * The parsed form of a search-box or alert-rule query, independent of any backend. Text is kept as typed
 * (NFC-normalised); analysis and diacritic folding happen when a backend translates the tree.
 */
public sealed interface QueryNode {

    /** Matches every article; the parse of an empty query or a lone {@code *}. */
    record MatchAll() implements QueryNode {
    }

    /** One word (or, on a keyword field, one exact value) in a field. */
    record Term(QueryField field, String text) implements QueryNode {
        public Term {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words in order ({@code slop} 0), or within {@code slop} positions of each other ({@code "a b"~5}). */
    record Phrase(QueryField field, String text, int slop) implements QueryNode {
        public Phrase {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
            if (slop < 0) {
                throw new IllegalArgumentException("slop must be >= 0: " + slop);
            }
        }
    }

    /** Words starting with a prefix ({@code chuyển*}). */
    record Prefix(QueryField field, String prefix) implements QueryNode {
        public Prefix {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /** All clauses must match. Holds at least two clauses. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one clause must match. Holds at least two clauses. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** The clause must not match. */
    record Not(QueryNode clause) implements QueryNode {
        public Not {
            Objects.requireNonNull(clause, "clause");
        }
    }
}
