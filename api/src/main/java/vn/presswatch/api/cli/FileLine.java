package vn.presswatch.api.cli;

/** What a file command prints for one file: a record written as one JSON object with "file" and "ok" first. */
interface FileLine {

    /** The file as it was given on the command line. */
    String file();

    /** False for a {@link FailureLine}. */
    boolean ok();
}
