package vn.presswatch.crawler.dedup;

import java.util.Random;

/**
 * Vietnamese press texts for the dedup tests, written for them in the style of real outlets (Vietnamplus/TTXVN
 * dispatches, Báo Hải Phòng, portals that reprint them); names of officials are invented. Each copy's Javadoc
 * says what the copying outlet changed.
 */
final class Stories {

    private Stories() {
    }

    /** The original dispatch (body only; the headline and lead are separate fields). */
    static final String FDI_JULY = """
        Theo Ban Quản lý Khu kinh tế Hải Phòng, trong 7 tháng đầu năm 2025, thành phố đã thu hút được hơn 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), đạt khoảng 45% kế hoạch năm. Trong đó, có 28 dự án cấp mới với tổng vốn đăng ký gần 700 triệu USD và 19 lượt dự án điều chỉnh tăng vốn với số vốn tăng thêm hơn 500 triệu USD.

        Các dự án mới tập trung chủ yếu vào lĩnh vực công nghiệp chế biến, chế tạo, sản xuất linh kiện điện tử và logistics, phần lớn nằm trong các khu công nghiệp Deep C, VSIP Hải Phòng, Tràng Duệ và Nam Đình Vũ. Đáng chú ý, Tập đoàn LG Display đã điều chỉnh tăng vốn thêm 200 triệu USD cho dự án sản xuất mô-đun màn hình OLED tại Khu công nghiệp Tràng Duệ, nâng tổng vốn đầu tư của tập đoàn tại Hải Phòng lên hơn 5,6 tỷ USD.

        Ông Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng, cho biết kết quả trên có được là nhờ thành phố tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách thủ tục hành chính và chủ động xúc tiến đầu tư có trọng tâm, trọng điểm. Thành phố ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, có suất đầu tư lớn và sử dụng ít lao động phổ thông.

        Trong 5 tháng cuối năm, Ban Quản lý Khu kinh tế sẽ phối hợp với các sở, ngành tháo gỡ khó khăn về giải phóng mặt bằng, hoàn thiện hạ tầng các khu công nghiệp mới như Tràng Duệ 3, Nam Tràng Cát và Tiên Thanh, đồng thời tổ chức các đoàn xúc tiến đầu tư tại Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc). Mục tiêu của thành phố là thu hút từ 2,5 đến 3 tỷ USD vốn FDI trong cả năm 2025.

        Hiện Hải Phòng có 1.020 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 32 tỷ USD, đứng trong nhóm dẫn đầu cả nước về thu hút đầu tư nước ngoài. Khu vực có vốn đầu tư nước ngoài đóng góp trên 50% giá trị sản xuất công nghiệp và khoảng 60% kim ngạch xuất khẩu của thành phố.
        """;

    /**
     * Báo Hải Phòng's reprint: a byline line on top, a photo credit line, a final "Theo TTXVN" line, the first
     * paragraph split in two, no-break spaces where the CMS put them.
     */
    static final String FDI_JULY_LOCAL_COPY = """
        Minh Thu

        Theo Ban Quản lý Khu kinh tế Hải Phòng, trong 7 tháng đầu năm 2025, thành phố đã thu hút được hơn 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), đạt khoảng 45%\u00A0kế hoạch năm.

        Trong đó, có 28 dự án cấp mới với tổng vốn đăng ký gần 700 triệu USD và 19 lượt dự án điều chỉnh tăng vốn với số vốn tăng thêm hơn 500 triệu USD.

        Ảnh: Tuấn Anh

        Các dự án mới tập trung chủ yếu vào lĩnh vực công nghiệp chế biến, chế tạo, sản xuất linh kiện điện tử và logistics, phần lớn nằm trong các khu công nghiệp Deep C, VSIP Hải Phòng, Tràng Duệ và Nam Đình Vũ. Đáng chú ý, Tập đoàn LG Display đã điều chỉnh tăng vốn thêm 200 triệu USD cho dự án sản xuất mô-đun màn hình OLED tại Khu công nghiệp Tràng Duệ, nâng tổng vốn đầu tư của tập đoàn tại Hải Phòng lên hơn 5,6 tỷ USD.

        Ông Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng, cho biết kết quả trên có được là nhờ thành phố tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách thủ tục hành chính và chủ động xúc tiến đầu tư có trọng tâm, trọng điểm. Thành phố ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, có suất đầu tư lớn và sử dụng ít lao động phổ thông.

        Trong 5 tháng cuối năm, Ban Quản lý Khu kinh tế sẽ phối hợp với các sở, ngành tháo gỡ khó khăn về giải phóng mặt bằng, hoàn thiện hạ tầng các khu công nghiệp mới như Tràng Duệ 3, Nam Tràng Cát và Tiên Thanh, đồng thời tổ chức các đoàn xúc tiến đầu tư tại Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc). Mục tiêu của thành phố là thu hút từ 2,5 đến 3 tỷ USD vốn FDI trong cả năm 2025.

        Hiện Hải Phòng có 1.020 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 32 tỷ USD, đứng trong nhóm dẫn đầu cả nước về thu hút đầu tư nước ngoài. Khu vực có vốn đầu tư nước ngoài đóng góp trên 50% giá trị sản xuất công nghiệp và khoảng 60% kim ngạch xuất khẩu của thành phố.

        Theo TTXVN
        """;

