package vn.presswatch.api.service;

import java.util.Map;

/**
 * A source an editor entered or imported is not usable. {@link #fields()} maps each wrong field (the names of
 * {@link SourceDraft}: {@code id}, {@code name}, {@code feedUrls} ...) to what is wrong with it, in Vietnamese, so a
 * form can show each message beside its field; the exception's message joins them.
 */
public class SourceValidationException extends InvalidFieldsException {
    private static final long serialVersionUID = 1L;

    public SourceValidationException(Map<String, String> fields) {
        super("Nguồn tin không hợp lệ", fields);
    }

    /** One wrong field. */
    public static SourceValidationException of(String field, String message) {
        return new SourceValidationException(Map.of(field, message));
    }
}
