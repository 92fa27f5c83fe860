package vn.presswatch.api.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A source an editor entered or imported is not usable. {@link #fields()} maps each wrong field (the names of
 * {@link SourceDraft}: {@code id}, {@code name}, {@code feedUrls} ...) to what is wrong with it, in Vietnamese, so a
 * form can show each message beside its field; the exception's message joins them.
 */
public class SourceValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Field name to message, in the order the fields were checked. */
    private final Map<String, String> fields;

    public SourceValidationException(Map<String, String> fields) {
        super(message(fields));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One wrong field. */
    public static SourceValidationException of(String field, String message) {
        return new SourceValidationException(Map.of(field, message));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> fields() {
        return fields;
    }

    private static String message(Map<String, String> fields) {
        return "Nguồn tin không hợp lệ: " + fields.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
