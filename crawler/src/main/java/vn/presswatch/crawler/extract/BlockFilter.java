package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a located article that are still boilerplate: link lists, share and print labels,
 * date lines and photo credits, repeated blocks, and labels left dangling when what they introduced was
 * dropped ("Xem thêm:", "Mehr zum Thema", a heading at the very end).
 */
final class BlockFilter {

    /** Whole-block labels of share bars, comment counters, "read more" links and ads, in the languages we meet. */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^[\\p{So}\\p{Sk}\\s|•·»›>]*(share|teilen|drucken|print|tweet|e-?mail|facebook|twitter|x|whatsapp|"
            + "linkedin|pinterest|xing|reddit|telegram|zalo|messenger|copy link|link kopieren|kommentare?|"
            + "comments?|reply|antworten|read more|weiterlesen|mehr lesen|mehr erfahren|mehr|lesen sie auch|"
            + "zurück|back|top|nach oben|to top|anzeige|werbung|advertisement|sponsored|tin liên quan|"
            + "bài viết liên quan|tin cùng chuyên mục|xem thêm|đọc thêm|related|related articles|related posts|"
            + "related stories|chia sẻ|bình luận|ý kiến bạn đọc|in bài|gửi bài|quảng cáo|loading|load more|"
            + "show more|mehr anzeigen|mehr laden|\\d+ (comments?|kommentare?|bình luận))[\\s:.!…»›>|]*$");

    /** A short line without a sentence's end: a label or heading rather than text. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…\"'”»)]$");

    private static final int SHORT_BLOCK = 60;
    private static final int LABEL_CHARS = 50;
    private static final int FRAGMENT_CHARS = 40;

    private enum Verdict { KEEP, LINKS, BOILERPLATE }

    List<TextBlock> filter(List<TextBlock> blocks) {
        int n = blocks.size();
        Verdict[] verdicts = new Verdict[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            TextBlock block = blocks.get(i);
            String text = block.text();
            if (isLinkList(block)) {
                verdicts[i] = Verdict.LINKS;
            } else if (block.chars() <= SHORT_BLOCK && LABEL.matcher(text).matches()
                    || MetadataLines.isDateLine(text) || MetadataLines.isCredit(text)) {
                verdicts[i] = Verdict.BOILERPLATE;
            } else {
                String key = PlainText.key(text);
                verdicts[i] = key.isEmpty() || !seen.add(key) ? Verdict.BOILERPLATE : Verdict.KEEP;
            }
        }
        // A label that introduced a dropped link list ("Mehr zum Thema:", "Xem thêm") goes with it.
        for (int i = 0; i < n - 1; i++) {
            if (verdicts[i] == Verdict.KEEP && verdicts[i + 1] == Verdict.LINKS && isLabel(blocks.get(i))) {
                verdicts[i] = Verdict.BOILERPLATE;
            }
        }
        List<TextBlock> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (verdicts[i] == Verdict.KEEP) {
                kept.add(blocks.get(i));
            }
        }
        // A run of short labelled fragments before the first sentence is a byline box ("Tác giả,"
        // "Hoàng Minh" "Vai trò," "Phóng viên"), not text. A single short line may be a kicker or subtitle,
        // and short lines without labels are often a list (a recipe's ingredients): those stay.
        int start = 0;
        while (start < kept.size() && kept.get(start).kind() == TextBlock.Kind.HEADING) {
            start++; // the headline above the byline box
        }
        int end = start;
        boolean labelled = false;
        while (end < kept.size() && isFragment(kept.get(end))) {
            String text = kept.get(end).text();
            labelled |= text.endsWith(",") || text.endsWith(":");
            end++;
        }
        if (end - start >= 2 && labelled && end < kept.size()) {
            kept.subList(start, end).clear();
        }
        // Nothing ends on a heading or on a label announcing something that is not there.
        while (!kept.isEmpty()) {
            TextBlock last = kept.get(kept.size() - 1);
            if (last.kind() == TextBlock.Kind.HEADING || isLabel(last) && last.text().endsWith(":")) {
                kept.remove(kept.size() - 1);
            } else {
                break;
            }
        }
        return kept;
    }

    private static boolean isLabel(TextBlock block) {
        return block.chars() <= LABEL_CHARS
                && (block.kind() == TextBlock.Kind.HEADING || !ENDS_SENTENCE.matcher(block.text()).find());
    }

    private static boolean isFragment(TextBlock block) {
        return block.chars() <= FRAGMENT_CHARS && block.kind() != TextBlock.Kind.HEADING
                && !ENDS_SENTENCE.matcher(block.text()).find();
    }

    private static boolean isLinkList(TextBlock block) {
        double density = block.linkDensity();
        return density >= 0.75 || density > 0.5 && block.chars() < 100;
    }

    static String join(List<TextBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (TextBlock block : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(block.text());
        }
        return out.toString();
    }
}
