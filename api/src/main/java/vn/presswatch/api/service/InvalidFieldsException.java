package vn.presswatch.api.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Something a user entered (a source, an alert rule) is not usable. {@link #fields()} maps each wrong field to what
 * is wrong with it, in Vietnamese, so a form can show each message beside its field and the API can name them; the
 * exception's message joins them after a heading.
 */
public class InvalidFieldsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Field name to message, in the order the fields were checked. */
    private final Map<String, String> fields;

    public InvalidFieldsException(String heading, Map<String, String> fields) {
        super(heading + ": " + fields.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> fields() {
        return fields;
    }
}
