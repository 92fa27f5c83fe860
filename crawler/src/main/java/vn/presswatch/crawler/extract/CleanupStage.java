package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The last stage: removes from the body what other fields already hold (the headline, a byline printed as a
 * paragraph of its own, the lead repeated further down), and strips the site name that some pages append to
 * their og:title.
 */
final class CleanupStage implements ExtractionStage {

    private static final int MAX_BYLINE_CHARS = 80;
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("\\s[|\\-–—:»·]$");

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        stripSiteName(page, draft);
        String body = draft.body();
        if (body == null || body.isEmpty()) {
            return;
        }
        String titleKey = draft.title() == null ? "" : PlainText.key(draft.title());
        String authorKey = draft.author() == null ? "" : PlainText.key(draft.author());
        String leadKey = draft.lead() == null ? "" : PlainText.key(draft.lead());
        List<String> kept = new ArrayList<>();
        String[] paragraphs = body.split("\n\n");
        for (String paragraph : paragraphs) {
            String key = PlainText.key(paragraph);
            if (!titleKey.isEmpty() && key.equals(titleKey)) {
                continue;
            }
            if (!authorKey.isEmpty() && paragraph.length() <= MAX_BYLINE_CHARS && isByline(key, authorKey)) {
                continue;
            }
            if (!kept.isEmpty() && !leadKey.isEmpty() && key.equals(leadKey)) {
                continue;
            }
            kept.add(paragraph);
        }
        if (kept.size() != paragraphs.length) {
            draft.replaceBody(String.join("\n\n", kept));
        }
    }

    /** "Nguyễn Văn A", "Theo Nguyễn Văn A", "By Jane Doe", "Bài, ảnh: Nguyễn Văn A". */
    private static boolean isByline(String key, String authorKey) {
        if (key.equals(authorKey)) {
            return true;
        }
        return key.endsWith(authorKey) && key.length() - authorKey.length() <= 12;
    }

    private static void stripSiteName(PageContext page, ArticleDraft draft) {
        String title = draft.title();
        Element siteName = page.document().selectFirst("meta[property=og:site_name][content]");
        if (title == null || siteName == null) {
            return;
        }
        String name = PlainText.line(siteName.attr("content"));
        if (name.isEmpty() || name.length() >= title.length()) {
            return;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerTitle.endsWith(lowerName)) {
            String rest = title.substring(0, title.length() - name.length()).stripTrailing();
            if (SEPARATOR_AT_END.matcher(rest).find()) {
                String stripped = SEPARATOR_AT_END.matcher(rest).replaceFirst("").strip();
                if (!stripped.isEmpty()) {
                    draft.replaceTitle(stripped);
                }
            }
        }
    }
}
