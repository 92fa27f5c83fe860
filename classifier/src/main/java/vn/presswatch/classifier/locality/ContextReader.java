package vn.presswatch.classifier.locality;

import java.util.List;

/**
 * Reads the words around each name ({@link ContextWords}): a unit word before it, an English unit word or a
 * street word after it, a person's title or surname before it; carries a unit word over a list; and, once the
 * provinces are known, links a name to the province written right after it.
 */
final class ContextReader {

    private static final ContextWords.Compiled[] NO_WORDS = {};

    private final NameIndex index;
    private final TokenizedText t;
    private final List<Mention> mentions;

    ContextReader(NameIndex index, TokenizedText tokens, List<Mention> mentions) {
        this.index = index;
        this.t = tokens;
        this.mentions = mentions;
    }

    /** Reads every mention's surroundings, before anything is resolved. */
    void readAll() {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            read(m, i == 0 ? 0 : mentions.get(i - 1).end);
            if (i > 0) {
                Mention previous = mentions.get(i - 1);
                inheritListUnit(previous, m);
                // "Xã Long Hòa, Hồ Chí Minh": the last part of an address is a province.
                m.endsAddress = t.gaps[m.start] != TokenizedText.GAP_SPACE && linked(previous.end, m.start);
            }
        }
    }

    private void read(Mention m, int floor) {
        boolean unitBefore = false;
        ContextWords.Compiled[] before = m.start > 0 && t.id(m.start - 1) >= 0
                ? index.wordsEndingWith[t.id(m.start - 1)] : null;
        for (ContextWords.Compiled word : before == null ? NO_WORDS : before) {
            ContextWords.Role role = word.word().role();
            switch (role) {
                case COMMUNE_UNIT, DISTRICT_UNIT, PROVINCE_UNIT, CITY_UNIT -> {
                    if (!unitBefore && word.endsBefore(t, m.start, floor)) {
                        unitBefore = true;
                        m.unit = role;
                        m.unitType = word.word().unitType();
                        m.plural = plural(m.start - word.ids().length);
                    }
                }
                // A person word may itself have been read as a name ("Hồ" in "Hồ Ngọc Hà"), so no floor here.
                case BLOCKER, PERSON_NAME -> m.blocked |= word.endsBefore(t, m.start, 0);
                case LOCATIVE -> m.locative |= word.endsBefore(t, m.start, floor);
                case CONJUNCTION -> m.afterConjunction |= word.endsBefore(t, m.start, floor);
                default -> {
                }
            }
        }
        ContextWords.Compiled[] after = m.end < t.size && t.id(m.end) >= 0 ? index.wordsStartingWith[t.id(m.end)]
                : null;
        for (ContextWords.Compiled word : after == null ? NO_WORDS : after) {
            ContextWords.Role role = word.word().role();
            switch (role) {
                case PROVINCE_SUFFIX, CITY_SUFFIX, COMMUNE_SUFFIX, DISTRICT_SUFFIX -> {
                    if (m.unit == null && word.startsAt(t, m.end)) {
                        m.unit = switch (role) {
                            case PROVINCE_SUFFIX -> ContextWords.Role.PROVINCE_UNIT;
                            case CITY_SUFFIX -> ContextWords.Role.CITY_UNIT;
                            case COMMUNE_SUFFIX -> ContextWords.Role.COMMUNE_UNIT;
                            default -> ContextWords.Role.DISTRICT_UNIT;
                        };
                        m.unitType = word.word().unitType();
                    }
                }
                case SUFFIX_BLOCKER -> m.blockedAfter |= word.startsAt(t, m.end);
                default -> {
                }
            }
        }
        // A unit word right before the name wins over a street word that ends the same way ("thành phố" ends in
        // "phố", which alone is a street).
        m.blocked = m.blockedAfter || (m.blocked && !unitBefore);
        m.unitBefore = unitBefore;
    }

    /** True when a plural word ("các", "những") ends right before token {@code at}. */
    private boolean plural(int at) {
        ContextWords.Compiled[] words = at > 0 && t.id(at - 1) >= 0 ? index.wordsEndingWith[t.id(at - 1)] : null;
        for (ContextWords.Compiled word : words == null ? NO_WORDS : words) {
            if (word.word().role() == ContextWords.Role.PLURAL && word.endsBefore(t, at, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a list the unit word is written once: "các huyện Đông Anh, Hoài Đức và Gia Lâm" are all districts. A
     * name after "và" or "hoặc", or after a comma when the unit word was plural ("các xã"), takes the unit word of
     * the name before it, unless it can be a province ("xã Tân Tiến, Hải Phòng" is a commune and its province).
     * A comma alone is an address ("thị trấn Tây Đằng, Ba Vì, Hà Nội"), whose middle part is a district.
     */
    private void inheritListUnit(Mention previous, Mention m) {
        if (m.unit != null || previous.unit == null || !previous.unitBefore || previous.blocked) {
            return;
        }
        if (m.hasProvinceLevel()) {
            return;
        }
        boolean comma = previous.plural && m.start == previous.end && t.gaps[m.start] == TokenizedText.GAP_COMMA;
        boolean conjunction = m.afterConjunction && m.start - 1 == previous.end
                && (t.gaps[previous.end] == TokenizedText.GAP_SPACE || t.gaps[previous.end] == TokenizedText.GAP_COMMA);
        if (comma || conjunction) {
            m.unit = previous.unit;
            m.unitType = previous.unitType;
            m.unitBefore = true;
            m.plural = previous.plural;
        }
    }

    /**
     * Links a name to the province written right after it, with at most unit words and a comma, dash or
     * parenthesis between, across up to two other names: "Tân Tiến, Hải Phòng", "xã Tân Tiến (Hải Phòng)",
     * "xã Tân Tiến, huyện An Dương, TP Hải Phòng". Runs once the province mentions are resolved.
     */
    void linkToProvinces() {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.done) {
                continue;
            }
            int previousEnd = m.end;
            for (int h = i + 1; h < mentions.size() && h <= i + 3; h++) {
                Mention next = mentions.get(h);
                if (!linked(previousEnd, next.start)) {
                    break;
                }
                if (next.province >= 0) {
                    m.linkedProvince = next.province;
                    break;
                }
                previousEnd = next.end;
            }
        }
        readAddressMiddles();
    }

    /**
     * The middle of an old three-level address is a district: in "thị trấn Tây Đằng, Ba Vì, Hà Nội" Ba Vì is the
     * former huyện (today's addresses have two levels, commune and province).
     */
    private void readAddressMiddles() {
        for (int i = 1; i < mentions.size(); i++) {
            Mention previous = mentions.get(i - 1);
            Mention m = mentions.get(i);
            if (!m.done && m.unit == null && m.linkedProvince >= 0 && !m.hasProvinceLevel()
                    && previous.unit == ContextWords.Role.COMMUNE_UNIT && previous.unitBefore
                    && m.start == previous.end && t.gaps[m.start] == TokenizedText.GAP_COMMA) {
                m.unit = ContextWords.Role.DISTRICT_UNIT;
            }
        }
    }

    private boolean linked(int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.id(k) < 0 || !index.unitWords[t.id(k)]) {
                return false;
            }
        }
        for (int k = from; k <= to; k++) {
            byte gap = t.gaps[k];
            boolean ok = gap == TokenizedText.GAP_SPACE || gap == TokenizedText.GAP_COMMA
                    || gap == TokenizedText.GAP_HYPHEN || gap == TokenizedText.GAP_OPEN
                    || (gap == TokenizedText.GAP_DOT && k > from);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
