package vn.presswatch.crawler.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic articles for benchmarks, as many as asked for, made deterministically by recombining the paragraphs of
 * the real Vietnamese demo articles. Article {@code i} is the same on every run with the same start time and count,
 * so none is stored: each is made again when asked for (a few microseconds). Every headline is unique (a bijection
 * of the index onto combinations of subject, place, action and circumstance); bodies have 300-600 words.
 * Publication times (whole minutes) fall evenly over the 30 days before the site's start, article 0 the newest,
 * several to a minute when there are more than 43,200. Immutable;
 * thread-safe.
 */
final class BulkArticles {

    static final long SEED = 20_250_818L;
    private static final Duration SPREAD = Duration.ofDays(30);
    private static final int MIN_WORDS = 300;
    private static final int MAX_WORDS = 600;
    /** The templates bulk pages rotate through, so extraction meets varied markup. */
    private static final List<DemoOutlet> TEMPLATES = List.of(
            DemoOutlet.THOISU, DemoOutlet.HAIPHONG, DemoOutlet.QUOCTE, DemoOutlet.DOSON);

    private static final List<String> SUBJECTS = List.of(
            "Nông dân", "Ngư dân", "Hợp tác xã", "Đoàn thanh niên", "Hội Phụ nữ", "Doanh nghiệp", "Các trường học",
            "Công an", "Bộ đội Biên phòng", "Chi bộ khu dân cư", "Làng nghề", "Trạm y tế", "Ban quản lý khu công "
                    + "nghiệp",
            "Hội Cựu chiến binh", "Tổ công nghệ số cộng đồng", "Hộ kinh doanh", "Ngành du lịch",
            "Ủy ban nhân dân", "Mặt trận Tổ quốc", "Hội Nông dân");
    private static final List<String> PLACES = List.of(
            "Đồ Sơn", "Cát Bà", "Thủy Nguyên", "Kiến An", "An Dương", "Tiên Lãng", "Vĩnh Bảo", "Lê Chân", "Ngô Quyền",
            "Hồng Bàng", "Hải An", "Dương Kinh", "An Lão", "Kiến Thụy", "Bạch Long Vĩ", "Cát Hải", "Lạch Tray",
            "Hoa Lư", "Nho Quan", "Kim Sơn");
    private static final List<String> ACTIONS = List.of(
            "đẩy mạnh chuyển đổi số", "giữ gìn nghề truyền thống", "chung tay bảo vệ môi trường biển",
            "hỗ trợ hộ nghèo vươn lên", "phát triển sản phẩm OCOP", "thu hút khách du lịch",
            "nâng cao chất lượng dịch vụ công", "ra quân tuần tra trên biển", "chuẩn bị cho mùa lễ hội",
            "tìm đầu ra cho nông sản", "ứng dụng công nghệ vào sản xuất", "xây dựng nông thôn mới kiểu mẫu",
            "tuyên truyền phòng chống tin giả", "mở rộng hợp tác quốc tế", "chủ động phòng chống thiên tai",
            "chăm lo gia đình chính sách", "đón nhà đầu tư mới", "đào tạo nghề cho lao động",
            "giữ bình yên thôn xóm", "bảo tồn di tích lịch sử", "phát triển kinh tế biển", "nâng cao đời sống người "
                    + "dân",
            "cải cách thủ tục hành chính", "khơi dậy phong trào thi đua", "lan tỏa văn hóa đọc");
    private static final List<String> CIRCUMSTANCES = List.of(
            "trong năm 2025", "sau khi sắp xếp đơn vị hành chính", "dịp cuối năm", "từ những cách làm sáng tạo",
            "bằng nguồn lực tại chỗ", "gắn với phát triển bền vững", "trước mùa mưa bão", "trong giai đoạn mới",
            "theo hướng hiện đại", "với sự đồng hành của người dân");
    private static final int COMBINATIONS = SUBJECTS.size() * PLACES.size() * ACTIONS.size() * CIRCUMSTANCES.size();
    /** Odd and not a multiple of 5, so coprime with the 100,000 combinations: i -> i * STRIDE is a bijection. */
    private static final long STRIDE = 37_813L;
    private static final List<String> AUTHORS = List.of(
            "Minh Quân", "Thu Trang", "Hoàng Long", "Ngọc Ánh", "Văn Thắng", "Hải Yến", "Đức Anh", "Phương Thảo");

