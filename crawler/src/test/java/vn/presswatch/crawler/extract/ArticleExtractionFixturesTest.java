package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the extractor over the Vietnamese-style pages in {@code src/test/resources/extract} (written by us, see
 * the README there) and checks each against its expectations file.
 */
class ArticleExtractionFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ArticleExtractor.Settings.defaults());

    static List<Path> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(ArticleExtractionFixturesTest.class.getResource("/extract").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void fixtureFolderHoldsPagesEachWithItsExpectations() throws Exception {
        // A parameterised test over an empty folder passes silently; this one does not.
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        for (Path page : pages) {
            assertThat(expectationsOf(page)).as("expectations for %s", page.getFileName()).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsWhatTheFixtureExpects(Path page) throws IOException {
        JsonNode expected = JSON.readTree(expectationsOf(page).toFile());
        ExtractedArticle article = EXTRACTOR.extract(Files.readString(page, StandardCharsets.UTF_8),
                expected.get("url").asText(), ZonedDateTime.parse(expected.get("now").asText()));

        SoftAssertions softly = new SoftAssertions();
        for (String field : List.of("title", "lead", "author", "language", "canonicalUrl", "imageUrl")) {
            if (expected.has(field)) {
                softly.assertThat(valueOf(article, field)).as(field).isEqualTo(expected.get(field).asText());
            }
        }
        if (expected.has("published")) {
            OffsetDateTime published = OffsetDateTime.parse(expected.get("published").asText());
            softly.assertThat(article.published()).as("published").isNotNull();
            if (article.published() != null) {
                softly.assertThat(article.published().toInstant()).as("published").isEqualTo(published.toInstant());
            }
        }
        for (JsonNode snippet : expected.path("mustContain")) {
            softly.assertThat(article.text()).as("text").contains(snippet.asText());
        }
        for (JsonNode snippet : expected.path("mustNotContain")) {
            softly.assertThat(article.text()).as("text").doesNotContain(snippet.asText());
            softly.assertThat(article.lead()).as("lead").doesNotContain(snippet.asText());
        }
        softly.assertThat(article.text()).as("paragraphs are separated by one blank line")
                .doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        softly.assertAll();
    }

    private static Path expectationsOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".json");
    }

    private static String valueOf(ExtractedArticle article, String field) {
        return switch (field) {
            case "title" -> article.title();
            case "lead" -> article.lead();
            case "author" -> article.author();
            case "language" -> article.language();
            case "canonicalUrl" -> article.canonicalUrl();
            case "imageUrl" -> article.imageUrl();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
