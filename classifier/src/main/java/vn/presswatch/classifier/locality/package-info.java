/**
 * Finds which provinces, communes and office-defined places a press article is about, from the gazetteer of the
 * units in force since 1 July 2025 (see {@link vn.presswatch.classifier.locality.LocalityMatcher}).
 */
package vn.presswatch.classifier.locality;