    /** A portal's reprint: all paragraphs on one line, an agency tag in front and byline and source at the end. */
    static final String FDI_JULY_PORTAL_COPY = "(PLVN) - Theo Ban Quản lý Khu kinh tế Hải Phòng, trong 7 tháng đầu năm 2025, thành phố đã thu hút được hơn 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), đạt khoảng 45% kế hoạch năm. Trong đó, có 28 dự án cấp mới với tổng vốn đăng ký gần 700 triệu USD và 19 lượt dự án điều chỉnh tăng vốn với số vốn tăng thêm hơn 500 triệu USD. "
        + "Các dự án mới tập trung chủ yếu vào lĩnh vực công nghiệp chế biến, chế tạo, sản xuất linh kiện điện tử và logistics, phần lớn nằm trong các khu công nghiệp Deep C, VSIP Hải Phòng, Tràng Duệ và Nam Đình Vũ. Đáng chú ý, Tập đoàn LG Display đã điều chỉnh tăng vốn thêm 200 triệu USD cho dự án sản xuất mô-đun màn hình OLED tại Khu công nghiệp Tràng Duệ, nâng tổng vốn đầu tư của tập đoàn tại Hải Phòng lên hơn 5,6 tỷ USD. "
        + "Ông Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng, cho biết kết quả trên có được là nhờ thành phố tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách thủ tục hành chính và chủ động xúc tiến đầu tư có trọng tâm, trọng điểm. Thành phố ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, có suất đầu tư lớn và sử dụng ít lao động phổ thông. "
        + "Trong 5 tháng cuối năm, Ban Quản lý Khu kinh tế sẽ phối hợp với các sở, ngành tháo gỡ khó khăn về giải phóng mặt bằng, hoàn thiện hạ tầng các khu công nghiệp mới như Tràng Duệ 3, Nam Tràng Cát và Tiên Thanh, đồng thời tổ chức các đoàn xúc tiến đầu tư tại Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc). Mục tiêu của thành phố là thu hút từ 2,5 đến 3 tỷ USD vốn FDI trong cả năm 2025. "
        + "Hiện Hải Phòng có 1.020 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 32 tỷ USD, đứng trong nhóm dẫn đầu cả nước về thu hút đầu tư nước ngoài. Khu vực có vốn đầu tư nước ngoài đóng góp trên 50% giá trị sản xuất công nghiệp và khoảng 60% kim ngạch xuất khẩu của thành phố. Hoàng Nam (Theo TTXVN)";

    /** The same topic four months later, by another reporter, reusing the management board's stock phrases. */
    static final String FDI_NOVEMBER = """
        Theo Ban Quản lý Khu kinh tế Hải Phòng, tính đến hết tháng 10 năm 2025, thành phố đã thu hút được hơn 2,4 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), đạt 87% kế hoạch năm và tăng 12% so với cùng kỳ. Trong đó, có 41 dự án cấp mới và 33 lượt dự án điều chỉnh tăng vốn.

        Nổi bật trong tháng 10 là dự án nhà máy sản xuất pin lithium của một nhà đầu tư Trung Quốc tại Khu công nghiệp Nam Tràng Cát với tổng vốn 380 triệu USD, cùng dự án trung tâm kho vận lạnh của Nhật Bản tại Khu công nghiệp Deep C 2. Các dự án này đều áp dụng công nghệ tự động hóa, đáp ứng tiêu chí khu công nghiệp sinh thái mà thành phố đặt ra.

        Bà Phạm Thị Hương, Phó Trưởng Ban Quản lý Khu kinh tế Hải Phòng, cho biết thành phố tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách thủ tục hành chính, rút ngắn thời gian cấp giấy chứng nhận đầu tư xuống còn 10 ngày. Thành phố ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, gắn với chuyển giao công nghệ và đào tạo nguồn nhân lực địa phương.

        Tuy vậy, nguồn cung đất công nghiệp sẵn sàng cho thuê đang dần thu hẹp, trong khi nhiều khu công nghiệp mới còn vướng mắc về giải phóng mặt bằng. Thành phố đang đôn đốc các chủ đầu tư hạ tầng đẩy nhanh tiến độ để kịp đón làn sóng dịch chuyển đầu tư từ các nước trong khu vực vào năm 2026.

        Hiện Hải Phòng có hơn 1.050 dự án FDI còn hiệu lực với tổng vốn đăng ký trên 33 tỷ USD, tiếp tục đứng trong nhóm dẫn đầu cả nước về thu hút đầu tư nước ngoài.
        """;

