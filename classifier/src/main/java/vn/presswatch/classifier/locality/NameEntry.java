package vn.presswatch.classifier.locality;

import java.util.List;

/**
 * Everything one folded name can mean, found at one trie node.
 *
 * @param senses      the meanings, in the order they were added
 * @param lowercaseOk bit i set when syllable i may be written in lower case (some form of the name writes it so,
 *                    e.g. "nghề" in a custom "Làng nghề gốm"); elsewhere the text must capitalise it
 */
record NameEntry(List<Sense> senses, long lowercaseOk) {

    NameEntry {
        senses = List.copyOf(senses);
    }
}
