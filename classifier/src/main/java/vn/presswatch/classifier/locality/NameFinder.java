package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names in a tokenized article: at each token the longest name of the trie that is written as the name
 * is (capitalised where the name is, with the same diacritics when any are typed), then on after it.
 */
final class NameFinder {

    private final NameIndex index;
    private final TokenizedText t;

    NameFinder(NameIndex index, TokenizedText tokens) {
        this.index = index;
        this.t = tokens;
    }

    List<Mention> find() {
        List<Mention> mentions = new ArrayList<>();
        int[] ends = new int[index.maxSyllables + 1];
        int[] entries = new int[index.maxSyllables + 1];
        int i = 0;
        while (i < t.size) {
            // Most tokens are lower-case words no name can start with: skip them before even looking them up.
            boolean lower = (t.flags[i] & (TokenizedText.CAPITALISED | TokenizedText.DIGITS)) == 0;
            if (t.caseInformative && lower && !index.anyLowercaseStart) {
                i++;
                continue;
            }
            int id = t.id(i);
            if (id < 0 || t.caseInformative && lower && !index.lowercaseStart[id]) {
                i++;
                continue;
            }
            Mention found = longestAt(i, ends, entries);
            // "tinh Hai Duong": without diacritics "Tinh Hai" could be a former commune (Tĩnh Hải), but a unit word
            // followed by a longer name is a unit word.
            int unit = found == null ? 0 : unitWordAt(i);
            if (unit > 0) {
                Mention after = longestAt(i + unit, ends, entries);
                if (after != null && after.end > found.end) {
                    found = after;
                }
            }
            // "TIN TỪ SƠN LA" in capitals could be Từ Sơn + La or từ + Sơn La; case cannot tell, so a province
            // that starts inside the name and reaches further wins.
            if (found != null && found.weak && found.end - i > 1 && !found.hasProvinceLevel()) {
                Mention inside = longestAt(i + 1, ends, entries);
                if (inside != null && inside.end > found.end && inside.hasProvinceLevel()) {
                    found = inside;
                }
            }
            if (found == null) {
                i++;
            } else {
                mentions.add(found);
                i = found.end;
            }
        }
        return mentions;
    }

    /** The longest name starting at token {@code i} that is written as the name is (case, diacritics), or null. */
    private Mention longestAt(int i, int[] ends, int[] entries) {
        int found = 0;
        int node = NameTrie.ROOT;
        for (int k = i; k < t.size; k++) {
            // A lower-case word cannot go on a name that capitalises its next word: stop before looking it up.
            if (k > i && (t.gaps[k] != TokenizedText.GAP_SPACE && t.gaps[k] != TokenizedText.GAP_HYPHEN
                    || t.caseInformative && (t.flags[k] & (TokenizedText.CAPITALISED | TokenizedText.DIGITS)) == 0
                    && !index.trie.lowercaseNext(node))) {
                break;
            }
            if (t.id(k) < 0) {
                break;
            }
            node = index.trie.child(node, t.id(k));
            if (node == NameTrie.NONE) {
                break;
            }
            int entry = index.trie.entry(node);
            if (entry != NameTrie.NONE) {
                ends[found] = k + 1;
                entries[found] = entry;
                found++;
            }
        }
        for (int f = found - 1; f >= 0; f--) {
            NameEntry entry = index.entries.get(entries[f]);
            if (capitalisedAsNamed(i, ends[f], entry)) {
                List<Sense> senses = spelledAsWritten(i, ends[f], entry);
                if (!senses.isEmpty()) {
                    return new Mention(i, ends[f], senses, weak(i, ends[f]));
                }
            }
        }
        return null;
    }

    /** The number of tokens of a unit word (xã, tỉnh, thành phố ...) starting at token {@code i}, or 0. */
    private int unitWordAt(int i) {
        ContextWords.Compiled[] words = index.wordsStartingWith[t.id(i)];
        if (words == null || !index.unitWords[t.id(i)]) {
            return 0;
        }
        for (ContextWords.Compiled word : words) {
            if (word.word().role().name().endsWith("_UNIT") && i + word.ids().length < t.size
                    && word.endsBefore(t, i + word.ids().length, i)) {
                return word.ids().length;
            }
        }
        return 0;
    }

    /** Proper names are capitalised: each syllable the name capitalises must be capitalised in the text. */
    private boolean capitalisedAsNamed(int from, int to, NameEntry entry) {
        if (!t.caseInformative) {
            return true;
        }
        for (int k = from; k < to; k++) {
            boolean lowerOk = ((entry.lowercaseOk() >>> (k - from)) & 1) != 0;
            if (!lowerOk && !t.has(k, TokenizedText.CAPITALISED) && !t.has(k, TokenizedText.DIGITS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the case of the span proves nothing: the article has no case, the span is in capitals (a
     * headline in capitals), or it is one word at the start of a sentence.
     */
    private boolean weak(int from, int to) {
        if (!t.caseInformative) {
            return true;
        }
        boolean allCaps = true;
        for (int k = from; k < to; k++) {
            allCaps &= t.has(k, TokenizedText.ALL_CAPS) || t.has(k, TokenizedText.DIGITS);
        }
        return allCaps || (to - from == 1 && sentenceStart(from));
    }

    private boolean sentenceStart(int token) {
        byte gap = t.gaps[token];
        if (gap == TokenizedText.GAP_STRONG) {
            return true;
        }
        // "TP. Hải Phòng", "P. Đồ Sơn": a dot after a short capitalised word is an abbreviation, not a full stop.
        return gap == TokenizedText.GAP_DOT && !(token > 0 && t.has(token - 1, TokenizedText.CAPITALISED)
                && t.ends[token - 1] - t.starts[token - 1] <= 3);
    }

    /**
     * The senses spelt as the text spells them. A writer who typed diacritics in a name typed all of them, so
     * then every syllable must match the name's exactly, tone placement aside: "Tỉnh Hải" is not the former ward
     * Tĩnh Hải, "Cẩm Giang" is not "Cẩm Giàng". A name typed without any diacritics matches them all, except that
     * in an article written with diacritics the names spelt exactly so are preferred ("Thanh An" over "Thạnh
     * An"). Empty when none matches.
     */
    private List<Sense> spelledAsWritten(int from, int to, NameEntry entry) {
        List<Sense> senses = entry.senses();
        boolean marked = t.hasDiacritics(from, to);
        if (!marked && !t.withDiacritics) {
            return senses;
        }
        List<Sense> same = new ArrayList<>(senses.size());
        for (Sense sense : senses) {
            boolean ok = true;
            for (int k = from; k < to && ok; k++) {
                String expected = sense.exact()[k - from];
                ok = expected == null || expected.equals(t.exact(k));
            }
            if (ok) {
                same.add(sense);
            }
        }
        return marked || !same.isEmpty() ? same : senses;
    }
}
