package vn.presswatch.store.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.presswatch.store.query.QueryNode.And;
import vn.presswatch.store.query.QueryNode.MatchAll;
import vn.presswatch.store.query.QueryNode.Not;
import vn.presswatch.store.query.QueryNode.Or;
import vn.presswatch.store.query.QueryNode.Phrase;
import vn.presswatch.store.query.QueryNode.Prefix;
import vn.presswatch.store.query.QueryNode.Term;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Parses the search-box and alert-rule query language into a {@link QueryNode} tree.
 *
 * <pre>
 * query   := or
 * or      := and ( ("OR" | "||") and )*
 * and     := unary ( ("AND" | "&amp;&amp;")? unary )*      juxtaposition is AND
 * unary   := "NOT" unary | "-" primary | "+" primary | primary   the sign touches its clause
 * primary := "(" or ")" | field ":" value | value
 * value   := word | word"*" | phrase | "(" or ")"              a field applies to every clause of its group
 * phrase  := '"' text '"' ( "~" 0..100 )?                     also with typographic quotes “ ”
 * </pre>
 *
 * NOT binds tightest, then AND, then OR; operators are upper case only, so "and", "or", "not" are words. Text is
 * NFC-normalised token by token, which is the same as normalising the query first (NFC never makes or removes
 * the syntax characters) but keeps every error position an offset in the query as typed. Every malformed query
 * raises a {@link QuerySyntaxException}; nothing is silently dropped. Stateless and thread-safe.
 */
public final class QueryParser {

    /** Longest query accepted, in characters: alert rules are short, and this bounds the work of a bad one. */
    public static final int MAX_LENGTH = 2000;
    /** Largest proximity in {@code "a b"~N}. */
    public static final int MAX_SLOP = 100;

    private static final String KNOWN_FIELDS = Arrays.stream(QueryField.values())
            .map(QueryField::prefix).filter(Objects::nonNull).collect(Collectors.joining(", "));
    private static final String TEXT_FIELDS = Arrays.stream(QueryField.values())
            .filter(f -> f.isFullText() && f.prefix() != null).map(f -> f.prefix() + ":")
            .collect(Collectors.joining(", "));

