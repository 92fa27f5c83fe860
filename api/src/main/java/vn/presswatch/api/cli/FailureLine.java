package vn.presswatch.api.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A file that could not be processed.
 *
 * @param error why, in Vietnamese and then in English ("Tệp rỗng — the file is empty")
 */
@JsonPropertyOrder({"file", "ok", "error"})
record FailureLine(String file, String error) implements FileLine {

    @Override
    @JsonProperty
    public boolean ok() {
        return false;
    }
}
