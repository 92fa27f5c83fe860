package vn.presswatch.classifier;

import java.util.List;

/** Which places an article is about, as the values stored in {@code Article.localities}. */
@FunctionalInterface
public interface LocalityTagger {

    List<String> localities(String title, String text);

    /** Tags no place: for tests of the other decisions, and before a gazetteer is loaded. */
    LocalityTagger NONE = (title, text) -> List.of();
}
