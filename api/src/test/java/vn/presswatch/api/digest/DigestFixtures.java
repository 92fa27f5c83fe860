package vn.presswatch.api.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Tone;

/**
 * A morning's coverage for the digest tests: the digest of 10/05/2025 at 06:30 Vietnam time covers
 * 2025-05-08T23:30Z (inclusive) to 2025-05-09T23:30Z (exclusive).
 */
final class DigestFixtures {
    static final Instant FROM = Instant.parse("2025-05-08T23:30:00Z");
    static final Instant TO = Instant.parse("2025-05-09T23:30:00Z");
    static final LocalDate DAY = LocalDate.of(2025, 5, 10);
    static final String HOSTILE_TITLE = "<script>alert('x')</script> Tin đồn & \"bịa đặt\"";

    private DigestFixtures() {
    }

    static void fill(ArticleStore store) {
        fill(store, DAY);
    }

    /** The same coverage for the morning of {@code day} (06:30 Vietnam time). */
    static void fill(ArticleStore store, LocalDate day) {
        long shift = Duration.between(DAY.atStartOfDay(), day.atStartOfDay()).getSeconds();
        Instant from = FROM.plusSeconds(shift);
        Instant to = TO.plusSeconds(shift);
        for (String[] s : List.of(new String[] {"baohp", "Báo Hải Phòng"}, new String[] {"vnexpress", "VnExpress"},
                new String[] {"tuoitre", "Tuổi Trẻ"}, new String[] {"rfa", "RFA Tiếng Việt"})) {
            store.sources().put(new Source(s[0], s[1], "https://" + s[0] + ".vn", List.of(), List.of(), List.of(),
                    "VN", "vi", SourceLevel.CENTRAL, Origin.DOMESTIC, true, true));
        }
        store.upsert(List.of(
                article("bien-dau", "baohp", from, "Mở đầu khung giờ", "tourism_culture", Tone.POSITIVE, "Hải Phòng"),
                article("truoc", "baohp", from.minusSeconds(1), "Trước khung giờ", "tourism_culture", Tone.POSITIVE,
                        "Hải Phòng"),
                article("bien-cuoi", "baohp", to.minusSeconds(1), "Cuối khung giờ", "ocop", Tone.NEUTRAL, "Hải Phòng"),
                article("sau", "baohp", to, "Sau khung giờ", "ocop", Tone.NEUTRAL, "Hải Phòng"),
                // One story syndicated by three outlets: the earliest copy (Tuổi Trẻ) stands for it.
                cluster("dau-tu-1", "tuoitre", from.plusSeconds(3_600), "Khu công nghiệp mới"),
                cluster("dau-tu-2", "vnexpress", from.plusSeconds(7_200), "Khu công nghiệp mới (2)"),
                cluster("dau-tu-3", "baohp", from.plusSeconds(9_000), "Khu công nghiệp mới (3)"),
                article("tieu-cuc", "vnexpress", from.plusSeconds(20_000), "Ô nhiễm ở cảng", "investment",
                        Tone.NEGATIVE, "Hải Phòng"),
                article("sai-lech", "rfa", from.plusSeconds(30_000), HOSTILE_TITLE, "disinformation", Tone.NEUTRAL,
                        "Hải Phòng"),
                article("khong-chu-de", "baohp", from.plusSeconds(40_000), "Thời tiết", null, Tone.NEUTRAL,
                        "Hải Phòng"),
                article("noi-khac", "baohp", from.plusSeconds(50_000), "Tin Hà Nội", "ocop", Tone.NEGATIVE,
                        "Hà Nội")));
    }

    static Article article(String slug, String source, Instant at, String title, String topic, Tone tone,
                           String locality) {
        Article.Builder b = Article.builder().canonicalUrl("https://" + source + ".vn/" + slug + ".html")
                .sourceId(source).title(title).lead("Tóm tắt " + title).publishedAt(at)
                .fetchedAt(at.plusSeconds(60)).language("vi").tone(tone).localities(List.of(locality));
        if (topic != null) {
            b.topic(topic);
        }
        return b.build();
    }

    private static Article cluster(String slug, String source, Instant at, String title) {
        return article(slug, source, at, title, "investment", Tone.POSITIVE, "Hải Phòng").toBuilder()
                .clusterId("cum-dau-tu").build();
    }
}
