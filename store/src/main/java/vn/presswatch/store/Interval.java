package vn.presswatch.store;

/** Calendar bucket of a date histogram; weeks start on Monday. */
public enum Interval {
    DAY,
    WEEK,
    MONTH
}
