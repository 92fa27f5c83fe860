package vn.presswatch.api.rest;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * What the API answers when a request fails: a message for people (Vietnamese first) and, for bad input, the
 * message per wrong parameter or field. Never a stack trace.
 *
 * @param message what went wrong and, for bad input, what to change
 * @param fields  parameter or field name to its problem; empty when the message says it all
 */
@Serdeable
public record ApiError(String message, Map<String, String> fields) {
    public ApiError {
        fields = Map.copyOf(fields);
    }

    public static ApiError of(String message) {
        return new ApiError(message, Map.of());
    }
}
