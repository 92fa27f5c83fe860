package vn.presswatch.store;

/** What kind of outlet a source is; the reports group outlets by it. */
public enum SourceLevel {
    /** National papers and agencies (Nhân Dân, VnExpress, TTXVN ...). */
    CENTRAL("Báo chí trung ương"),
    /** Provincial and city papers, radio and television. */
    LOCAL("Báo chí địa phương"),
    /** Government electronic portals. */
    GOVERNMENT_PORTAL("Cổng thông tin điện tử"),
    /** Foreign outlets, including their Vietnamese-language services. */
    FOREIGN("Báo chí nước ngoài"),
    /** A news search engine's feed for a query: finds coverage in outlets nobody listed. */
    SEARCH_FEED("Kết quả tìm kiếm tin tức"),
    OTHER("Khác");

    private final String vietnameseName;

    SourceLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
