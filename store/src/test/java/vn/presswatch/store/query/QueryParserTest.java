package vn.presswatch.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.presswatch.store.query.QueryField.ANY;
import static vn.presswatch.store.query.QueryField.LANG;
import static vn.presswatch.store.query.QueryField.LOCALITY;
import static vn.presswatch.store.query.QueryField.SOURCE;
import static vn.presswatch.store.query.QueryField.TEXT;
import static vn.presswatch.store.query.QueryField.TITLE;
import static vn.presswatch.store.query.QueryField.TONE;
import static vn.presswatch.store.query.QueryField.TOPIC;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.presswatch.store.query.QueryNode.And;
import vn.presswatch.store.query.QueryNode.MatchAll;
import vn.presswatch.store.query.QueryNode.Not;
import vn.presswatch.store.query.QueryNode.Or;
import vn.presswatch.store.query.QueryNode.Phrase;
import vn.presswatch.store.query.QueryNode.Prefix;
import vn.presswatch.store.query.QueryNode.Term;
import vn.presswatch.store.text.VietnameseFolding;

class QueryParserTest {

    static Stream<Arguments> matchAll() {
        return Stream.of("", "   ", "\t\n", "\u00A0", "*", "  *  ").map(Arguments::of);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("matchAll")
    void blankQueryOrLoneStarMatchesAll(String query) {
        assertThat(QueryParser.parse(query)).isEqualTo(new MatchAll());
    }

    static Stream<Arguments> realQueries() {
        return Stream.of(
                Arguments.of("\"Hải Phòng\" AND (nhân quyền OR \"tự do tôn giáo\")",
                        and(p("Hải Phòng"), or(and(t("nhân"), t("quyền")), p("tự do tôn giáo")))),
                Arguments.of("title:\"biển Đông\"~3", new Phrase(TITLE, "biển Đông", 3)),
                Arguments.of("locality:\"Ninh Bình\" -topic:sports",
                        and(new Phrase(LOCALITY, "Ninh Bình", 0), not(new Term(TOPIC, "sports")))),
                Arguments.of("NOT xuyên tạc", and(not(t("xuyên")), t("tạc"))),
                Arguments.of("lang:vi", new Term(LANG, "vi")),
                Arguments.of("chuyển*", new Prefix(ANY, "chuyển")),
                Arguments.of("\"Hải Phòng nhân quyền\"~5", new Phrase(ANY, "Hải Phòng nhân quyền", 5)),
                Arguments.of("“chủ quyền biển đảo” Trường Sa OR Hoàng Sa",
                        or(and(p("chủ quyền biển đảo"), t("Trường"), t("Sa")), and(t("Hoàng"), t("Sa")))),
                Arguments.of("source:vnexpress tone:negative topic:sovereignty",
                        and(new Term(SOURCE, "vnexpress"), new Term(TONE, "negative"), new Term(TOPIC, "sovereignty"))),
                Arguments.of("Bà Rịa-Vũng Tàu Covid-19 C++", and(t("Bà"), t("Rịa-Vũng"), t("Tàu"), t("Covid-19"),
                        t("C++"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realQueries")
    void realVietnameseQueries(String query, QueryNode expected) {
        assertThat(QueryParser.parse(query)).isEqualTo(expected);
    }

    static Stream<Arguments> operatorsAndPrecedence() {
        return Stream.of(
                Arguments.of("biển", t("biển")),
                Arguments.of("biển đảo", and(t("biển"), t("đảo"))),
                Arguments.of("a AND b", and(t("a"), t("b"))),
                Arguments.of("a && b", and(t("a"), t("b"))),
                Arguments.of("a OR b", or(t("a"), t("b"))),
                Arguments.of("a || b", or(t("a"), t("b"))),
                // Only upper case is an operator.
                Arguments.of("a and b", and(t("a"), t("and"), t("b"))),
                Arguments.of("a or b", and(t("a"), t("or"), t("b"))),
                Arguments.of("not a", and(t("not"), t("a"))),
                Arguments.of("a&&b", t("a&&b")),
                // NOT, then AND, then OR.
                Arguments.of("a b OR c", or(and(t("a"), t("b")), t("c"))),
                Arguments.of("a OR b c", or(t("a"), and(t("b"), t("c")))),
                Arguments.of("a OR b AND c", or(t("a"), and(t("b"), t("c")))),
                Arguments.of("a AND b OR c AND d", or(and(t("a"), t("b")), and(t("c"), t("d")))),
                Arguments.of("NOT a b", and(not(t("a")), t("b"))),
                Arguments.of("a NOT b", and(t("a"), not(t("b")))),
                Arguments.of("a AND NOT b", and(t("a"), not(t("b")))),
                Arguments.of("a OR NOT b", or(t("a"), not(t("b")))),
                Arguments.of("NOT a OR b", or(not(t("a")), t("b"))),
                Arguments.of("NOT (a OR b)", not(or(t("a"), t("b")))),
                Arguments.of("NOT(a)", not(t("a"))),
                Arguments.of("NOT NOT a", not(not(t("a")))),
                // Signs.
                Arguments.of("NOT a", not(t("a"))),
                Arguments.of("-a", not(t("a"))),
                Arguments.of("+a", t("a")),
                Arguments.of("+a -b", and(t("a"), not(t("b")))),
                Arguments.of("a -b OR c", or(and(t("a"), not(t("b"))), t("c"))),
                Arguments.of("-(a b)", not(and(t("a"), t("b")))),
                Arguments.of("-\"a b\"", not(p("a b"))),
                Arguments.of("NOT -a", not(not(t("a")))),
                Arguments.of("-a -b", and(not(t("a")), not(t("b")))),
                // Whitespace of every kind, and parentheses end words.
                Arguments.of("a\tb\nc", and(t("a"), t("b"), t("c"))),
                Arguments.of("a\u00A0b\u200Bc", and(t("a"), t("b"), t("c"))),
                Arguments.of("(a)b", and(t("a"), t("b"))),
                Arguments.of("a(b)", and(t("a"), t("b"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorsAndPrecedence")
    void operatorsAndPrecedence(String query, QueryNode expected) {
        assertThat(QueryParser.parse(query)).isEqualTo(expected);
    }

    static Stream<Arguments> groupsAndFlattening() {
        return Stream.of(
                Arguments.of("(a)", t("a")),
                Arguments.of("((a))", t("a")),
                Arguments.of("(a b) c", and(t("a"), t("b"), t("c"))),
                Arguments.of("a (b (c d))", and(t("a"), t("b"), t("c"), t("d"))),
                Arguments.of("a AND b AND c", and(t("a"), t("b"), t("c"))),
                Arguments.of("(a OR b) OR c", or(t("a"), t("b"), t("c"))),
                Arguments.of("a OR (b OR (c OR d))", or(t("a"), t("b"), t("c"), t("d"))),
                Arguments.of("a OR b OR c", or(t("a"), t("b"), t("c"))),
                // Different kinds are not merged.
                Arguments.of("(a OR b) c", and(or(t("a"), t("b")), t("c"))),
                Arguments.of("(a b) OR (c d)", or(and(t("a"), t("b")), and(t("c"), t("d")))),
                Arguments.of("-(a b) c", and(not(and(t("a"), t("b"))), t("c"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupsAndFlattening")
    void groupsAndFlattening(String query, QueryNode expected) {
        assertThat(QueryParser.parse(query)).isEqualTo(expected);
    }

    static Stream<Arguments> phrasesAndPrefixes() {
        return Stream.of(
                Arguments.of("\"Hải Phòng\"", p("Hải Phòng")),
                Arguments.of("“Hải Phòng”", p("Hải Phòng")),
                Arguments.of("\"Hải Phòng”", p("Hải Phòng")),
                Arguments.of("\"  Hải Phòng  \"", p("Hải Phòng")),
                Arguments.of("\"biển\"", p("biển")),
                Arguments.of("\"a b\"~0", p("a b")),
                Arguments.of("\"a b\"~007", new Phrase(ANY, "a b", 7)),
                Arguments.of("\"a b\"~100", new Phrase(ANY, "a b", 100)),
                Arguments.of("“a b”~2 c", and(new Phrase(ANY, "a b", 2), t("c"))),
                Arguments.of("\"a b\"~2 OR c", or(new Phrase(ANY, "a b", 2), t("c"))),
                // Inside quotes everything is text.
                Arguments.of("\"title:x\"", p("title:x")),
                Arguments.of("\"a AND (b) -c *\"", p("a AND (b) -c *")),
                Arguments.of("\"a b\"c", and(p("a b"), t("c"))),
                Arguments.of("chuyển*", new Prefix(ANY, "chuyển")),
                Arguments.of("chuyển* nhượng", and(new Prefix(ANY, "chuyển"), t("nhượng"))),
                Arguments.of("a*b", t("a*b")),
                Arguments.of("*a", t("*a")),
                Arguments.of("a?", t("a?")),
                Arguments.of("h?i", t("h?i")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasesAndPrefixes")
    void phrasesAndPrefixes(String query, QueryNode expected) {
        assertThat(QueryParser.parse(query)).isEqualTo(expected);
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("title:biển", new Term(TITLE, "biển")),
                Arguments.of("TITLE:biển", new Term(TITLE, "biển")),
                Arguments.of("Title:\"biển Đông\"~3", new Phrase(TITLE, "biển Đông", 3)),
                Arguments.of("text:“biển Đông”", new Phrase(TEXT, "biển Đông", 0)),
                Arguments.of("title:chuyển*", new Prefix(TITLE, "chuyển")),
                Arguments.of("source:vnexpress.net", new Term(SOURCE, "vnexpress.net")),
                Arguments.of("locality:\"Ninh Bình\"", new Phrase(LOCALITY, "Ninh Bình", 0)),
                Arguments.of("-topic:sports", not(new Term(TOPIC, "sports"))),
                Arguments.of("NOT lang:en", not(new Term(LANG, "en"))),
                Arguments.of("text:(a OR \"b c\" OR title:d)",
                        or(new Term(TEXT, "a"), new Phrase(TEXT, "b c", 0), new Term(TITLE, "d"))),
                Arguments.of("title:(a b) c", and(new Term(TITLE, "a"), new Term(TITLE, "b"), t("c"))),
                Arguments.of("title:(a text:(b c*))",
                        and(new Term(TITLE, "a"), new Term(TEXT, "b"), new Prefix(TEXT, "c"))),
                Arguments.of("title:(NOT a)", not(new Term(TITLE, "a"))),
                Arguments.of("lang:(vi OR en)", or(new Term(LANG, "vi"), new Term(LANG, "en"))),
                Arguments.of("-title:(a OR b)", not(or(new Term(TITLE, "a"), new Term(TITLE, "b")))),
                // A value is taken as typed: operators and signs are literal there.
                Arguments.of("title:AND", new Term(TITLE, "AND")),
                Arguments.of("title:-x", new Term(TITLE, "-x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void fields(String query, QueryNode expected) {
        assertThat(QueryParser.parse(query)).isEqualTo(expected);
    }

    @Test
    void textIsNormalisedToNfc() {
        String nfd = Normalizer.normalize("Hải \"Phòng Đông\" title:Biển chuyển*", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        assertThat(QueryParser.parse(nfd)).isEqualTo(
                and(t("Hải"), p("Phòng Đông"), new Term(TITLE, "Biển"), new Prefix(ANY, "chuyển")));
    }

    @Test
    void longestQueryIsAccepted() {
        assertThat(QueryParser.parse("x".repeat(QueryParser.MAX_LENGTH))).isEqualTo(t("x".repeat(2000)));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // Parentheses.
                Arguments.of("(a", 0),
                Arguments.of("(", 0),
                Arguments.of("((a)", 0),
                Arguments.of("a (b OR c", 2),
                Arguments.of("a)", 1),
                Arguments.of(")", 0),
                Arguments.of(") a", 0),
                Arguments.of("a OR b)", 6),
                Arguments.of("(a))", 3),
                Arguments.of("()", 0),
                Arguments.of("a ( )", 2),
                Arguments.of("title:()", 6),
                // Quotes.
                Arguments.of("\"abc", 0),
                Arguments.of("a \"b c", 2),
                Arguments.of("“abc", 0),
                Arguments.of("\"\"", 0),
                Arguments.of("a \"  \"", 2),
                // Operators missing a side.
                Arguments.of("AND a", 0),
                Arguments.of("OR", 0),
                Arguments.of("&& a", 0),
                Arguments.of("a OR", 2),
                Arguments.of("a AND", 2),
                Arguments.of("a AND OR b", 6),
                Arguments.of("a || || b", 5),
                Arguments.of("NOT", 0),
                Arguments.of("a NOT", 2),
                Arguments.of("NOT AND a", 4),
                Arguments.of("(AND a)", 1),
                Arguments.of("(a OR)", 3),
                Arguments.of("-", 0),
                Arguments.of("a -", 2),
                Arguments.of("- a", 0),
                Arguments.of("a + b", 2),
                Arguments.of("(a -)", 3),
                Arguments.of("--a", 0),
                Arguments.of("-NOT a", 0),
                // Proximity.
                Arguments.of("\"a\"~", 3),
                Arguments.of("\"a\"~x", 3),
                Arguments.of("\"a\"~-1", 3),
                Arguments.of("\"a\"~5x", 3),
                Arguments.of("\"a\"~1.5", 3),
                Arguments.of("\"a\"~101", 4),
                Arguments.of("\"a\"~99999999999", 4),
                Arguments.of("a~2", 1),
                Arguments.of("\"a\" ~2", 4),
                Arguments.of("~", 0),
                Arguments.of("title:~2", 6),
                Arguments.of("source:\"a b\"~2", 12),
                // Fields.
                Arguments.of("foo:bar", 0),
                Arguments.of("a https://example.com", 2),
                Arguments.of("Hải Phòng: tin mới", 4),
                Arguments.of(":abc", 0),
                Arguments.of("title:", 5),
                Arguments.of("title: biển", 5),
                Arguments.of("(title:)", 6),
                Arguments.of("title:a:b", 7),
                // '*'.
                Arguments.of("lang:v*", 6),
                Arguments.of("lang:(vi OR e*)", 13),
                Arguments.of("a *", 2),
                Arguments.of("title:*", 6),
                // Length.
                Arguments.of("x".repeat(2001), 2000),
                Arguments.of("(".repeat(3000), 2000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void malformedQueriesFailAtTheirPosition(String query, int position) {
        QuerySyntaxException e = catchThrowableOfType(() -> QueryParser.parse(query), QuerySyntaxException.class);
        assertThat(e).as("error for %s", query).isNotNull();
        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        assertThat(e.query()).isSameAs(query);
        String english = e.getMessage().substring(0, e.getMessage().indexOf(" at position " + (position + 1)));
        assertThat(english).isNotBlank();
        String suffix = " (vị trí " + (position + 1) + ")";
        assertThat(e.vietnameseMessage()).endsWith(suffix);
        String vietnamese = e.vietnameseMessage().substring(0, e.vietnameseMessage().length() - suffix.length());
        assertThat(vietnamese).isNotBlank();
        assertThat(VietnameseFolding.fold(vietnamese)).as("has diacritics: %s", vietnamese).isNotEqualTo(vietnamese);
    }

    @Test
    void unknownFieldNamesItListsTheKnownOnesAndSuggestsQuotes() {
        QuerySyntaxException e = catchThrowableOfType(() -> QueryParser.parse("a foo:bar"), QuerySyntaxException.class);
        assertThat(e.position()).isEqualTo(2);
        assertThat(e.getMessage()).contains("'foo'", "title, text, source, topic, lang, locality, tone", "quotes");
        assertThat(e.vietnameseMessage()).contains("'foo'", "title, text, source", "ngoặc kép");
    }

    @Test
    void prefixOnKeywordFieldSaysSo() {
        QuerySyntaxException e = catchThrowableOfType(() -> QueryParser.parse("lang:v*"), QuerySyntaxException.class);
        assertThat(e.getMessage()).contains("prefix search", "only works on text fields", "lang:");
    }

    @Test
    void errorPositionsReferToTheQueryAsTyped() {
        String nfd = Normalizer.normalize("Hải Phòng (", Normalizer.Form.NFD);
        QuerySyntaxException e = catchThrowableOfType(() -> QueryParser.parse(nfd), QuerySyntaxException.class);
        assertThat(e.position()).isEqualTo(nfd.indexOf('('));
        assertThat(e.query()).isSameAs(nfd);
    }

    private static Term t(String text) {
        return new Term(ANY, text);
    }

    private static Phrase p(String text) {
        return new Phrase(ANY, text, 0);
    }

    private static And and(QueryNode... clauses) {
        return new And(List.of(clauses));
    }

    private static Or or(QueryNode... clauses) {
        return new Or(List.of(clauses));
    }

    private static Not not(QueryNode clause) {
        return new Not(clause);
    }
}
