package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.presswatch.store.Article;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/** The shipped classifier on real-looking articles of each topic and on the traps between them. */
class ArticleClassifierTest {
    private static ArticleClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = ArticleClassifier.standard(LocalityTagger.NONE);
    }

    private static List<String> topics(String title, String text) {
        return classifier.classify(title, text).topics().stream().map(TopicScore::topic).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sovereignty | Ngư dân Quảng Ngãi bị tàu nước ngoài xua đuổi, cướp tài sản tại vùng biển Hoàng Sa | Bộ Ngoại giao phản đối hành động vi phạm chủ quyền của Việt Nam đối với quần đảo Hoàng Sa, yêu cầu bồi thường cho ngư dân.
            human_rights | Việt Nam trình bày báo cáo quốc gia về quyền con người tại Hội đồng Nhân quyền Liên hợp quốc | Báo cáo nêu rõ những thành tựu trong bảo đảm tự do tín ngưỡng, tôn giáo và quyền của đồng bào dân tộc thiểu số.
            disinformation | Xử phạt người đăng tin sai sự thật về dịch bệnh tại Hải Phòng | Công an thành phố cho biết thông tin lan truyền trên mạng xã hội là bịa đặt, gây hoang mang dư luận.
            ocop | Hải Phòng có thêm 25 sản phẩm OCOP đạt 4 sao | Nước mắm Cát Hải, bánh đa Kinh Môn và nhiều đặc sản làng nghề được công nhận sản phẩm OCOP năm nay.
            investment | Khu công nghiệp Deep C thu hút thêm 300 triệu USD vốn FDI | Nhà đầu tư Hàn Quốc khởi công dự án nhà máy linh kiện điện tử, nâng tổng vốn đầu tư vào khu công nghiệp.
            tourism_culture | Lễ hội Hoa Phượng Đỏ thu hút hàng vạn du khách | Chuỗi hoạt động văn hóa, nghệ thuật và du lịch diễn ra tại trung tâm thành phố Cảng trong dịp lễ hội.
            foreign_relations | Đoàn đại biểu thành phố Incheon (Hàn Quốc) thăm và làm việc tại Hải Phòng | Hai bên trao đổi về hợp tác hữu nghị giữa hai thành phố kết nghĩa và ký biên bản ghi nhớ hợp tác.
            defense_security | Bộ đội Biên phòng bắt giữ đối tượng vận chuyển ma túy qua cửa khẩu | Lực lượng chức năng thu giữ 2 kg ma túy tổng hợp, đảm bảo an ninh trật tự khu vực biên giới.
            party_building | Đại hội Đảng bộ thành phố nhiệm kỳ 2025-2030 thành công tốt đẹp | Đại hội thông qua Nghị quyết, bầu Ban Chấp hành Đảng bộ khóa mới gồm 65 đồng chí.
            rural_poverty | Huyện Vĩnh Bảo hoàn thành xây dựng nông thôn mới nâng cao | Tỷ lệ hộ nghèo giảm còn 0,5%, 100% nhà tạm, nhà dột nát của hộ nghèo được xóa bỏ.
            digital_transformation | Hải Phòng đẩy mạnh dịch vụ công trực tuyến và chuyển đổi số | Người dân có thể nộp hồ sơ qua ứng dụng VNeID, thanh toán không dùng tiền mặt khi làm thủ tục hành chính.
            """)
    void recognisesEachTopic(String topic, String title, String text) {
        assertThat(topics(title, text)).contains(topic);
    }

    @Test
    void aStormInTheEastSeaIsWeatherNotSovereignty() {
        assertThat(topics("Bão số 5 mạnh lên trên Biển Đông, gió giật cấp 14",
                "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết bão có thể đổ bộ vào đất liền các tỉnh miền "
                        + "Trung trong 48 giờ tới, vùng biển phía Bắc có sóng cao 5-7 m."))
                .doesNotContain("sovereignty");
    }

    @Test
    void celebrityRumoursAreNotDisinformation() {
        assertThat(topics("Nữ ca sĩ lên tiếng về tin đồn hẹn hò với thiếu gia",
                "Trên trang cá nhân, nữ ca sĩ khẳng định hai người chỉ là bạn bè và mong khán giả không suy diễn."))
                .doesNotContain("disinformation");
    }

    @Test
    void theArmysFootballClubIsSportNotDefence() {
        assertThat(topics("Thể Công - Viettel thắng đậm trên sân Hàng Đẫy ở vòng 8 V.League",
                "Hai bàn thắng trong hiệp hai giúp đội bóng áo lính vươn lên vị trí thứ ba bảng xếp hạng."))
                .doesNotContain("defense_security");
    }

    @Test
    void textWithoutDiacriticsIsClassifiedToo() {
        assertThat(topics("Hai Phong co them 25 san pham OCOP dat 4 sao",
                "Nuoc mam Cat Hai, banh da Kinh Mon va nhieu dac san lang nghe duoc cong nhan san pham OCOP."))
                .contains("ocop");
    }

    @Test
    void negativeCoverageIsNegative() {
        Classification c = classifier.classify("Người dân bức xúc vì ô nhiễm từ bãi rác kéo dài nhiều năm",
                "Mùi hôi thối và nước rỉ rác tràn ra khu dân cư, chính quyền chậm xử lý khiến hàng trăm hộ dân khổ sở.");
        assertThat(c.tone()).isEqualTo(Tone.NEGATIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Hải Phòng đón hơn 2 triệu lượt khách du lịch trong sáu tháng đầu năm
            vi | Hai Phong don hon 2 trieu luot khach du lich trong sau thang dau nam nay
            en | Haiphong welcomes more than two million tourists in the first half of the year
            zh | 海防市上半年接待游客超过二百万人次，旅游收入大幅增长
            ko | 하이퐁시는 올해 상반기에 2백만 명 이상의 관광객을 맞이했다
            ja | ハイフォン市は今年上半期に二百万人以上の観光客を迎えました
            fr | Haiphong a accueilli plus de deux millions de touristes au premier semestre de cette année
            ru | Хайфон принял более двух миллионов туристов в первой половине этого года
            """)
    void identifiesTheLanguage(String language, String title) {
        assertThat(classifier.classify(title, "").language()).isEqualTo(language);
    }

    @Test
    void taggingFillsTheArticle() {
        Article article = Article.builder().url("https://baohaiphong.vn/a.html")
                .canonicalUrl("https://baohaiphong.vn/a.html").sourceId("baohaiphong")
                .fetchedAt(java.time.Instant.parse("2025-08-18T03:00:00Z"))
                .title("Khu công nghiệp Deep C thu hút thêm 300 triệu USD vốn FDI")
                .text("Nhà đầu tư Hàn Quốc khởi công dự án nhà máy linh kiện điện tử tại Hải Phòng.").build();
        Article tagged = classifier.tag(article);
        assertThat(tagged.topicIds()).contains("investment");
        assertThat(tagged.tone()).isNotNull();
        assertThat(tagged.language()).isEqualTo("vi");
    }

    @Test
    void emptyAndHugeTextsAreHandled() {
        assertThat(classifier.classify("", "").topics()).isEmpty();
        String huge = "Hải Phòng phát triển kinh tế biển. ".repeat(40_000);
        assertThat(classifier.classify("Kinh tế biển", huge).language()).isEqualTo("vi");
    }

    @Test
    void aCorrectionIsLearnt() {
        String title = "Chương trình Xuân yêu thương trao quà cho công nhân khó khăn khu công nghiệp Nomura";
        String text = "Công đoàn trao 500 suất quà Tết cho công nhân có hoàn cảnh khó khăn.";
        List<Example> corrections = java.util.Collections.nCopies(8,
                new Example(List.of("rural_poverty"), Tone.POSITIVE, title, text, "correction"));
        ArticleClassifier corrected = classifier.retrain(corrections);
        assertThat(corrected.classify(title, text).topicScores().get("rural_poverty"))
                .isGreaterThan(classifier.classify(title, text).topicScores().get("rural_poverty"));
        assertThat(corrected.classify(title, text).topics()).extracting(TopicScore::topic).contains("rural_poverty");
    }
}