    private enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, MINUS, PLUS, EOF }

    /**
     * A token: {@code start}/{@code end} are offsets in the query as typed; {@code text} is NFC (the word, the
     * phrase, the operator or the field name); {@code tildeAt} is the offset of a phrase's '~' or -1.
     */
    private record Token(Kind kind, int start, int end, String text, QueryField field, int slop, int tildeAt) {
        boolean startsClause() {
            return switch (kind) {
                case WORD, PHRASE, FIELD, LPAREN, NOT, MINUS, PLUS -> true;
                default -> false;
            };
        }
    }

    private final String query;
    private final Lexer lexer = new Lexer();

    private QueryParser(String query) {
        this.query = query;
    }

    /**
     * The tree for {@code query}: {@link MatchAll} for a blank query or a lone {@code *}.
     *
     * @throws QuerySyntaxException when the query is malformed, with the position and a message for the user
     */
    public static QueryNode parse(String query) {
        Objects.requireNonNull(query, "query");
        QueryParser parser = new QueryParser(query);
        if (query.length() > MAX_LENGTH) {
            throw parser.fail(MAX_LENGTH, "query is longer than " + MAX_LENGTH + " characters",
                    "Truy vấn dài quá " + MAX_LENGTH + " ký tự");
        }
        String stripped = strip(query);
        if (stripped.isEmpty() || stripped.equals("*")) {
            return new MatchAll();
        }
        return parser.parseQuery();
    }

    // ---- grammar ----

    private QueryNode parseQuery() {
        QueryNode node = parseOr(QueryField.ANY);
        Token t = lexer.peek();
        if (t.kind() == Kind.RPAREN) {
            throw unmatchedClose(t);
        }
        return node; // parseOr stops only at ')' or the end
    }

    private QuerySyntaxException unmatchedClose(Token t) {
        return fail(t.start(), "')' has no matching '('", "Dấu ngoặc đóng ')' không có dấu ngoặc mở '(' tương ứng");
    }

    private QueryNode parseOr(QueryField field) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(parseAnd(field, null));
        while (lexer.peek().kind() == Kind.OR) {
            Token or = lexer.next();
            clauses.add(parseAnd(field, or));
        }
        return combine(clauses, Or.class, Or::clauses, Or::new);
    }

    /** {@code before} is the operator just read (for error messages), or null. */
    private QueryNode parseAnd(QueryField field, Token before) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(parseUnary(field, before));
        while (true) {
            Token t = lexer.peek();
            if (t.kind() == Kind.AND) {
                lexer.next();
                clauses.add(parseUnary(field, t));
            } else if (t.startsClause()) {
                clauses.add(parseUnary(field, null));
            } else {
                break;
            }
        }
        return combine(clauses, And.class, And::clauses, And::new);
    }

    private QueryNode parseUnary(QueryField field, Token before) {
        Token t = lexer.peek();
        switch (t.kind()) {
            case NOT -> {
                lexer.next();
                return new Not(parseUnary(field, t));
            }
            case MINUS -> {
                lexer.next();
                return new Not(parseSigned(field, t));
            }
            case PLUS -> {
                lexer.next();
                return parseSigned(field, t);
            }
            case WORD, PHRASE, FIELD, LPAREN -> {
                return parsePrimary(field);
            }
            case AND, OR -> {
                if (before == null) {
                    throw fail(t.start(), quoted(t) + " has nothing before it",
                            "Thiếu từ cần tìm trước " + quoted(t));
                }
                throw fail(t.start(), quoted(t) + " right after " + quoted(before)
                                + ": a word, phrase or group is missing between them",
                        quoted(t) + " đứng ngay sau " + quoted(before) + ": thiếu từ cần tìm ở giữa");
            }
            default -> {
                // ')' or the end: after an operator, or a ')' opening the query (a group checks its own start,
                // and a blank query never gets here).
                if (before != null) {
                    throw fail(before.start(), quoted(before) + " has nothing after it",
                            "Thiếu từ cần tìm sau " + quoted(before));
                }
                throw unmatchedClose(t);
            }
        }
    }

    /** The clause after a '-' or '+', which must touch it. */
    private QueryNode parseSigned(QueryField field, Token sign) {
        return switch (lexer.peek().kind()) {
            case WORD, PHRASE, FIELD, LPAREN -> parsePrimary(field);
            default -> throw detachedSign(sign.start(), sign.text());
        };
    }

    private QueryNode parsePrimary(QueryField field) {
        Token t = lexer.next();
        return switch (t.kind()) {
            case WORD -> word(field, t);
            case PHRASE -> phrase(field, t);
            // The lexer reads the value right after the colon: a word, a phrase or '('.
            case FIELD -> parsePrimary(t.field());
            case LPAREN -> group(field, t);
            default -> throw new IllegalStateException("primary expected at " + t.start() + " in " + query);
        };
    }

    private QueryNode group(QueryField field, Token open) {
        Kind first = lexer.peek().kind();
        if (first == Kind.RPAREN) {
            throw fail(open.start(), "empty parentheses: put search words between '(' and ')'",
                    "Cặp ngoặc '()' đang trống: hãy đặt từ cần tìm vào giữa '(' và ')'");
        }
        if (first != Kind.EOF) {
            QueryNode node = parseOr(field);
            if (lexer.peek().kind() == Kind.RPAREN) {
                lexer.next();
                return node;
            }
        }
        throw fail(open.start(), "'(' is never closed: ')' is missing",
                "Thiếu dấu ngoặc đóng ')' cho dấu ngoặc mở '(' này");
    }

    private QueryNode word(QueryField field, Token t) {
        String text = t.text();
        if (!text.endsWith("*")) {
            return new Term(field, text);
        }
        int star = t.end() - 1;
        if (text.length() == 1) {
            throw fail(star, "'*' must follow at least one character, as in chuyển*",
                    "Dấu '*' phải đứng sau ít nhất một ký tự, ví dụ chuyển*");
        }
        if (!field.isFullText()) {
            throw fail(star, "prefix search ('*') only works on text fields (" + TEXT_FIELDS
                            + " or no field), not on " + field.prefix() + ":",
                    "Chỉ tìm theo phần đầu của từ (dấu '*') được trong trường văn bản (" + TEXT_FIELDS
                            + " hoặc không ghi trường), không dùng được với " + field.prefix() + ":");
        }
        return new Prefix(field, text.substring(0, text.length() - 1));
    }

    private QueryNode phrase(QueryField field, Token t) {
        if (t.tildeAt() >= 0 && !field.isFullText()) {
            throw fail(t.tildeAt(), "proximity ('~') only works on text fields (" + TEXT_FIELDS
                            + " or no field), not on " + field.prefix() + ":",
                    "Chỉ tìm theo khoảng cách (dấu '~') được trong trường văn bản (" + TEXT_FIELDS
                            + " hoặc không ghi trường), không dùng được với " + field.prefix() + ":");
        }
        return new Phrase(field, t.text(), t.slop());
    }

    /** One clause stays itself; clauses of the same kind are flattened into the new one ((a b) c = a b c). */
    private static <T extends QueryNode> QueryNode combine(List<QueryNode> clauses, Class<T> kind,
            Function<T, List<QueryNode>> children, Function<List<QueryNode>, T> constructor) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (kind.isInstance(clause)) {
                flat.addAll(children.apply(kind.cast(clause)));
            } else {
                flat.add(clause);
            }
        }
        return constructor.apply(flat);
    }

    // ---- errors and characters ----

    private QuerySyntaxException fail(int position, String english, String vietnamese) {
        return new QuerySyntaxException(query, position, english, vietnamese);
    }

    private QuerySyntaxException detachedSign(int position, String sign) {
        return fail(position, "'" + sign + "' must be directly followed by a word, phrase or group (no space)",
                "Dấu '" + sign + "' phải đứng liền trước một từ, cụm từ hoặc nhóm (không có dấu cách)");
    }

    private static String quoted(Token operator) {
        return "'" + operator.text() + "'";
    }

    /** Whitespace, including the no-break and zero-width spaces that text pasted from Word or the web carries. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Straight quotes and the typographic ones Word and Vietnamese keyboards produce. */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static boolean endsWord(char c) {
        return isSpace(c) || isQuote(c) || c == '(' || c == ')' || c == '~';
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Reads tokens on demand, so the error reported is the leftmost one. */
    private final class Lexer {
        private int pos;
        private Token peeked;
        /** After "field:", the offset of the colon: the next token is the field's value. */
        private int valueColon = -1;
        private String valueField;

        Token peek() {
            if (peeked == null) {
                peeked = scan();
            }
            return peeked;
        }

        Token next() {
            Token t = peek();
            peeked = null;
            return t;
        }

        private Token scan() {
            if (valueColon >= 0) {
                return scanValue();
            }
            int length = query.length();
            while (pos < length && isSpace(query.charAt(pos))) {
                pos++;
            }
            int start = pos;
            if (start == length) {
                return simple(Kind.EOF, start, 0);
            }
            char c = query.charAt(start);
            if (c == '(' || c == ')') {
                return simple(c == '(' ? Kind.LPAREN : Kind.RPAREN, start, 1);
            }
            if (isQuote(c)) {
                return scanPhrase();
            }
            if (c == '~') {
                throw misplacedTilde(start);
            }
            if (c == '-' || c == '+') {
                if (start + 1 == length || isSpace(query.charAt(start + 1))) {
                    throw detachedSign(start, String.valueOf(c));
                }
                return simple(c == '-' ? Kind.MINUS : Kind.PLUS, start, 1);
            }
            int end = wordEnd(start);
            String raw = query.substring(start, end);
            int colon = raw.indexOf(':');
            if (colon == 0) {
                throw fail(start, "':' must follow a field name such as title:; "
                                + "put the text in quotes if the colon is meant literally",
                        "Dấu ':' phải đứng sau tên trường, ví dụ title:; "
                                + "nếu dấu ':' là nội dung cần tìm, hãy đặt cả cụm trong ngoặc kép");
            }
            if (colon > 0) {
                String name = VietnameseFolding.normalize(raw.substring(0, colon));
                QueryField field = QueryField.byPrefix(name).orElseThrow(() -> fail(start,
                        "unknown field '" + name + "'; the fields are " + KNOWN_FIELDS
                                + "; put the text in quotes if the colon is meant literally",
                        "Không có trường '" + name + "'; các trường là " + KNOWN_FIELDS
                                + "; nếu dấu ':' là nội dung cần tìm, hãy đặt cả cụm trong ngoặc kép"));
                pos = start + colon + 1;
                valueColon = start + colon;
                valueField = name + ":";
                return new Token(Kind.FIELD, start, pos, name, field, 0, -1);
            }
            pos = end;
            String text = VietnameseFolding.normalize(raw);
            Kind kind = switch (text) {
                case "AND", "&&" -> Kind.AND;
                case "OR", "||" -> Kind.OR;
                case "NOT" -> Kind.NOT;
                default -> Kind.WORD;
            };
            return new Token(kind, start, end, text, null, 0, -1);
        }

        /** The value right after "field:": a word (operators and signs are literal here), a phrase or '('. */
        private Token scanValue() {
            int colon = valueColon;
            valueColon = -1;
            int start = pos;
            char c = start < query.length() ? query.charAt(start) : ' ';
            if (isSpace(c) || c == ')') {
                throw fail(colon, "nothing to search for after '" + valueField + "'",
                        "Thiếu nội dung cần tìm sau '" + valueField + "'");
            }
            if (c == '(') {
                return simple(Kind.LPAREN, start, 1);
            }
            if (isQuote(c)) {
                return scanPhrase();
            }
            if (c == '~') {
                throw misplacedTilde(start);
            }
            int end = wordEnd(start);
            int second = query.indexOf(':', start);
            if (second >= 0 && second < end) {
                throw fail(second, "a field value cannot contain ':'; "
                                + "put it in quotes if the colon is meant literally",
                        "Giá trị của trường không được chứa dấu ':'; "
                                + "nếu dấu ':' là nội dung cần tìm, hãy đặt trong ngoặc kép");
            }
            pos = end;
            return new Token(Kind.WORD, start, end, VietnameseFolding.normalize(query.substring(start, end)),
                    null, 0, -1);
        }

        private Token scanPhrase() {
            int open = pos;
            int length = query.length();
            int close = open + 1;
            while (close < length && !isQuote(query.charAt(close))) {
                close++;
            }
            if (close == length) {
                throw fail(open, "quotation mark is never closed", "Thiếu dấu ngoặc kép đóng cho cụm từ");
            }
            String text = VietnameseFolding.normalize(strip(query.substring(open + 1, close)));
            if (text.isEmpty()) {
                throw fail(open, "empty phrase: put words between the quotation marks",
                        "Cụm từ trong ngoặc kép đang trống");
            }
            pos = close + 1;
            if (pos == length || query.charAt(pos) != '~') {
                return new Token(Kind.PHRASE, open, pos, text, null, 0, -1);
            }
            int tilde = pos;
            int end = wordEnd(tilde + 1);
            String digits = query.substring(tilde + 1, end);
            if (digits.isEmpty() || !digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
                throw fail(tilde, "'~' must be followed by a whole number from 0 to " + MAX_SLOP
                                + ", as in \"Hải Phòng\"~5",
                        "Sau dấu '~' phải là một số nguyên từ 0 đến " + MAX_SLOP + ", ví dụ \"Hải Phòng\"~5");
            }
            if (digits.length() > 9 || Integer.parseInt(digits) > MAX_SLOP) {
                throw fail(tilde + 1, "proximity " + digits + " is too large: at most " + MAX_SLOP,
                        "Khoảng cách " + digits + " quá lớn: tối đa là " + MAX_SLOP);
            }
            pos = end;
            return new Token(Kind.PHRASE, open, end, text, null, Integer.parseInt(digits), tilde);
        }

        private QuerySyntaxException misplacedTilde(int position) {
            return fail(position, "'~' (proximity) can only follow a quoted phrase directly, as in \"Hải Phòng\"~5",
                    "Dấu '~' (khoảng cách) chỉ được đứng ngay sau một cụm từ trong ngoặc kép, ví dụ \"Hải Phòng\"~5");
        }

        private Token simple(Kind kind, int start, int length) {
            pos = start + length;
            return new Token(kind, start, pos, query.substring(start, pos), null, 0, -1);
        }

        private int wordEnd(int from) {
            int end = from;
            while (end < query.length() && !endsWord(query.charAt(end))) {
                end++;
            }
            return end;
        }
    }
}
