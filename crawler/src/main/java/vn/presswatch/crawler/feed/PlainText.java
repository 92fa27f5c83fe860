package vn.presswatch.crawler.feed;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Feed titles and descriptions as plain text: HTML tags stripped and entities decoded by Jsoup (feeds put
 * {@code <b>}, {@code <img>} and double-escaped {@code &amp;quot;} in them), whitespace collapsed, and NFC
 * normalised, because Vietnamese CMSs and windows-1258 emit decomposed diacritics that would not match a search
 * for the precomposed letters.
 */
final class PlainText {

    /** Runs of whitespace, no-break spaces and the zero-width characters CMS editors paste in. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private PlainText() {
    }

    /** Plain text of {@code markup}; null when it is null or has no visible text. */
    static String of(String markup) {
        if (markup == null || markup.isBlank()) {
            return null;
        }
        String text = markup.indexOf('<') >= 0 || markup.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(markup).text()
                : markup;
        text = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