    private final int count;
    private final Instant newest;
    private final Duration spacing;
    private final String baseUrl;
    private final List<String> paragraphs;
    private final List<String> leads;
    private final List<Integer> paragraphWords;

    BulkArticles(int count, Instant start, String baseUrl, List<DemoArticle> sources) {
        this.count = count;
        this.newest = start.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
        this.spacing = Duration.ofSeconds(Math.max(1, SPREAD.toSeconds() / Math.max(1, count)));
        this.baseUrl = baseUrl;
        Set<String> pool = new LinkedHashSet<>();
        Set<String> leadPool = new LinkedHashSet<>();
        for (DemoArticle a : sources) {
            if (a.language().equals("vi")) {
                pool.addAll(a.paragraphs());
                leadPool.add(a.lead());
            }
        }
        if (pool.size() < 20) {
            throw new IllegalStateException("too few Vietnamese paragraphs to make bulk articles: " + pool.size());
        }
        this.paragraphs = List.copyOf(pool);
        this.leads = List.copyOf(leadPool);
        this.paragraphWords = paragraphs.stream().map(BulkArticles::words).toList();
    }

    int count() {
        return count;
    }

    /** Article {@code i}, 0 &lt;= i &lt; count: the newest is 0. */
    DemoArticle article(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("bulk article " + i + " of " + count);
        }
        Random random = new Random(SEED * 31 + i);
        String title = title(i);
        String lead = leads.get(random.nextInt(leads.size()));
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 80);
        int words = words(lead);
        List<String> body = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        while (words < target && used.size() < paragraphs.size()) {
            int p = random.nextInt(paragraphs.size());
            if (used.add(p) && words + paragraphWords.get(p) <= MAX_WORDS) {
                body.add(paragraphs.get(p));
                words += paragraphWords.get(p);
            }
        }
        DemoOutlet template = TEMPLATES.get(i % TEMPLATES.size());
        String path = "/bulk/" + template.id() + "/" + Markup.slug(title) + "-" + i + ".html";
        return new DemoArticle("bulk-" + i, "bulk-" + i, template, "tong-hop", baseUrl + path, title, lead, body,
                AUTHORS.get(random.nextInt(AUTHORS.size())),
                // Whole minutes: most templates print no seconds.
                newest.minus(spacing.multipliedBy(i)).truncatedTo(ChronoUnit.MINUTES).atZone(Markup.VIETNAM)
                        .toOffsetDateTime(), "vi", List.of(),
                "neutral", 0);
    }

    /** The index of the bulk article at {@code path}, or -1. */
    int indexOf(String path) {
        int dash = path.lastIndexOf('-');
        if (!path.startsWith("/bulk/") || !path.endsWith(".html") || dash < 0) {
            return -1;
        }
        int i;
        try {
            i = Integer.parseInt(path.substring(dash + 1, path.length() - 5));
        } catch (NumberFormatException e) {
            return -1;
        }
        return i >= 0 && i < count && article(i).path().equals(path) ? i : -1;
    }

    /** A unique headline: index -> combination is a bijection below 100,000, then a part number is added. */
    static String title(int i) {
        long j = (i % COMBINATIONS * STRIDE + 12_345L) % COMBINATIONS;
        String circumstance = CIRCUMSTANCES.get((int) (j % CIRCUMSTANCES.size()));
        j /= CIRCUMSTANCES.size();
        String action = ACTIONS.get((int) (j % ACTIONS.size()));
        j /= ACTIONS.size();
        String place = PLACES.get((int) (j % PLACES.size()));
        j /= PLACES.size();
        String subject = SUBJECTS.get((int) (j % SUBJECTS.size()));
        String title = subject + " " + place + " " + action + " " + circumstance;
        return i < COMBINATIONS ? title : title + " (kỳ " + (i / COMBINATIONS + 1) + ")";
    }

    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = !Character.isWhitespace(text.charAt(k));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
