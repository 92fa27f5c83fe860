package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The matching rules and their traps, in Vietnamese with and without diacritics, and in English. */
class LocalityMatcherTest {

    /** Immutable and thread-safe, so one is shared by all tests. */
    private static final LocalityMatcher MATCHER = new LocalityMatcher(LocalityMatcher.Settings.defaults());

    private static final String HAI_PHONG = "31";
    private static final String NINH_BINH = "37";
    private static final String HO_CHI_MINH = "79";
    private static final String DO_SON = "11455";
    private static final String KIEN_AN = "11443";
    private static final String THUY_NGUYEN = "11560";
    private static final String CAT_HAI = "11914";

    private static List<String> ids(String text) {
        return ids("", text);
    }

    private static List<String> ids(String title, String text) {
        return MATCHER.match(title, text).stream().map(LocalityMatch::id).toList();
    }

    @Nested
    class Provinces {

        @ParameterizedTest
        @ValueSource(strings = {"Hải Phòng đón 2 triệu khách.", "Thành phố Hải Phòng đón khách.",
                "TP. Hải Phòng đón khách.", "Du khách đến Hai Phong dịp lễ.", "HẢI PHÒNG ĐÓN KHÁCH",
                "Haiphong welcomes tourists.", "Visitors flock to Hai Phong city.", "Hai Phong City has a port.",
                "The port of Haiphong's container terminal."})
        void findsHaiPhongHoweverWritten(String text) {
            assertThat(ids(text)).containsExactly(HAI_PHONG);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Tỉnh Ninh Bình tổ chức lễ hội.", "Ninh Binh province hosts a festival.",
                "Le hoi o tinh Ninh Binh.", "NINH BÌNH: lễ hội Tràng An"})
        void findsNinhBinhHoweverWritten(String text) {
            assertThat(ids(text)).contains(NINH_BINH);
        }

        @Test
        void englishSpellingsOfOtherProvinces() {
            assertThat(ids("Flights from Hanoi and Danang to Ho Chi Minh City resumed."))
                    .containsExactlyInAnyOrder("01", "48", HO_CHI_MINH);
            assertThat(ids("Quang Ninh province and Thanh Hoa are hit by the storm.")).containsExactly("22", "38");
        }

        @Test
        void formerProvincesMapToTheProvinceThatAbsorbedThem() {
            assertThat(ids("Công an tỉnh Hải Dương điều tra vụ lừa đảo.")).containsExactly(HAI_PHONG);
            assertThat(ids("Nông sản Nam Định và Hà Nam được mùa.")).containsExactly(NINH_BINH);
            assertThat(ids("Hai Duong province reported new cases.")).containsExactly(HAI_PHONG);
            assertThat(ids("Đoàn công tác làm việc với tỉnh Hòa Bình.")).containsExactly("25");
            assertThat(ids("Lúa Thái Bình được mùa.")).containsExactly("33");
        }

