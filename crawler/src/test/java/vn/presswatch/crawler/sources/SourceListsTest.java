package vn.presswatch.crawler.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/** JSON, YAML and OPML lists through one entry point: the format by name or content, the same checks for all. */
class SourceListsTest {

    private static final OpmlSources.Defaults DEFAULTS = OpmlSources.Defaults.domestic();

    private static final String JSON = """
            {"addresses": "unverified",
             "sources": [
               {"id": "ninhbinh-gov", "name": "Cổng thông tin điện tử tỉnh Ninh Bình",
                "homepage": "https://ninhbinh.gov.vn/",
                "feedUrls": ["https://ninhbinh.gov.vn/rss"],
                "sitemapUrls": ["https://ninhbinh.gov.vn/sitemap.xml"],
                "sectionPages": [{"url": "https://ninhbinh.gov.vn/kinh-te", "linkSelector": ".item > a[href]"}],
                "country": "VN", "language": "vi", "level": "government_portal", "origin": "domestic",
                "note": "for maintainers"},
               {"id": "nrk", "name": "NRK Nyheter", "homepage": "https://www.nrk.no/",
                "feedUrls": ["https://www.nrk.no/toppsaker.rss"], "country": "NO", "language": "no",
                "level": "foreign", "origin": "foreign", "enabled": false}
             ]}""";

    /** The same list as a person would write it in YAML: comments, no quotes, NO and no as plain words. */
    private static final String YAML = """
            # Nguồn tin của Phòng Văn hóa - Xã hội
            addresses: unverified
            sources:
              - id: ninhbinh-gov
                name: Cổng thông tin điện tử tỉnh Ninh Bình
                homepage: https://ninhbinh.gov.vn/
                feedUrls:
                  - https://ninhbinh.gov.vn/rss
                sitemapUrls: [https://ninhbinh.gov.vn/sitemap.xml]
                sectionPages:
                  - url: https://ninhbinh.gov.vn/kinh-te
                    linkSelector: .item > a[href]
                country: VN
                language: vi
                level: government_portal
                origin: domestic
                note: for maintainers
              - id: nrk
                name: NRK Nyheter
                homepage: https://www.nrk.no/
                feedUrls: [https://www.nrk.no/toppsaker.rss]
                country: NO
                language: no
                level: foreign
                origin: foreign
                enabled: false
            """;

    @TempDir
    Path dir;

    @Test
    void aYamlListGivesTheSameSourcesAsTheJsonList() throws IOException {
        SourceList fromJson = read(JSON, "nguon.json");
        SourceList fromYaml = read(YAML, "nguon.yaml");

        assertThat(fromJson.sources()).containsExactly(
                new Source("ninhbinh-gov", "Cổng thông tin điện tử tỉnh Ninh Bình", "https://ninhbinh.gov.vn/",
                        List.of("https://ninhbinh.gov.vn/rss"), List.of("https://ninhbinh.gov.vn/sitemap.xml"),
                        List.of(new Source.SectionPage("https://ninhbinh.gov.vn/kinh-te", ".item > a[href]")), "VN",
                        "vi", SourceLevel.GOVERNMENT_PORTAL, Origin.DOMESTIC, true, false),
                new Source("nrk", "NRK Nyheter", "https://www.nrk.no/", List.of("https://www.nrk.no/toppsaker.rss"),
                        List.of(), List.of(), "NO", "no", SourceLevel.FOREIGN, Origin.FOREIGN, false, false));
        assertThat(fromYaml.sources()).isEqualTo(fromJson.sources());
        assertThat(fromYaml.defaultedIds()).isEmpty();
    }

    @Test
    void aBadYamlEntryIsNamedByPositionAndId() {
        String yaml = YAML.replace("https://www.nrk.no/toppsaker.rss", "/toppsaker.rss");

        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class,
                () -> read(yaml, "nguon.yml"));

        assertThat(e).isNotNull();
        assertThat(e.entry()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("Danh sách nguồn không hợp lệ: nguon.yml, mục số 2 (id \"nrk\") / "
                + "invalid source list nguon.yml, entry #2 (id \"nrk\"): feedUrls[0] must be an absolute http(s) URL");
    }

    @Test
    void yamlMistakesAPersonMakesAreNamed() {
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read(YAML.replace("    enabled: false", "    enabled: yes"), "nguon.yml")))
                .hasMessageContaining("entry #2 (id \"nrk\"): enabled: ");
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read(YAML.replace("    note: for maintainers", "    origin: foreign"), "nguon.yml")))
                .hasMessageContaining("the list as a whole: not valid YAML: Duplicate field 'origin'")
                .hasMessageContaining("at line 17");
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read(YAML.replace("  - id: nrk", "  - id: nrk\n  bad: [indent"), "nguon.yml")))
                .hasMessageContaining("not valid YAML: ").hasMessageContaining("at line 19");
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read(YAML.replace("    feedUrls:\n", "    feedUrl:\n"), "nguon.yml")))
                .hasMessageContaining("entry #1 (id \"ninhbinh-gov\"): unknown field \"feedUrl\"");
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource({
            "nguon.json, JSON", "NGUON.YML, YAML", "nguon.yaml, YAML", "feedly.opml, OPML", "export.xml, OPML",
            "nguon.txt, JSON sniffed", "danh-sach, YAML sniffed", "subscriptions, OPML sniffed"})
    void theFormatComesFromTheExtensionElseFromTheContent(String fileName, String format) throws IOException {
        String content = switch (format.split(" ")[0]) {
            case "JSON" -> JSON;
            case "YAML" -> YAML;
            default -> "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><body><outline "
                    + "text=\"NRK\" xmlUrl=\"https://www.nrk.no/toppsaker.rss\"/></body></opml>";
        };
        Path file = dir.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);

        SourceList list = SourceLists.read(file, DEFAULTS);

        assertThat(list.name()).isEqualTo(file.toString());
        assertThat(list.sources()).extracting(Source::feedUrls).contains(List.of("https://www.nrk.no/toppsaker.rss"));
        assertThat(list.defaultedIds()).hasSize(format.startsWith("OPML") ? 1 : 0);
    }

    @Test
    void theWrongFormatForTheExtensionSaysWhatWasExpectedAndNamesTheFile() throws IOException {
        Path file = dir.resolve("nguon.json");
        Files.writeString(file, YAML, StandardCharsets.UTF_8);

        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class,
                () -> SourceLists.read(file, DEFAULTS));

        assertThat(e).isNotNull();
        assertThat(e.list()).isEqualTo(file.toString());
        assertThat(e.getMessage()).contains(file + ", toàn danh sách").contains("not valid JSON");
    }

    @Test
    void theStarterListReadsTheSameThroughEveryEntryPoint() throws IOException {
        try (var in = StarterSources.class.getResourceAsStream(StarterSources.RESOURCE)) {
            assertThat(SourceLists.read(in, "starter-sources.json", DEFAULTS).sources())
                    .isEqualTo(StarterSources.load());
        }
    }

    private static SourceList read(String content, String name) throws IOException {
        return SourceLists.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, DEFAULTS);
    }
}
