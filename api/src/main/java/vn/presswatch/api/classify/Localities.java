package vn.presswatch.api.classify;

import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.locality.LocalityMatcher;

/** The locality tagger of the application: the bundled gazetteer of the 34 provinces and 3,321 communes. */
public final class Localities {
    private Localities() {
    }

    public static LocalityTagger tagger() {
        LocalityMatcher matcher = new LocalityMatcher(LocalityMatcher.Settings.defaults());
        return matcher::storedValues;
    }
}
