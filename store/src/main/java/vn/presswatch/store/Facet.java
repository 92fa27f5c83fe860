package vn.presswatch.store;

/** What statistics can be counted by. An article with several topics or localities counts once for each. */
public enum Facet {
    TOPIC,
    SOURCE,
    TONE,
    LANGUAGE,
    LOCALITY,
    ORIGIN
}
