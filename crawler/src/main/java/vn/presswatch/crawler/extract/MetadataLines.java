package vn.presswatch.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the short lines around an article that are metadata, not text: date lines ("Stand: 05.
 * Februar 2020", "Thứ Hai, 18/8/2025, 10:30 (GMT+7)", "May 31, 2012") and photo credits ("Foto: dpa",
 * "Ảnh: TTXVN", "(Credit: Getty Images)", "... / Shutterstock").
 */
final class MetadataLines {

    private static final String MONTHS = "jan(uar|uary|vier)?|feb(ruar|ruary|rero)?|f[ée]vr(ier)?|m[äa]r(z|ch|s|zo)?"
            + "|apr(il|ile)?|avr(il)?|abr(il)?|ma[iy]|mai|mayo|maggio|mei|jun[ie]?|june|juin|junio|giugno|jul[iy]?"
            + "|juillet|julio|luglio|aug(ust)?|ao[ûu]t|agosto|sep(t|tember|tembre|tiembre)?|okt(ober)?|oct(ober|obre|ubre)?"
            + "|ottobre|nov(ember|embre)?|de[cz](ember|embre)?|d[ée]c(embre)?|diciembre|dicembre|stycznia|lutego|marca"
            + "|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|th[áa]ng \\d{1,2}";

    private static final Pattern DATE = Pattern.compile(
            "(?iu)\\b\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
            + "|\\b\\d{1,2}\\.?\\s+(" + MONTHS + ")\\.?,?\\s+\\d{4}\\b"
            + "|\\b(" + MONTHS + ")\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b");

    /**
     * Words that date lines are made of besides the date itself ("Stand:", "Cập nhật lúc", "posted on",
     * weekdays). A short line with a date and only such words is a date line; "Termin: 29.02.2020, 19 Uhr" has
     * another word and is text.
     */
    private static final Set<String> DATE_LINE_WORDS = Set.of(
            "stand", "aktualisiert", "veröffentlicht", "erstellt", "geändert", "letzte", "änderung", "zuletzt",
            "am", "um", "uhr", "vom", "datum", "posted", "published", "updated", "modified", "last", "on", "at",
            "date", "publié", "publiée", "mis", "à", "jour", "le", "publicado", "actualizado", "el", "a", "las",
            "opublikowano", "aktualizacja", "pubblicato", "aggiornato", "il", "alle", "ore", "cập", "nhật", "ngày",
            "lúc", "đăng", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "gmt", "utc", "cet", "cest",
            "mez", "pm", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
            "viernes", "sábado", "domingo", "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu",
            "fri", "sat", "sun", "und", "and", "y", "et", "of", "de", "del", "du", "der", "des");
    /** Words after which a line names its author ("20. Mai 2019 - von Annette Henkel"). */
    private static final Set<String> BY_WORDS = Set.of("von", "by", "bởi", "par", "por", "di", "przez", "autor", "author");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_NAME_WORDS = 4;

    /** "Foto: ...", "Bild: ...", "Photo: ...", "Ảnh: ...", "© ...", "(Credit: ...)", "Quelle: ..." */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^[(\\[]?\\s*(foto|fotos|photo|photos|bild|bilder|titelbild|beitragsbild|headerbild|image|images|"
            + "picture|credit|credits|copyright|quelle|source|sources|ảnh|nguồn|zdjęcie|źródło|fot\\.|©)\\s*[:©].*"
            + "|.*(©|\\(c\\)|/\\s*(shutterstock|getty images|istock|dpa|afp|reuters|ap|picture[- ]alliance|imago|pixabay|unsplash)"
            + "|\\bfiles)\\s*\\)?$");

    /** A caption that ends with its credit: "Rust am Westufer des Neusiedler Sees. © WSNA". */
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(?iu).*(©|\\(c\\)|\\b(foto|fotos|photo|photograph|bild|credit|image|ảnh|zdjęcie|źródło|fot\\.)\\s*:).{0,80}$");

    private static final int MAX_DATE_LINE = 60;
    private static final int MAX_CAPTION = 250;
    private static final int MAX_CREDIT_LINE = 80;

    private MetadataLines() {
    }

    /** A short line that is mostly a date or a time: a date line, a "last updated", a timestamp. */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE) {
            return false;
        }
        Matcher date = DATE.matcher(text);
        if (!date.find()) {
            return false;
        }
        // "Am 13. Mai 2014 trat das Gesetz in Kraft." mentions a date; a date line has nothing but date words.
        String rest = DATE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(rest);
        int nameWords = -1;
        while (word.find()) {
            String w = word.group();
            if (nameWords >= 0) {
                if (++nameWords > MAX_NAME_WORDS) {
                    return false;
                }
            } else if (BY_WORDS.contains(w)) {
                nameWords = 0;
            } else if (!DATE_LINE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'”»)]?$");

    /** Whether the text ends as a sentence does. */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** A photo credit or caption credit line. */
    static boolean isCredit(String text) {
        return text.length() <= MAX_CREDIT_LINE && CREDIT.matcher(text).matches()
                || text.length() <= MAX_CAPTION && CAPTION_WITH_CREDIT.matcher(text).matches();
    }
}
