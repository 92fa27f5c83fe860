package vn.presswatch.crawler.warc;

/** Why a {@code response} record in an archive gave no page; an import reports the count of each. */
public enum SkipReason {
    NOT_200("mã trạng thái HTTP khác 200", "not 200"),
    NOT_HTML("không phải HTML", "not HTML"),
    TOO_BIG("quá lớn", "too big"),
    /** The HTTP message, its encoding (e.g. brotli, which we do not decode) or a WARC field could not be read. */
    UNREADABLE("không đọc được nội dung", "unreadable");

    private final String vietnamese;
    private final String english;

    SkipReason(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
