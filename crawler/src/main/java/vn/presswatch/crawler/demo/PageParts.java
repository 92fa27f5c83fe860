package vn.presswatch.crawler.demo;

import java.util.List;
import java.util.Map;

/** Pieces several outlet templates share: section names, readers' comments, the ad slot. */
final class PageParts {

    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("thoi-su", "Thời sự"), Map.entry("chinh-tri", "Chính trị"), Map.entry("kinh-te", "Kinh tế"),
            Map.entry("xa-hoi", "Xã hội"), Map.entry("van-hoa", "Văn hóa"), Map.entry("du-lich", "Du lịch"),
            Map.entry("phap-luat", "Pháp luật"), Map.entry("the-gioi", "Thế giới"), Map.entry("the-thao", "Thể thao"),
            Map.entry("quoc-phong", "Quốc phòng"), Map.entry("viet-nam", "Việt Nam"),
            Map.entry("tin-tuc", "Tin tức - Sự kiện"), Map.entry("nong-thon", "Nông thôn"),
            Map.entry("doi-ngoai", "Đối ngoại"), Map.entry("cong-nghe", "Công nghệ"),
            Map.entry("politics", "Politics"), Map.entry("business", "Business"), Map.entry("travel", "Travel"),
            Map.entry("society", "Society"), Map.entry("environment", "Environment"),
            Map.entry("technology", "Technology"), Map.entry("tin-loi", "Tin lỗi"));

    /** Readers' comments printed under articles; tests check none of this reaches an extracted body. */
    static final List<Comment> COMMENTS = List.of(
            new Comment("Nguyễn Văn Hùng", "Mong chính quyền tiếp tục quan tâm hơn nữa đến đời sống bà con vùng biển."),
            new Comment("Trần Thị Mai", "Bài viết rất thiết thực, cảm ơn phóng viên đã phản ánh kịp thời."),
            new Comment("Lê Minh Tuấn", "Đề nghị cơ quan chức năng kiểm tra và xử lý dứt điểm, tránh để kéo dài."),
            new Comment("Phạm Thu Hương", "Thông tin hữu ích, tôi sẽ chia sẻ cho người thân ở quê cùng biết."),
            new Comment("Đặng Quốc Bảo", "Quê tôi ở đây, đọc bài thấy tự hào và mong quê hương ngày càng phát triển."));

    /** A reader's comment. */
    record Comment(String name, String text) {
    }

    private PageParts() {
    }

    static String sectionName(String section) {
        return SECTIONS.getOrDefault(section, section);
    }

    /** Two comments chosen by the article's id, so a page never changes between requests. */
    static List<Comment> commentsFor(DemoArticle article) {
        int first = Math.floorMod(article.id().hashCode(), COMMENTS.size());
        return List.of(COMMENTS.get(first), COMMENTS.get((first + 2) % COMMENTS.size()));
    }

    /** Up to {@code n} of {@code others} from {@code from}, skipping the article itself. */
    static List<DemoArticle> pick(List<DemoArticle> others, DemoArticle self, int from, int n) {
        return others.stream().filter(a -> !a.id().equals(self.id())).skip(from).limit(n).toList();
    }

    /** The site-relative address of an article (pages link relatively, feeds absolutely). */
    static String href(DemoArticle article) {
        return article.path();
    }
}
