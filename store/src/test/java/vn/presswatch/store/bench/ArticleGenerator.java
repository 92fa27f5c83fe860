package vn.presswatch.store.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.presswatch.store.Article;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * Deterministic Vietnamese-like articles for the benchmark: sentences built from the vocabulary of each topic of
 * the taxonomy, about 1.5 KB of text each, spread over one year, 60 outlets and a dozen localities.
 */
final class ArticleGenerator implements Iterator<Article> {
    static final Instant YEAR_START = Instant.parse("2024-12-31T17:00:00Z"); // 1 Jan 2025 in Viet Nam
    private static final long YEAR_MILLIS = 365L * 24 * 3600 * 1000;

    static final String[] TOPICS = {"sovereignty", "human_rights", "disinformation", "ocop", "investment",
            "tourism_culture", "foreign_relations", "defense_security", "party_building", "rural_poverty",
            "digital_transformation"};
    private static final String[][] VOCABULARY = {
            {"chủ quyền", "biển đảo", "Hoàng Sa", "Trường Sa", "Biển Đông", "ngư dân", "vùng biển", "biên giới",
                    "cột mốc", "luật biển", "kiểm ngư", "tàu cá"},
            {"nhân quyền", "dân chủ", "tự do tôn giáo", "tín ngưỡng", "đồng bào dân tộc", "chính sách dân tộc",
                    "quyền con người", "bình đẳng"},
            {"thông tin sai lệch", "xuyên tạc", "tin giả", "bác bỏ", "luận điệu", "thế lực thù địch", "mạng xã hội",
                    "phản bác"},
            {"sản phẩm OCOP", "làng nghề", "đặc sản", "nước mắm Cát Hải", "gốm", "chiếu cói Kim Sơn", "xúc tiến thương mại",
                    "hợp tác xã"},
            {"đầu tư", "FDI", "khu công nghiệp", "cảng biển", "tăng trưởng", "doanh nghiệp", "vốn đăng ký",
                    "logistics"},
            {"du lịch", "lễ hội", "di sản", "Tràng An", "Cát Bà", "Hoa Phượng Đỏ", "văn hóa", "du khách", "thể thao"},
            {"đối ngoại", "hợp tác quốc tế", "đoàn công tác", "kết nghĩa", "đại sứ", "người Việt Nam ở nước ngoài",
                    "ngoại giao"},
            {"quốc phòng", "an ninh", "biên phòng", "công an", "trật tự", "quân đội", "diễn tập", "phòng cháy"},
            {"xây dựng Đảng", "đại hội", "nghị quyết", "chính quyền", "kỷ niệm", "cán bộ", "chi bộ"},
            {"nông thôn mới", "giảm nghèo", "hộ nghèo", "sinh kế", "an sinh", "nhà đại đoàn kết"},
            {"chuyển đổi số", "chính quyền số", "kinh tế số", "nền tảng số", "dịch vụ công trực tuyến",
                    "dữ liệu", "thanh toán không dùng tiền mặt"}};
    private static final String[] COMMON = {"thành phố", "tỉnh", "xã", "phường", "người dân", "lãnh đạo", "hội nghị",
            "triển khai", "kế hoạch", "năm 2025", "tổ chức", "tiếp tục", "phát triển", "nâng cao", "hiệu quả",
            "chương trình", "tuyên truyền", "cơ quan", "báo chí", "thông tin", "địa phương", "trong nước", "quốc tế",
            "công tác", "đẩy mạnh", "kết quả", "sự kiện", "hoạt động", "cho biết", "theo", "của", "và", "với", "các",
            "những", "được", "đã", "sẽ", "đang", "tại", "trên", "về"};
    static final String[] LOCALITIES = {"Hải Phòng", "Ninh Bình", "Hà Nội", "Quảng Ninh", "Khánh Hòa", "Đà Nẵng",
            "Thành phố Hồ Chí Minh", "Phường Hồng Bàng", "Xã Cát Hải", "Phường Hoa Lư", "Xã Gia Viễn", "Đặc khu Bạch Long Vĩ"};
    static final int SOURCES = 60;
    private static final String[] LANGS = {"vi", "vi", "vi", "vi", "vi", "vi", "vi", "en", "en", "fr", "zh", "ko"};

    /** Sentences per topic and length, made once, so that producing an article costs little beside indexing it. */
    private static final int POOL = 512;

    private final SplittableRandom random;
    private final int count;
    private final String[][] titles = new String[TOPICS.length][POOL];
    private final String[][] leads = new String[TOPICS.length][POOL];
    private final String[][] sentences = new String[TOPICS.length][POOL];
    private int next;

    ArticleGenerator(long seed, int count) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        for (int t = 0; t < TOPICS.length; t++) {
            for (int i = 0; i < POOL; i++) {
                titles[t][i] = sentence(t, 10);
                leads[t][i] = sentence(t, 30);
                sentences[t][i] = sentence(t, 20);
            }
        }
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int n = next++;
        int topic = random.nextInt(TOPICS.length);
        int second = random.nextInt(4) == 0 ? random.nextInt(TOPICS.length) : -1;
        int source = random.nextInt(SOURCES);
        List<TopicScore> topics = new ArrayList<>(2);
        topics.add(new TopicScore(TOPICS[topic], 0.9));
        if (second >= 0 && second != topic) {
            topics.add(new TopicScore(TOPICS[second], 0.6));
        }
        Instant published = YEAR_START.plusMillis(random.nextLong(YEAR_MILLIS));
        String locality = LOCALITIES[random.nextInt(LOCALITIES.length)];
        return Article.builder()
                .canonicalUrl("https://bao" + source + ".example.vn/bai-" + n + ".html")
                .sourceId("bao" + source)
                .origin(source < 48 ? Origin.DOMESTIC : Origin.FOREIGN)
                .language(LANGS[random.nextInt(LANGS.length)])
                .title(titles[topic][random.nextInt(POOL)] + " tại " + locality)
                .lead(leads[topic][random.nextInt(POOL)])
                .text(paragraphs(topic, second))
                .author("Phóng viên " + (n % 500))
                .publishedAt(published)
                .fetchedAt(published.plusSeconds(600))
                .topics(topics)
                .tone(Tone.values()[random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 0 : 2])
                .localities(List.of(locality))
                .clusterId("c" + (n / 3))
                .contentHash(Long.toHexString(random.nextLong()))
                .build();
    }

    private String paragraphs(int topic, int second) {
        StringBuilder sb = new StringBuilder(1600);
        while (sb.length() < 1400) {
            int t = second >= 0 && random.nextBoolean() ? second : topic;
            sb.append(sentences[t][random.nextInt(POOL)]).append(' ');
        }
        return sb.toString();
    }

    private String sentence(int topic, int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            String w = random.nextInt(3) == 0 ? VOCABULARY[topic][random.nextInt(VOCABULARY[topic].length)]
                    : COMMON[random.nextInt(COMMON.length)];
            if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(' ').append(w);
            }
        }
        return sb.append('.').toString();
    }
}
