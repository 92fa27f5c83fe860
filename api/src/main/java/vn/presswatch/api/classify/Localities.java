package vn.presswatch.api.classify;

import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.locality.LocalityMatcher;

/** The locality tagger of the application: the bundled gazetteer of the 34 provinces and 3,321 communes. */
public final class Localities {
    private Localities() {
    }

    public static LocalityTagger tagger() {
        return tagger(LocalityMatcher.Settings.defaults());
    }

    /** The gazetteer plus an office's own places and home provinces. */
    public static LocalityTagger tagger(LocalityMatcher.Settings settings) {
        LocalityMatcher matcher = new LocalityMatcher(settings);
        return matcher::storedValues;
    }
}
