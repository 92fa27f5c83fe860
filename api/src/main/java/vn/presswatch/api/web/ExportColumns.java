package vn.presswatch.api.web;

import java.util.List;
import java.util.Map;
import vn.presswatch.store.Article;

/** The columns of a search export, shared by CSV and XLSX so both files read the same. */
final class ExportColumns {
    static final List<String> HEADERS = List.of("Thời gian", "Nguồn", "Trong nước/Nước ngoài", "Tiêu đề", "Sa-pô",
            "Chủ đề", "Sắc thái", "Ngôn ngữ", "Địa phương", "Địa chỉ bài viết");

    private final Map<String, String> outlets;
    private final TopicNames topics;

    ExportColumns(Map<String, String> outlets, TopicNames topics) {
        this.outlets = outlets;
        this.topics = topics;
    }

    List<String> values(Article a) {
        return List.of(
                VietnamTime.format(a.reportTime()),
                outlets.getOrDefault(a.sourceId(), a.sourceId()),
                a.origin().vietnameseName(),
                a.title(),
                a.lead(),
                String.join("; ", a.topicIds().stream().map(topics::name).toList()),
                a.tone() == null ? "" : a.tone().vietnameseName(),
                a.language() == null ? "" : a.language(),
                String.join("; ", a.localities()),
                a.url());
    }
}