    static final String FESTIVAL_2025 = """
        Tối 30/4, tại Quảng trường Nhà hát Thành phố, UBND thành phố Hải Phòng tổ chức khai mạc Lễ hội Hoa Phượng Đỏ năm 2025 với chủ đề "Hải Phòng - Khát vọng vươn xa". Dự lễ khai mạc có lãnh đạo thành phố, đại diện các bộ, ngành Trung ương, các đoàn ngoại giao và hàng nghìn người dân, du khách.

        Chương trình nghệ thuật khai mạc gồm ba chương, tái hiện lịch sử hình thành và phát triển của thành phố Cảng, từ chiến thắng Bạch Đằng đến những công trình hiện đại hôm nay. Màn trình diễn ánh sáng, pháo hoa và flycam trên sông Tam Bạc thu hút đông đảo người dân theo dõi.

        Trong khuôn khổ lễ hội, thành phố tổ chức hơn 30 hoạt động văn hóa, thể thao, du lịch như Liên hoan ẩm thực, Hội chợ sản phẩm OCOP, Giải chạy bán marathon, triển lãm ảnh Hải Phòng xưa và nay, diễn ra đến hết tháng 5. Dự kiến lễ hội sẽ đón khoảng 500.000 lượt khách tham quan.
        """;

    /** Last year's opening of the same festival: the same organisers' phrasing, a different event. */
    static final String FESTIVAL_2024 = """
        Tối 30/4, tại Quảng trường Nhà hát Thành phố, UBND thành phố Hải Phòng tổ chức khai mạc Lễ hội Hoa Phượng Đỏ năm 2024 với chủ đề "Hải Phòng - Điểm đến an toàn, thân thiện". Tham dự lễ khai mạc có Phó Thủ tướng Chính phủ, lãnh đạo thành phố, đại sứ một số nước và đông đảo người dân, du khách.

        Chương trình nghệ thuật khai mạc với sự tham gia của hơn 500 diễn viên chuyên nghiệp và không chuyên, tôn vinh vẻ đẹp của hoa phượng đỏ, biểu tượng của thành phố Cảng, cùng những thành tựu trong 69 năm giải phóng thành phố. Kết thúc chương trình là màn bắn pháo hoa tầm cao tại ba điểm trong nội thành.

        Trong khuôn khổ lễ hội, thành phố tổ chức chuỗi hoạt động văn hóa, thể thao, du lịch như Lễ hội đường phố, Tuần Văn hóa - Du lịch Đồ Sơn, Hội chợ thương mại quốc tế, Giải đua thuyền truyền thống trên sông Lạch Tray. Năm nay, lễ hội đón khoảng 300.000 lượt khách, tăng 20% so với năm trước.
        """;

    /** Another topic altogether (sovereignty, fishermen at sea). */
    static final String FISHERMEN = """
        Ngày 12/8, Bộ đội Biên phòng thành phố Hải Phòng phối hợp với Hội Nghề cá thành phố tổ chức tuyên truyền về phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) cho hơn 200 ngư dân tại cảng cá Ngọc Hải, quận Đồ Sơn.

        Tại buổi tuyên truyền, cán bộ biên phòng phổ biến các quy định của Luật Thủy sản, Luật Biển Việt Nam, các vùng biển được phép khai thác và chế tài xử phạt đối với tàu cá vi phạm vùng biển nước ngoài. Ngư dân được hướng dẫn lắp đặt, duy trì thiết bị giám sát hành trình và ghi nhật ký khai thác đầy đủ.

        Đại diện ngư dân cam kết không đưa tàu đi khai thác trái phép ở vùng biển nước ngoài, đồng thời tích cực bám biển, góp phần bảo vệ chủ quyền biển, đảo thiêng liêng của Tổ quốc.
        """;

