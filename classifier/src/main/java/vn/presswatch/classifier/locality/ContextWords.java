package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.List;

/**
 * The words around a name that decide what it is: unit words before it ("xã", "TP."), English unit words after it
 * ("province", "ward"), and words that make it a street or a person ("đường", "ông", "Chủ tịch", a surname).
 *
 * <p>A word written with diacritics must match exactly ("bác" the uncle, not "bắc" the north); written without
 * them it matches only where that is safe ({@code asciiOk}): "duong Hai Phong" is a street, but "bac" in
 * "phia bac Hai Phong" is the north, so the single-syllable person words do not apply to unaccented text.
 */
final class ContextWords {

    /** What a context word says about the name next to it. */
    enum Role {
        /** Before: xã, phường, đặc khu, thị trấn, P. */
        COMMUNE_UNIT,
        /** Before: huyện, quận, thị xã, TX, Q. */
        DISTRICT_UNIT,
        /** Before: tỉnh. */
        PROVINCE_UNIT,
        /** Before: thành phố, TP, thủ đô (a province-level city or a former provincial city). */
        CITY_UNIT,
        /** Before: a street or a person's title. */
        BLOCKER,
        /** Before, capitalised: a surname or middle name, so the name is part of a person's name. */
        PERSON_NAME,
        /** Before: "tại", "ở" (in, at), enough to read "Hồ Chí Minh" as the city. */
        LOCATIVE,
        /** After: "province". */
        PROVINCE_SUFFIX,
        /** After: "city". */
        CITY_SUFFIX,
        /** After: "ward", "commune", "special zone". */
        COMMUNE_SUFFIX,
        /** After: "district", "town". */
        DISTRICT_SUFFIX,
        /** After: "Street", "Road", "Mausoleum" ... */
        SUFFIX_BLOCKER,
        /** Between two names of a list: "và", "hoặc", "and", "or". */
        CONJUNCTION,
        /** Before a unit word, making it plural: "các xã", "những huyện". */
        PLURAL
    }

    /**
     * One context word or phrase.
     *
     * @param role        what it says
     * @param text        as written, with diacritics
     * @param unitType    for unit words, the commune type it names ("xã", "phường", "đặc khu", "thị trấn"), else ""
     * @param dot         0: no dot after it; 1: a dot may follow ("TP." or "TP"); 2: a dot must follow ("P.")
     * @param asciiOk     it also counts when written without diacritics
     * @param capitalised it counts only when capitalised (surnames)
     */
    record Word(Role role, String text, String unitType, int dot, boolean asciiOk, boolean capitalised) {
    }

    static final List<Word> WORDS = words();

    private ContextWords() {
    }

