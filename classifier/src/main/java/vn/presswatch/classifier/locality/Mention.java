package vn.presswatch.classifier.locality;

import java.util.List;

/** One name found in an article, what the words around it say, and how far it has been resolved. */
final class Mention {
    final int start;
    final int end;
    final List<Sense> senses;
    final boolean weak;
    ContextWords.Role unit;
    String unitType = "";
    boolean blockedAfter;
    boolean blocked;
    boolean locative;
    /** The unit word stands before the name (not an English word after it). */
    boolean unitBefore;
    boolean afterConjunction;
    /** Its unit word is plural ("các xã"), so a list may follow. */
    boolean plural;
    /** It follows another name after a comma, dash or parenthesis, as the last part of an address does. */
    boolean endsAddress;
    boolean done;
    boolean pending;
    /** The province this mention was accepted as, or -1. */
    int province = -1;
    int linkedProvince = -1;

    Mention(int start, int end, List<Sense> senses, boolean weak) {
        this.start = start;
        this.end = end;
        this.senses = senses;
        this.weak = weak;
    }

    boolean hasProvinceLevel() {
        for (Sense sense : senses) {
            if (sense.isProvinceLevel()) {
                return true;
            }
        }
        return false;
    }

    boolean has(Sense.Kind kind) {
        for (Sense sense : senses) {
            if (sense.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
