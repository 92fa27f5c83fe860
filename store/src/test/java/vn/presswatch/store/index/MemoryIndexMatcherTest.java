package vn.presswatch.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.Fixtures;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SavedQuery;
import vn.presswatch.store.Tone;
import vn.presswatch.store.query.QueryParser;

/** The presearch skips only queries that cannot match: the same answers as running every query. */
class MemoryIndexMatcherTest {
    private static final List<String> QUERIES = List.of(
            "Hải Phòng", "Hai Phong", "\"Hải Phòng\"", "\"Trường Sa\" OR Gyeonggi", "đảo AND NOT \"con dao\"",
            "(biển OR đảo) AND ngư", "title:đảo", "text:dao", "\"thông tin xuyên tạc\"~3", "thu*", "NOT Hải",
            "locality:\"Hải Phòng\"", "NOT locality:\"Hải Phòng\"", "hợp tác AND (giáo dục OR y tế)", "FDI",
            "Phòng AND Hải AND NOT lễ", "\"khu công nghiệp\"", "nhân quyền OR \"human rights\"", "topic:investment",
            "tone:negative AND Hải Phòng", "không có từ này", "Gyeonggi OR thu*", "", "source:vnexpress dao");

    @Test
    void presearchGivesTheSameMatchesAsRunningEveryQuery() {
        List<SavedQuery> saved = new ArrayList<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            String q = QUERIES.get(i);
            saved.add(new SavedQuery("q" + i, q, ArticleFilter.none()));
            saved.add(new SavedQuery("q" + i + "-neg-foreign", q, ArticleFilter.none()
                    .withTones(Set.of(Tone.NEGATIVE)).withOrigin(Origin.FOREIGN)));
            saved.add(new SavedQuery("q" + i + "-topic", q, ArticleFilter.none().withTopics(Set.of("investment"))));
        }
        MemoryIndexMatcher fast = MemoryIndexMatcher.compile(saved, true);
        MemoryIndexMatcher reference = MemoryIndexMatcher.compile(saved, false);
        int matches = 0;
        for (Article article : Fixtures.ALL) {
            Set<String> expected = reference.matches(article);
            assertThat(fast.matches(article)).as(article.canonicalUrl()).containsExactlyElementsOf(expected);
            matches += expected.size();
        }
        assertThat(matches).as("the queries match something, so the comparison means something")
                .isGreaterThan(Fixtures.ALL.size() * 3);
    }

    @Test
    void requiredTermsAreKnownForWordsPhrasesAndConjunctionsButNotForNegationsAlone() {
        assertThat(required("Gyeonggi")).isNotNull().isNotEmpty();
        assertThat(required("\"Trường Sa\"")).isNotNull().hasSizeLessThanOrEqualTo(6); // one per text field, NFC and folded
        assertThat(required("đảo AND NOT \"con dao\"")).isNotNull()
                .allMatch(t -> t.text().equals("đảo") || t.text().equals("dao"));
        assertThat(required("NOT Hải")).isNull();
        assertThat(required("thu*")).isNull();
        // A conjunction with a filter keeps the text term, not the common topic value.
        assertThat(RequiredTerms.of(LuceneQueries.of(QueryParser.parse("Gyeonggi"),
                ArticleFilter.none().withTones(Set.of(Tone.NEGATIVE)), false)))
                .isNotNull().noneMatch(t -> t.field().equals(ArticleFields.TONE));
    }

    private static Set<Term> required(String query) {
        return RequiredTerms.of(LuceneQueries.of(QueryParser.parse(query), ArticleFilter.none(), false));
    }
}