    private static List<Word> words() {
        List<Word> w = new ArrayList<>();
        unit(w, Role.COMMUNE_UNIT, "xã", "xã", 0);
        unit(w, Role.COMMUNE_UNIT, "phường", "phường", 0);
        unit(w, Role.COMMUNE_UNIT, "đặc khu", "đặc khu", 0);
        unit(w, Role.COMMUNE_UNIT, "thị trấn", "thị trấn", 0);
        unit(w, Role.COMMUNE_UNIT, "P", "phường", 2);
        unit(w, Role.COMMUNE_UNIT, "TT", "thị trấn", 2);
        unit(w, Role.DISTRICT_UNIT, "huyện", "", 0);
        unit(w, Role.DISTRICT_UNIT, "huyện đảo", "", 0);
        unit(w, Role.DISTRICT_UNIT, "quận", "", 0);
        unit(w, Role.DISTRICT_UNIT, "thị xã", "", 0);
        unit(w, Role.DISTRICT_UNIT, "TX", "", 1);
        unit(w, Role.DISTRICT_UNIT, "Q", "", 2);
        unit(w, Role.PROVINCE_UNIT, "tỉnh", "", 0);
        unit(w, Role.CITY_UNIT, "thành phố", "", 0);
        unit(w, Role.CITY_UNIT, "TP", "", 1);
        unit(w, Role.CITY_UNIT, "thủ đô", "", 0);

        for (String street : new String[] {"đường", "phố", "đại lộ"}) {
            w.add(new Word(Role.BLOCKER, street, "", 0, true, false));
        }
        for (String word : new String[] {"ngõ", "ngách", "hẻm", "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ",
                "em", "thầy", "tướng", "vua", "lăng"}) {
            w.add(new Word(Role.BLOCKER, word, "", 0, false, false));
        }
        for (String title : new String[] {"chủ tịch", "đồng chí", "tư tưởng", "đại tướng", "tổng bí thư",
                "di chúc", "President", "Uncle", "General"}) {
            w.add(new Word(Role.BLOCKER, title, "", 0, true, false));
        }
        for (String title : new String[] {"Mr", "Mrs", "Ms", "Dr", "Gen"}) {
            w.add(new Word(Role.BLOCKER, title, "", 1, true, false));
        }
        // Surnames and the commonest middle names: "Lê Hồng Phong", "Nguyễn Thị Huế", "Hồ Thanh Hiếu". Only the
        // token right before a name is looked at, and only when it did not start a longer name itself ("Mai
        // Châu", "Hà Nam"), so a surname that starts place names too costs little. Without diacritics "Do" and
        // "Ta" are English words and "Thi", "Van" too unsure, so those four need the diacritics.
        for (String name : new String[] {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Ngô", "Hồ", "Dương", "Lý", "Đinh", "Trương", "Trịnh", "Đoàn", "Đào", "Lưu", "Vương", "Quách",
                "Lương", "Mai", "Cao", "Lâm", "Phùng", "Triệu", "Tô", "Kiều", "Đàm", "Khổng", "Mạc", "Hứa", "Tăng",
                "Lại", "Doãn", "Nông", "Tống", "Lã", "Lữ", "Chu"}) {
            w.add(new Word(Role.PERSON_NAME, name, "", 0, true, true));
        }
        for (String name : new String[] {"Đỗ", "Tạ", "Thị", "Văn"}) {
            w.add(new Word(Role.PERSON_NAME, name, "", 0, false, true));
        }
        for (String word : new String[] {"các", "những", "hai", "ba", "bốn", "năm"}) {
            w.add(new Word(Role.PLURAL, word, "", 0, false, false));
        }
        for (String word : new String[] {"và", "hoặc", "and", "or"}) {
            w.add(new Word(Role.CONJUNCTION, word, "", 0, false, false));
        }
        w.add(new Word(Role.LOCATIVE, "tại", "", 0, false, false));
        w.add(new Word(Role.LOCATIVE, "ở", "", 0, false, false));

        w.add(new Word(Role.PROVINCE_SUFFIX, "province", "", 0, true, false));
        w.add(new Word(Role.CITY_SUFFIX, "city", "", 0, true, false));
        w.add(new Word(Role.COMMUNE_SUFFIX, "ward", "phường", 0, true, false));
        w.add(new Word(Role.COMMUNE_SUFFIX, "commune", "xã", 0, true, false));
        w.add(new Word(Role.COMMUNE_SUFFIX, "special zone", "đặc khu", 0, true, false));
        w.add(new Word(Role.DISTRICT_SUFFIX, "district", "", 0, true, false));
        w.add(new Word(Role.DISTRICT_SUFFIX, "town", "", 0, true, false));
        for (String word : new String[] {"street", "st", "road", "rd", "avenue", "boulevard", "mausoleum", "trail"}) {
            w.add(new Word(Role.SUFFIX_BLOCKER, word, "", 0, true, false));
        }
        return List.copyOf(w);
    }

    private static void unit(List<Word> w, Role role, String text, String unitType, int dot) {
        w.add(new Word(role, text, unitType, dot, true, false));
    }

    /** A word compiled against a syllable table: its folded ids and exact syllables. */
    record Compiled(Word word, int[] ids, String[] exact) {

        /** True when this word ends right before token {@code at} (unit words and blockers). */
        boolean endsBefore(TokenizedText t, int at, int floor) {
            int first = at - ids.length;
            if (first < floor) {
                return false;
            }
            byte gap = t.gaps[at];
            boolean dotOk = word.dot() > 0 && gap == TokenizedText.GAP_DOT;
            boolean spaceOk = word.dot() < 2 && gap == TokenizedText.GAP_SPACE;
            return (dotOk || spaceOk) && matchesAt(t, first);
        }

        /** True when this word starts right after the token before {@code at} (suffixes). */
        boolean startsAt(TokenizedText t, int at) {
            return at + ids.length <= t.size && t.gaps[at] == TokenizedText.GAP_SPACE && matchesAt(t, at);
        }

        private boolean matchesAt(TokenizedText t, int first) {
            for (int k = 0; k < ids.length; k++) {
                int token = first + k;
                if (t.id(token) != ids[k] || (k > 0 && t.gaps[token] != TokenizedText.GAP_SPACE)) {
                    return false;
                }
                if (word.capitalised() && !t.has(token, TokenizedText.CAPITALISED)) {
                    return false;
                }
                boolean exactMatch = t.has(token, TokenizedText.ASCII) ? word.asciiOk() || exact[k].equals(t.exact(token))
                        : exact[k].equals(t.exact(token));
                if (!exactMatch) {
                    return false;
                }
            }
            return true;
        }
    }
}
