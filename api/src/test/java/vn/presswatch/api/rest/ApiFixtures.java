package vn.presswatch.api.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.Tone;

/** The articles and sources the API tests search and count: 5 notable articles and {@link #ROUTINE} routine ones. */
final class ApiFixtures {
    static final int ROUTINE = 25;

    static final Article DELEGATION = article("https://baohaiphong.example/doan-nhat-ban", "baohaiphong",
            "Hải Phòng đón đoàn đại biểu Nhật Bản", "Thành phố tiếp đoàn đại biểu tỉnh Kanagawa.",
            "2025-05-10", Tone.POSITIVE, "foreign_relations").clusterId("story-1").build();
    static final Article COPY = article("https://rfa.example/hai-phong-japan", "rfa",
            "Hai Phong welcomes Japanese delegation; human rights raised", "A delegation visited Hai Phong.",
            "2025-06-02", Tone.NEGATIVE, "human_rights").origin(Origin.FOREIGN).language("en")
            .clusterId("story-1").topics(List.of(new vn.presswatch.store.TopicScore("human_rights", 0.9),
                    new vn.presswatch.store.TopicScore("foreign_relations", 0.4))).build();
    static final Article FISHERMEN = article("https://baohaiphong.example/ngu-dan", "baohaiphong",
            "Ngư dân Hải Phòng bám biển Hoàng Sa", "Ngư dân vươn khơi.", "2025-05-20", Tone.NEUTRAL,
            "sovereignty").build();
    static final Article OCOP = article("https://baohaiphong.example/ocop", "baohaiphong",
            "Sản phẩm OCOP Hải Phòng vào siêu thị", "Nước mắm Cát Hải đạt 4 sao.", "2025-06-15", Tone.POSITIVE,
            "ocop").build();
    static final Article INVESTMENT = article("https://baohaiphong.example/fdi", "baohaiphong",
            "Khu công nghiệp thu hút vốn FDI", "Vốn đầu tư tăng.", "2025-05-25", Tone.POSITIVE, "investment")
            .build();

    private ApiFixtures() {
    }

    static void store(ArticleStore store) {
        store.sources().put(ApiTest.source("baohaiphong", "Báo Hải Phòng", Origin.DOMESTIC));
        store.sources().put(ApiTest.source("rfa", "Đài Á Châu Tự Do", Origin.FOREIGN));
        List<Article> articles = new ArrayList<>(List.of(DELEGATION, COPY, FISHERMEN, OCOP, INVESTMENT));
        for (int i = 1; i <= ROUTINE; i++) {
            articles.add(article("https://baohaiphong.example/hoi-nghi-" + i, "baohaiphong",
                    "Hội nghị thường kỳ số " + i, "Hội nghị bàn công tác xây dựng Đảng.",
                    String.format(Locale.ROOT, "2025-04-%02d", i), Tone.NEUTRAL, "party_building").build());
        }
        store.upsert(articles);
    }

    private static Article.Builder article(String url, String source, String title, String text, String day,
                                           Tone tone, String topic) {
        return Article.builder().canonicalUrl(url).sourceId(source).origin(Origin.DOMESTIC).title(title).text(text)
                .publishedAt(ApiTest.day(day)).fetchedAt(Instant.parse("2025-07-01T00:00:00Z")).language("vi")
                .tone(tone).topic(topic);
    }

    /** A valid source as the JSON body of POST /api/sources. */
    static Map<String, Object> draft(String id, String name) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", name);
        draft.put("homepage", "https://" + id + ".example/");
        draft.put("feedUrls", List.of("https://" + id + ".example/rss/home.rss"));
        draft.put("sectionPages", List.of(Map.of("url", "https://" + id + ".example/thoi-su",
                "linkSelector", "article h3 a")));
        draft.put("country", "vn");
        draft.put("language", "vi");
        draft.put("level", "local");
        draft.put("origin", "domestic");
        draft.put("enabled", true);
        return draft;
    }
}
