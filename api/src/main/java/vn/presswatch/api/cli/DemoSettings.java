package vn.presswatch.api.cli;

import java.util.List;

/** The settings of demo mode, as --key=value; a user's own settings come after them and win. */
public final class DemoSettings {
    private DemoSettings() {
    }

    public static List<String> settings() {
        return List.of(
                "--presswatch.demo.enabled=true",
                "--presswatch.crawler.allow-loopback=true",
                "--presswatch.crawler.host-delay=0s",
                "--presswatch.crawler.initial-interval=30s",
                "--presswatch.crawler.min-interval=15s",
                "--presswatch.crawler.max-interval=5m",
                "--presswatch.crawler.total-timeout=5s",
                "--presswatch.crawler.max-item-age=3650d",
                "--presswatch.crawler.contact=demo@presswatch.invalid",
                // Reports of the demo come from an imagined city office.
                "--presswatch.office.issuing-body=ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HẢI PHÒNG",
                "--presswatch.office.place=Hải Phòng",
                "--presswatch.office.locality-name=thành phố Hải Phòng",
                "--presswatch.office.recipients=Sở Văn hóa, Thể thao và Du lịch;Ban Tuyên giáo và Dân vận Thành ủy;");
    }
}
