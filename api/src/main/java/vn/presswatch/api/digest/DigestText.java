package vn.presswatch.api.digest;

import java.util.List;
import vn.presswatch.api.web.VietnamTime;

/** The digest as plain text (the e-mail's alternative part), and the phrases the HTML, page and feed share. */
public final class DigestText {
    private DigestText() {
    }

    /** "Bản tin báo chí ngày dd/MM/yyyy — N tin, bài về <locality>". */
    public static String subject(Digest digest) {
        return "Bản tin báo chí ngày " + VietnamTime.format(digest.day()) + " — " + digest.articles()
                + " tin, bài về " + digest.localityName();
    }

    /** One sentence: how much, about where, which 24 hours. */
    public static String summary(Digest digest) {
        String window = "từ " + VietnamTime.format(digest.from()) + " đến " + VietnamTime.format(digest.to())
                + " (giờ Việt Nam)";
        if (digest.articles() == 0) {
            return "Không có tin, bài nào về " + digest.localityName() + " " + window + ".";
        }
        return digest.articles() + " tin, bài về " + digest.localityName() + " " + window + ", gồm "
                + digest.stories() + " tin sau khi gộp các bài đăng lại.";
    }

    /** "và 2 cơ quan báo chí khác (VnExpress, Báo Hải Phòng)". */
    public static String others(Digest.Item item) {
        List<String> names = item.otherOutlets();
        return "và " + names.size() + " cơ quan báo chí khác (" + String.join(", ", names) + ")";
    }

    public static String render(Digest digest, String baseUrl) {
        StringBuilder t = new StringBuilder();
        String subject = subject(digest);
        t.append(subject).append("\n").append("=".repeat(subject.length())).append("\n\n").append(summary(digest))
                .append("\n");
        if (digest.articles() > 0) {
            t.append("\nTheo chủ đề: ");
            List<Digest.Count> topics = digest.topicCounts().stream().filter(c -> c.count() > 0).toList();
            topics.forEach(c -> t.append(c.label()).append(" ").append(c.count())
                    .append(c == topics.get(topics.size() - 1) ? "" : "; "));
            t.append("\nTheo sắc thái: ");
            digest.toneCounts().forEach(c -> t.append(c.label()).append(" ").append(c.count())
                    .append(c == digest.toneCounts().get(digest.toneCounts().size() - 1) ? "" : "; "));
            t.append("\n");
        }
        for (Digest.Section section : digest.sections()) {
            t.append("\n== ").append(section.title()).append(" ==\n");
            int n = 1;
            for (Digest.Item item : section.items()) {
                t.append("\n").append(n++).append(". ").append(item.title()).append("\n   ").append(item.outlet())
                        .append(" · ").append(VietnamTime.format(item.time()));
                if (!item.otherOutlets().isEmpty()) {
                    t.append(" · ").append(others(item));
                }
                t.append("\n");
                if (!item.lead().isBlank()) {
                    t.append("   ").append(DigestHtml.shorten(item.lead()).replace('\n', ' ')).append("\n");
                }
                t.append("   ").append(item.url()).append("\n");
            }
            if (section.more() > 0) {
                t.append("\nvà ").append(section.more()).append(" tin khác: ").append(baseUrl)
                        .append(section.search()).append("\n");
            }
        }
        t.append("\nXem bản tin trên presswatch: ").append(baseUrl).append("/digest?date=").append(digest.day())
                .append("\n");
        return t.toString();
    }
}