        @Test
        void aCommuneNamedLikeAProvinceIsTheProvinceUnlessTheUnitWordSaysCommune() {
            assertThat(ids("Nam Định đón khách.")).containsExactly(NINH_BINH);
            assertThat(ids("Phường Nam Định tổ chức hội nghị.")).containsExactly(NINH_BINH, "13669");
            assertThat(ids("Tin từ xã Hà Nam, thành phố Hải Phòng.")).containsExactly(HAI_PHONG, "10843");
        }
    }

    @Nested
    class HoChiMinh {

        @ParameterizedTest
        @ValueSource(strings = {"UBND TP Hồ Chí Minh họp báo.", "Thành phố Hồ Chí Minh có mưa.", "Giá nhà tại TP.HCM tăng.",
                "Tại TPHCM, giá nhà tăng.", "Nhiều khách đến Sài Gòn.", "Flights to Ho Chi Minh City resumed.",
                "HCMC's metro opened.", "Người dân ở Hồ Chí Minh chờ tàu điện.", "Khach den TP HCM dip le."})
        void theCityWithACityMarker(String text) {
            assertThat(ids(text)).containsExactly(HO_CHI_MINH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Học tập và làm theo tư tưởng Hồ Chí Minh.", "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn.",
                "Lăng Bác Hồ và Lăng Chủ tịch Hồ Chí Minh đón khách.", "Đoàn TNCS Hồ Chí Minh ra quân.",
                "Giải thưởng Hồ Chí Minh được trao.", "President Ho Chi Minh read the declaration.",
                "Visitors queue at the Ho Chi Minh Mausoleum.", "Chu tich Ho Chi Minh doc Tuyen ngon."})
        void thePresidentIsNoPlace(String text) {
            assertThat(ids(text)).isEmpty();
        }

        @Test
        void chiMinhInsideTheLongerNameIsNotTheCommune() {
            assertThat(ids("Bác Hồ Chí Minh kính yêu.")).isEmpty();
        }
    }

    @Nested
    class Communes {

        @Test
        void aCommuneImpliesItsProvince() {
            List<LocalityMatch> matches = MATCHER.match("", "Lễ hội chọi trâu ở phường Đồ Sơn thu hút khách.");
            assertThat(matches).extracting(LocalityMatch::id).containsExactly(HAI_PHONG, DO_SON);
            assertThat(matches.get(1).name()).isEqualTo("Phường Đồ Sơn");
            assertThat(matches.get(1).provinceName()).isEqualTo("Hải Phòng");
            assertThat(matches.get(1).level()).isEqualTo(LocalityLevel.COMMUNE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lễ hội ở Đồ Sơn.", "Le hoi o Do Son.", "P.Đồ Sơn tổ chức lễ hội.",
                "P. Đồ Sơn tổ chức lễ hội.", "Tourists love Do Son ward.", "phuong Do Son, Hai Phong"})
        void aUniqueNameCountsBareOrWithAUnitWord(String text) {
            assertThat(ids(text)).containsExactly(HAI_PHONG, DO_SON);
        }

        @Test
        void namesThatDifferOnlyInDiacriticsNeedThem() {
            assertThat(ids("Xã Cẩm Giàng, Hải Phòng")).containsExactly(HAI_PHONG, "10903");
            assertThat(ids("Xã Cẩm Giang, Hải Phòng")).containsExactly(HAI_PHONG, "10888");
            // Without diacritics it is one of the two: only the province is sure.
            assertThat(ids("xa Cam Giang, Hai Phong")).containsExactly(HAI_PHONG);
        }

        @Test
        void aWordWithOtherDiacriticsIsNotTheName() {
            // "Tỉnh Hải" is not the former ward Tĩnh Hải (Thanh Hóa).
            assertThat(ids("Tỉnh Hải Dương cũ nay thuộc Hải Phòng.")).containsExactly(HAI_PHONG);
            // Without diacritics "tinh" is read as the unit word, not as the start of "Tinh Hai".
            assertThat(ids("tinh Hai Duong cu nay thuoc Hai Phong")).containsExactly(HAI_PHONG);
        }

        @Test
        void englishNamesFromTheData() {
            assertThat(ids("China's claims over the Paracel islands")).containsExactly("48", "20333");
            assertThat(ids("Vietnam's Spratly archipelago")).containsExactly("56", "22736");
            assertThat(ids("A cruise on Ha Long Bay.")).containsExactly("22", "06688");
            assertThat(ids("Du thuyền trên vịnh Hạ Long.")).containsExactly("22", "06688");
        }

        @Test
        void theIslandSpecialZones() {
            assertThat(ids("Cat Hai special zone welcomes visitors.")).containsExactly(HAI_PHONG, CAT_HAI);
            assertThat(ids("Huyện đảo Bạch Long Vĩ nay là đặc khu.")).containsExactly(HAI_PHONG, "11948");
            assertThat(ids("Quần đảo Hoàng Sa là của Việt Nam.")).containsExactly("48", "20333");
        }
    }

    @Nested
    class FormerUnits {

        @Test
        void aFormerCommuneMergedWholeIsItsNewCommune() {
            assertThat(ids("Du khách đổ về đảo Cát Bà, Hải Phòng.")).containsExactly(HAI_PHONG, CAT_HAI);
            assertThat(ids("Thị trấn Núi Đối (cũ) có chợ phiên.")).containsExactly(HAI_PHONG, "11680");
        }

        @Test
        void aFormerCommuneSplitBetweenSeveralIsOnlyItsProvince() {
            assertThat(ids("Người dân phường Tân Tiến (cũ), Hải Phòng.")).containsExactly(HAI_PHONG);
        }

        @Test
        void aBareFormerNameCountsOnlyInAnArticleAboutItsProvince() {
            // "Lạc An" was a commune of today's Hồ Chí Minh City and is a common company name.
            assertThat(ids("Công ty Cổ phần Lạc An trúng thầu.")).isEmpty();
        }

        @Test
        void aFormerDistrictIsOnlyItsProvince() {
            assertThat(ids("Huyện Thủy Nguyên cũ có nhiều làng nghề.")).containsExactly(HAI_PHONG);
            assertThat(ids("Quận Kiến An tổ chức hội nghị.")).containsExactly(HAI_PHONG);
            assertThat(ids("Thị xã Kinh Môn cũ nay thuộc Hải Phòng.")).containsExactly(HAI_PHONG);
            assertThat(ids("Trung tâm điều hành TP Thủ Đức.")).containsExactly(HO_CHI_MINH);
            assertThat(ids("huyen Thuy Nguyen cu")).containsExactly(HAI_PHONG);
        }

        @Test
        void theWardNamedAfterAFormerDistrictIsTheWard() {
            assertThat(ids("Kiến An có thêm trường học mới.")).containsExactly(HAI_PHONG, KIEN_AN);
            assertThat(ids("Phường Thủy Nguyên khánh thành cầu.")).containsExactly(HAI_PHONG, THUY_NGUYEN);
        }

        @Test
        void aListUnderOneUnitWordKeepsIt() {
            assertThat(ids("Các huyện Vĩnh Bảo, Tiên Lãng và Kiến Thụy cũ chống hạn.")).containsExactly(HAI_PHONG);
            assertThat(ids("Huyện Vĩnh Bảo và Tiên Lãng cũ chống hạn.")).containsExactly(HAI_PHONG);
        }

        @Test
        void theMiddleOfAnOldThreeLevelAddressIsADistrict() {
            assertThat(ids("Tai nạn tại thị trấn Tây Đằng, Ba Vì, Hà Nội.")).containsExactly("01");
            // Today's two-level address: the ward and its city.
            assertThat(ids("Tai nạn tại phường Đồ Sơn, Hải Phòng.")).containsExactly(HAI_PHONG, DO_SON);
        }

        @Test
        void aNumberedFormerWardNeedsItsUnitWord() {
            assertThat(ids("Ngày 12/10, tỉnh Bình Thuận truy vết được 65 F1.")).containsExactly("68");
            assertThat(ids("Nhà ở phường 10, quận 3, TP.HCM.")).containsExactly(HO_CHI_MINH);
        }
    }

    @Nested
    class CommonWordsAndPeople {

        @ParameterizedTest
        @ValueSource(strings = {"Khát vọng hòa bình của nhân dân.", "Giải Nobel Hòa bình năm nay.",
                "Vì Hòa Bình và Hữu Nghị giữa các dân tộc.", "Dinh Thống Nhất mở cửa đón khách.",
                "Ngày Độc Lập 2/9.", "Tân Tiến là khẩu hiệu của phong trào.", "Thành Công lớn nhất năm.",
                "Đường Lê Lợi thông xe.", "Vua Quang Trung đại phá quân Thanh.", "Tượng đài Trần Hưng Đạo.",
                "Nhà thơ Nguyễn Trãi.", "Ông Lê Hồng Phong là Tổng Bí thư.", "Phố Huế đông đúc.",
                "Tran Hung Dao Street is busy.", "An Toàn giao thông là trên hết.", "Châu Á - Thái Bình Dương.",
                "Khu vực Nam Trung Bộ có mưa.", "Thanh Long ruột đỏ.", "THỐNG NHẤT ĐẤT NƯỚC",
                "Chị Nguyễn Thị Huế cho biết.", "Hà Tây cũ nay thuộc Hà Nội mở rộng.",
                "Ca sĩ Hồ Ngọc Hà biểu diễn.", "Khiến Hồ Ngọc Hà phải xuýt xoa.", "Đồng Yên Nhật tăng giá."})
        void areNotPlaces(String text) {
            assertThat(ids(text)).doesNotContain(DO_SON, KIEN_AN).allMatch(id -> id.equals("01"));
        }

        @Test
        void anAmbiguousNameCountsWithAUnitWordOrNextToItsProvince() {
            assertThat(ids("Phường Hòa Bình, Hải Phòng tổ chức hội nghị.")).containsExactly(HAI_PHONG, "11533");
            assertThat(ids("Hòa Bình, Hải Phòng có nhiều đổi mới.")).containsExactly(HAI_PHONG, "11533");
            assertThat(ids("Xã Độc Lập được công nhận nông thôn mới.")).containsExactly("04", "01594");
            assertThat(ids("Phường Quang Trung (Thanh Hóa) tổ chức lễ ra quân.")).containsExactly("38", "14818");
            assertThat(ids("Xa Tan Tien, tinh Hung Yen")).containsExactly("33", "12583");
        }

        @Test
        void aBareAmbiguousNameCountsOnceTheArticleHasFoundItsUnit() {
            List<LocalityMatch> matches = MATCHER.match("",
                    "Phường Hòa Bình (Hải Phòng) ra quân. Tại Hòa Bình, người dân hưởng ứng.");
            assertThat(matches).extracting(LocalityMatch::id).containsExactly(HAI_PHONG, "11533");
            assertThat(matches.get(1).mentions()).isEqualTo(2);
        }
    }

    @Nested
    class SameNameInManyProvinces {

        @Test
        void isDroppedWhenTheArticleNamesNoProvince() {
            assertThat(ids("Xã Tân Tiến được công nhận nông thôn mới.")).isEmpty();
        }

        @Test
        void resolvesToTheProvinceTheArticleNames() {
            assertThat(ids("Hưng Yên: nông thôn mới", "Xã Tân Tiến được công nhận nông thôn mới."))
                    .containsExactly("33", "12583");
        }

        @Test
        void resolvesToTheProvinceWrittenAfterIt() {
            assertThat(ids("Xã Tân Tiến, huyện Văn Giang, tỉnh Hưng Yên cũ")).containsExactly("33", "12583");
        }

        @Test
        void resolvesToTheHomeProvinceWhenTheArticleNamesNone() {
            LocalityMatcher local = new LocalityMatcher(LocalityMatcher.Settings.defaults()
                    .withHomeProvinceIds(Set.of("33")));
            assertThat(local.match("", "Xã Tân Tiến được công nhận nông thôn mới."))
                    .extracting(LocalityMatch::id).containsExactly("33", "12583");
        }

        @Test
        void isDroppedWhenTheArticleNamesSeveralOfItsProvinces() {
            assertThat(ids("Hưng Yên và Thanh Hóa", "Xã Tân Tiến được công nhận nông thôn mới."))
                    .containsExactlyInAnyOrder("33", "38");
        }
    }

    @Nested
    class CountsAndOrder {

        @Test
        void countsMentionsAndTheTitle() {
            List<LocalityMatch> matches = MATCHER.match("Hải Phòng: du lịch biển khởi sắc",
                    "Năm nay Hải Phòng đón nhiều khách. Bãi biển Đồ Sơn và đảo Cát Bà kín chỗ. Nam Định vắng khách.");
            assertThat(matches).extracting(LocalityMatch::id).containsExactly(HAI_PHONG, DO_SON, CAT_HAI, NINH_BINH);
            assertThat(matches.get(0).mentions()).isEqualTo(4);
            assertThat(matches.get(0).inTitle()).isTrue();
            assertThat(matches.get(1).inTitle()).isFalse();
            assertThat(matches.get(3).mentions()).isEqualTo(1);
        }

        @Test
        void storedValuesNameCommunesWithTheirProvince() {
            assertThat(MATCHER.storedValues("Đồ Sơn", "Lễ hội ở phường Đồ Sơn, TP Hải Phòng và ở Ninh Bình."))
                    .containsExactly("Hải Phòng", "Phường Đồ Sơn, Hải Phòng", "Ninh Bình");
        }

        @Test
        void aCapitalisedHeadlineCountsWhenTheBodyConfirmsIt() {
            assertThat(MATCHER.match("ĐỒ SƠN MÙA LỄ HỘI", "Lễ hội chọi trâu Đồ Sơn khai mạc."))
                    .extracting(LocalityMatch::id, LocalityMatch::inTitle)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HAI_PHONG, true),
                            org.assertj.core.groups.Tuple.tuple(DO_SON, true));
        }
    }

    @Nested
    class Input {

        @Test
        void emptyAndNullTextsHaveNoLocality() {
            assertThat(MATCHER.match(null, null)).isEmpty();
            assertThat(MATCHER.match("", "")).isEmpty();
            assertThat(MATCHER.match("  ", "...,;")).isEmpty();
        }

        @Test
        void aMegabyteOfTextIsMatchedWhole() {
            StringBuilder text = new StringBuilder();
            while (text.length() < 1_000_000) {
                text.append("Người dân phấn khởi đón Tết, chợ hoa đông vui. ");
            }
            text.append("Cuối cùng là phường Đồ Sơn.");
            assertThat(ids(text.toString())).containsExactly(HAI_PHONG, DO_SON);
        }

        @Test
        void decomposedVietnameseIsNormalised() {
            String decomposed = java.text.Normalizer.normalize("Phường Đồ Sơn", java.text.Normalizer.Form.NFD);
            assertThat(ids(decomposed)).containsExactly(HAI_PHONG, DO_SON);
        }

        @Test
        void tonePlacementDoesNotMatter() {
            assertThat(ids("Tỉnh Khánh Hoà và Thanh Hoá")).containsExactly("56", "38");
            assertThat(ids("Phường Thuỷ Nguyên")).containsExactly(HAI_PHONG, THUY_NGUYEN);
        }

        @Test
        void apostrophesInsideNamesAreOptional() {
            assertThat(ids("Xã Cư M'gar, Đắk Lắk")).contains("66").hasSize(2);
            assertThat(ids("Xã Cư M’gar, Đắk Lắk")).isEqualTo(ids("Xã Cư Mgar, Đắk Lắk"));
        }
    }
}
