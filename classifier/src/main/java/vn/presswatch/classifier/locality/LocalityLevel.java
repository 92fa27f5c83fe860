package vn.presswatch.classifier.locality;

/** The level of a {@link LocalityMatch}. */
public enum LocalityLevel {
    /** One of the 34 provinces and centrally-run cities. */
    PROVINCE,
    /** A xã, phường or đặc khu. */
    COMMUNE,
    /** A place an office configured ({@link CustomLocality}). */
    CUSTOM
}
