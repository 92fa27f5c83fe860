package vn.presswatch.store;

import java.time.Instant;
import java.util.List;

/** Real-looking Vietnamese and English press items for the contract suite. */
public final class Fixtures {
    public static final Instant FETCHED = Instant.parse("2025-08-20T00:00:00Z");

    /** "Hải Phòng" with diacritics, in title and lead. */
    public static final Article HP_EXACT = article("hp-exact", "baohaiphong", Origin.DOMESTIC, "vi",
            "Hải Phòng đón đoàn công tác tỉnh Gyeonggi, Hàn Quốc",
            "Chiều 18/8, lãnh đạo thành phố Hải Phòng tiếp đoàn đại biểu tỉnh Gyeonggi sang thăm và làm việc.",
            "Hai bên trao đổi về hợp tác đầu tư, giáo dục và giao lưu văn hóa giữa hai địa phương kết nghĩa.",
            "2025-08-18T03:00:00Z", Tone.POSITIVE, List.of("Hải Phòng"), "cluster-gyeonggi",
            "foreign_relations", "investment");
    /** The same place written without diacritics (as some sites and foreign outlets do). */
    public static final Article HP_PLAIN = article("hp-plain", "vnexpress", Origin.DOMESTIC, "vi",
            "Hai Phong thu hut dau tu nuoc ngoai ky luc",
            "Nam nay Hai Phong dan dau ca nuoc ve thu hut von FDI.",
            "Cac khu cong nghiep cua thanh pho tiep tuc mo rong.",
            "2025-08-17T10:00:00Z", Tone.POSITIVE, List.of("Hải Phòng"), "cluster-fdi", "investment");
    /** Upper case title, festival. */
    public static final Article HP_UPPER = article("hp-upper", "baohaiphong", Origin.DOMESTIC, "vi",
            "HẢI PHÒNG: KHAI MẠC LỄ HỘI HOA PHƯỢNG ĐỎ 2025",
            "Lễ hội Hoa Phượng Đỏ thu hút hàng vạn du khách.",
            "Chương trình nghệ thuật đặc sắc tại Quảng trường Nhà hát thành phố quảng bá du lịch và văn hóa.",
            "2025-05-10T13:00:00Z", Tone.POSITIVE, List.of("Hải Phòng"), "cluster-phuong", "tourism_culture");
    /** "đảo" (island). */
    public static final Article ISLAND = article("island", "nhandan", Origin.DOMESTIC, "vi",
            "Kiên quyết bảo vệ chủ quyền biển đảo Trường Sa",
            "Lực lượng hải quân thường xuyên tuần tra, bảo vệ ngư dân bám biển.",
            "Các đảo ở quần đảo Trường Sa được đầu tư hạ tầng, phục vụ bà con ngư dân.",
            "2025-07-01T01:00:00Z", Tone.NEUTRAL, List.of("Khánh Hòa"), "cluster-truongsa", "sovereignty");
    /** "dao" (knife), which folds to the same word; and hostile markup in the text. */
    public static final Article KNIFE = article("knife", "vnexpress", Origin.DOMESTIC, "vi",
            "Công an Ninh Bình thu giữ con dao gây án",
            "Nghi phạm dùng dao khống chế chủ tiệm vàng.",
            "Vụ việc <script>alert('x')</script> đang được điều tra & xử lý.",
            "2025-07-02T01:00:00Z", Tone.NEGATIVE, List.of("Ninh Bình"), "cluster-knife", "defense_security");
    /** Foreign Vietnamese-language outlet, negative; published 20:00 UTC = 03:00 next day in Vietnam. */
    public static final Article HP_RUMOUR = article("hp-rumour", "bbc-vietnamese", Origin.FOREIGN, "vi",
            "Thông tin sai lệch về Hải Phòng lan truyền trên mạng",
            "Một trang mạng đưa tin Hải Phòng vi phạm nhân quyền, đây là thông tin xuyên tạc.",
            "Cơ quan chức năng đã lên tiếng bác bỏ.",
            "2025-08-18T20:00:00Z", Tone.NEGATIVE, List.of("Hải Phòng"), "cluster-rumour",
            "human_rights", "disinformation");
    /** English, foreign; published 31 March 18:00 UTC = 1 April in Vietnam. */
    public static final Article HP_ENGLISH = article("hp-english", "reuters", Origin.FOREIGN, "en",
            "Vietnam's Hai Phong port expands container capacity",
            "The northern port city is attracting record foreign investment.",
            "Lach Huyen terminals handled more containers than ever.",
            "2025-03-31T18:00:00Z", Tone.NEUTRAL, List.of("Hải Phòng"), "cluster-port", "investment");
    /** "Hải Phòng" and "nhân quyền" far apart: matches AND, not proximity 5. */
    public static final Article HP_FAR = article("hp-far", "baohaiphong", Origin.DOMESTIC, "vi",
            "Hội thảo quốc tế về kinh tế biển",
            "Hội thảo diễn ra trong hai ngày.",
            "Hải Phòng tổ chức hội thảo quốc tế về phát triển kinh tế biển bền vững với sự tham gia của nhiều chuyên"
                    + " gia trong nước và quốc tế đến từ các viện nghiên cứu. Bên lề hội thảo, các đại biểu cũng trao"
                    + " đổi về nhân quyền trong lao động nghề cá.",
            "2025-08-16T02:00:00Z", Tone.NEUTRAL, List.of("Hải Phòng"), "cluster-gyeonggi", "investment");
    /** A syndicated copy of HP_EXACT's story in another outlet. */
    public static final Article HP_COPY = article("hp-copy", "vietnamplus", Origin.DOMESTIC, "vi",
            "Đoàn đại biểu tỉnh Gyeonggi thăm Hải Phòng",
            "Lãnh đạo thành phố Hải Phòng tiếp đoàn đại biểu tỉnh Gyeonggi.",
            "",
            "2025-08-18T05:00:00Z", Tone.POSITIVE, List.of("Hải Phòng"), "cluster-gyeonggi", "foreign_relations");

    public static final List<Article> ALL = List.of(HP_EXACT, HP_PLAIN, HP_UPPER, ISLAND, KNIFE, HP_RUMOUR,
            HP_ENGLISH, HP_FAR, HP_COPY);

    private Fixtures() {
    }

    public static Article article(String slug, String source, Origin origin, String lang, String title, String lead,
                                  String text, String published, Tone tone, List<String> localities, String cluster,
                                  String... topics) {
        Article.Builder b = Article.builder()
                .canonicalUrl("https://" + source + ".example.vn/" + slug + ".html")
                .url("https://" + source + ".example.vn/" + slug + ".html?utm_source=rss")
                .sourceId(source).origin(origin).language(lang).title(title).lead(lead).text(text)
                .author("Phóng viên " + source)
                .publishedAt(Instant.parse(published)).fetchedAt(FETCHED).tone(tone).localities(localities)
                .clusterId(cluster).contentHash("sha256:" + slug);
        double score = 0.95;
        for (String topic : topics) {
            b.topics(append(b, new TopicScore(topic, score)));
            score -= 0.2;
        }
        return b.build();
    }

    private static List<TopicScore> append(Article.Builder b, TopicScore topic) {
        List<TopicScore> list = new java.util.ArrayList<>(b.build().topics());
        list.add(topic);
        return list;
    }
}
