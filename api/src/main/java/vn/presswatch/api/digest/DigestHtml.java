package vn.presswatch.api.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.presswatch.api.web.VietnamTime;

/**
 * The digest as HTML for mail clients and feed readers: inline styles only (mail clients drop style sheets), no
 * scripts, no images, absolute links, and every piece of article text escaped.
 */
public final class DigestHtml {
    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;color:#1f2937;";
    private static final int LEAD_CHARS = 300;

    private DigestHtml() {
    }

    /** A whole HTML document, for the e-mail. */
    public static String document(Digest digest, String baseUrl) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                + escape(DigestText.subject(digest)) + "</title></head>\n<body style=\"margin:0;padding:16px;"
                + "background:#ffffff;\">\n" + fragment(digest, baseUrl) + "</body></html>\n";
    }

    /** The digest as a block of HTML (the body of the e-mail, the content of a feed entry). */
    public static String fragment(Digest digest, String baseUrl) {
        StringBuilder h = new StringBuilder();
        h.append("<div style=\"").append(FONT).append("max-width:760px;font-size:14px;line-height:1.45;\">\n");
        h.append("<h1 style=\"font-size:20px;margin:0 0 8px;\">Bản tin báo chí ngày ")
                .append(VietnamTime.format(digest.day())).append("</h1>\n");
        h.append("<p style=\"margin:0 0 12px;\">").append(escape(DigestText.summary(digest))).append("</p>\n");
        if (digest.articles() > 0) {
            counts(h, "Theo chủ đề", digest.topicCounts().stream().filter(c -> c.count() > 0).toList());
            counts(h, "Theo sắc thái", digest.toneCounts());
        }
        for (Digest.Section section : digest.sections()) {
            boolean attention = section.id().equals("attention");
            h.append("<h2 style=\"font-size:16px;margin:20px 0 6px;padding:4px 8px;")
                    .append(attention ? "background:#fde8e8;color:#9b1c1c;" : "background:#eef2f7;").append("\">")
                    .append(escape(section.title())).append("</h2>\n<ol style=\"margin:0;padding-left:22px;\">\n");
            for (Digest.Item item : section.items()) {
                item(h, item, baseUrl);
            }
            h.append("</ol>\n");
            if (section.more() > 0) {
                h.append("<p style=\"margin:4px 0 0 22px;\"><a href=\"").append(escape(baseUrl + section.search()))
                        .append("\" style=\"color:#1d4ed8;\">và ").append(section.more())
                        .append(" tin khác</a></p>\n");
            }
        }
        h.append("<p style=\"margin:20px 0 0;font-size:12px;color:#6b7280;\">Xem bản tin trên presswatch: <a href=\"")
                .append(escape(baseUrl + "/digest?date=" + digest.day())).append("\" style=\"color:#1d4ed8;\">")
                .append(escape(baseUrl + "/digest?date=" + digest.day())).append("</a></p>\n</div>\n");
        return h.toString();
    }

    private static void counts(StringBuilder h, String title, List<Digest.Count> counts) {
        h.append("<p style=\"margin:0 0 6px;\"><strong>").append(title).append(":</strong> ");
        for (int i = 0; i < counts.size(); i++) {
            h.append(i == 0 ? "" : " · ").append(escape(counts.get(i).label())).append(" <strong>")
                    .append(counts.get(i).count()).append("</strong>");
        }
        h.append("</p>\n");
    }

    private static void item(StringBuilder h, Digest.Item item, String baseUrl) {
        h.append("<li style=\"margin:0 0 10px;\"><a href=\"").append(escape(item.url()))
                .append("\" style=\"color:#1d4ed8;font-weight:bold;text-decoration:none;\">")
                .append(escape(item.title())).append("</a><br>\n<span style=\"color:#6b7280;font-size:12px;\">")
                .append(escape(item.outlet())).append(" · ").append(VietnamTime.format(item.time()));
        if (!item.otherOutlets().isEmpty()) {
            h.append(" · ").append(escape(DigestText.others(item)));
        }
        if (!item.topicLabels().isEmpty()) {
            h.append(" · ").append(escape(String.join(", ", item.topicLabels())));
        }
        h.append(" · <a href=\"").append(escape(baseUrl + "/articles/"
                        + URLEncoder.encode(item.articleId(), StandardCharsets.UTF_8)))
                .append("\" style=\"color:#6b7280;\">chi tiết</a></span>");
        if (!item.lead().isBlank()) {
            h.append("<br>\n<span>").append(escape(shorten(item.lead()))).append("</span>");
        }
        h.append("</li>\n");
    }

    /** The lead cut at a word near {@value #LEAD_CHARS} characters. */
    static String shorten(String lead) {
        String text = lead.strip();
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_CHARS);
        return text.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + " …";
    }

    /** Escapes text for HTML element content and double- or single-quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