    /**
     * A daily forecast as outlets publish it from the weather service's template: the next day's report
     * ({@link #WEATHER_AUGUST_1}) keeps the wording and the advice and changes the date, the figures and a few words.
     * Two different stories that are nearer to each other than any other pair here.
     */
    static final String WEATHER_JULY_31 = """
        Theo Đài Khí tượng Thủy văn khu vực Đông Bắc, ngày mai 31/7, khu vực thành phố Hải Phòng có mây, ngày nắng, chiều tối và đêm có mưa rào và dông vài nơi. Gió đông nam cấp 3, cấp 4. Nhiệt độ thấp nhất từ 27 đến 29 độ C, nhiệt độ cao nhất từ 34 đến 36 độ C, có nơi trên 37 độ C. Độ ẩm không khí từ 60 đến 85%.

        Vùng biển Hải Phòng, Bạch Long Vĩ, Cát Hải có mưa rào và dông rải rác, trong cơn dông có khả năng xảy ra lốc xoáy và gió giật mạnh. Gió đông nam cấp 4, có lúc cấp 5, giật cấp 6. Sóng biển cao từ 0,75 đến 1,25 m. Tầm nhìn xa trên 10 km, giảm xuống 4 đến 10 km trong mưa.

        Cơ quan khí tượng khuyến cáo người dân hạn chế ra ngoài trong khoảng thời gian từ 11 giờ đến 16 giờ, sử dụng đồ bảo hộ khi làm việc ngoài trời và uống đủ nước để phòng tránh say nắng. Các tàu thuyền hoạt động trên biển cần theo dõi chặt chẽ diễn biến thời tiết và chủ động phòng tránh dông lốc.
        """;

    /** The next day's forecast from the same template. */
    static final String WEATHER_AUGUST_1 = """
        Theo Đài Khí tượng Thủy văn khu vực Đông Bắc, ngày mai 1/8, khu vực thành phố Hải Phòng có mây, ngày nắng nóng, chiều và tối có mưa rào và dông rải rác. Gió đông nam cấp 2, cấp 3. Nhiệt độ thấp nhất từ 26 đến 28 độ C, nhiệt độ cao nhất từ 33 đến 35 độ C. Độ ẩm không khí từ 65 đến 90%.

        Vùng biển Hải Phòng, Bạch Long Vĩ, Cát Hải có mưa rào và dông vài nơi, trong cơn dông có khả năng xảy ra lốc xoáy và gió giật mạnh. Gió đông nam cấp 3, có lúc cấp 4, giật cấp 5. Sóng biển cao từ 0,5 đến 1,0 m. Tầm nhìn xa trên 10 km, giảm xuống 4 đến 10 km trong mưa.

        Cơ quan khí tượng khuyến cáo người dân hạn chế ra ngoài trong khoảng thời gian từ 11 giờ đến 16 giờ, sử dụng đồ bảo hộ khi làm việc ngoài trời và uống đủ nước để phòng tránh say nắng. Các tàu thuyền hoạt động trên biển cần theo dõi chặt chẽ diễn biến thời tiết và chủ động phòng tránh dông lốc.
        """;

    /** A headline as a news-search feed gives it, with no body. */
    static final String JULY_HEADLINE = "Hải Phòng thu hút hơn 1,2 tỷ USD vốn FDI trong 7 tháng đầu năm";

    /**
     * The whole body of many portal notices: identical boilerplate, different documents (in the attachment).
     * Long enough, at 30 syllables, that the fingerprint alone would call two such notices copies.
     */
    static final String NOTICE_BODY = "Ủy ban nhân dân phường thông báo đến toàn thể cán bộ, đảng viên và nhân dân trên"
            + " địa bàn được biết và thực hiện. Nội dung chi tiết xin xem tại file đính kèm dưới đây.";

    /** Báo Hải Phòng style rewording inside the body: "thành phố" shortened to "TP" twice. */
    static String fdiJulyReworded() {
        return FDI_JULY.replaceFirst("năm 2025, thành phố đã", "năm 2025, TP đã")
                .replaceFirst("nhờ thành phố tiếp tục", "nhờ TP tiếp tục");
    }

    private static final String[] SYLLABLES = ("anh bao binh cao cang chinh cong cuc dan dao dau dien dinh doan dong"
            + " duoc giao hai hanh hoa hoc hoi huyen khai khu kinh lanh luat minh nam ngan nghe nghiep nguoi nhan phat"
            + " phong phu quan quoc sach san so tam tang thanh thi thong tinh to trien truong tu uy van viec vien xa xuat"
            + " yen ban chu dang doi hop ke ly moi muc nang nay nhieu noi qua sinh tai tham tong trong vung").split(" ");

    /** A random text of {@code syllables} syllables, in sentences of 20, drawn from common Vietnamese syllables. */
    static String synthetic(Random random, int syllables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append(i % 20 == 19 ? ". " : " ");
        }
        return out.toString().trim();
    }
}
