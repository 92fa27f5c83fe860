package vn.presswatch.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

class ReportCompositionTest {
    @TempDir
    Path dir;

    @Test
    void aMonthlyReportCarriesTheStoresFigures() throws Exception {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            store.sources().put(new Source("baohaiphong", "Báo Hải Phòng", "https://baohaiphong.vn", List.of(),
                    List.of(), List.of(), "VN", "vi", SourceLevel.LOCAL, Origin.DOMESTIC, true, true));
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                articles.add(Article.builder()
                        .canonicalUrl("https://baohaiphong.vn/bai-" + i + ".html")
                        .sourceId(i % 3 == 0 ? "rfa" : "baohaiphong")
                        .origin(i % 3 == 0 ? Origin.FOREIGN : Origin.DOMESTIC)
                        .title("Bài số " + i + " về Hải Phòng")
                        .lead("Tóm tắt")
                        .publishedAt(Instant.parse("2025-05-01T03:00:00Z").plusSeconds(86_400L * i))
                        .fetchedAt(Instant.parse("2025-05-01T03:05:00Z").plusSeconds(86_400L * i))
                        .language(i % 5 == 0 ? "en" : "vi")
                        .topic(i % 2 == 0 ? "tourism_culture" : "ocop")
                        .tone(i % 7 == 0 ? Tone.NEGATIVE : Tone.POSITIVE)
                        .localities(List.of("Hải Phòng"))
                        .build());
            }
            store.upsert(articles);
            ReportPeriod period = ReportPeriod.month(YearMonth.of(2025, 5));
            ArticleFilter filter = ArticleFilter.none().withRange(
                    period.from().atStartOfDay(StatsRequest.VIETNAM).toInstant(),
                    period.to().plusDays(1).atStartOfDay(StatsRequest.VIETNAM).toInstant());

            ReportData data = new ReportDataCollector(store, Taxonomy.standard()).collect(period, filter);
            Stats stats = store.stats(StatsRequest.counts(filter, EnumSet.of(Facet.TOPIC)));

            assertThat(data.total()).isEqualTo(stats.total()).isEqualTo(30);
            assertThat(data.topics()).filteredOn(c -> c.id().equals("ocop")).singleElement()
                    .extracting(ReportData.Count::count).isEqualTo(stats.of(Facet.TOPIC).get("ocop"));
            assertThat(data.trend()).hasSize(31);
            OfficeSettings office = new OfficeSettings("", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "BC-UBND",
                    "Hải Phòng", "thành phố Hải Phòng", List.of("Hải Phòng"),
                    List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "", List.of("Sở Văn hóa, Thể thao và Du lịch;"),
                    "VHXH");
            ReportDocument report = new ReportComposer(office).compose(data, null, LocalDate.of(2025, 6, 5));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxReportWriter().write(report, out);
            Files.write(Path.of("target/monthly.docx"), out.toByteArray());

            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                XWPFTable topics = doc.getTables().get(1);
                assertThat(topics.getRow(0).getCell(1).getText()).isEqualTo("Chủ đề");
                assertThat(doc.getAllPictures()).hasSize(2);
                assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                        .anySatisfy(t -> assertThat(t).contains("ghi nhận 30 tin, bài"))
                        .anySatisfy(t -> assertThat(t).isEqualTo("BÁO CÁO"));
            }
        }
    }
}
