package vn.presswatch.api.service;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Objects;

/**
 * What importing a source list did.
 *
 * @param added   ids of the sources added
 * @param skipped ids already present (left as they were)
 * @param errors  entries refused, each with why
 */
public record SourceImport(List<String> added, List<String> skipped, List<EntryError> errors) {
    public SourceImport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    /**
     * One refused entry.
     *
     * @param entry   its position in the list, from 1
     * @param id      its id, possibly null
     * @param message what is wrong, in Vietnamese
     */
    @Serdeable
    public record EntryError(int entry, @Nullable String id, String message) {
        public EntryError {
            Objects.requireNonNull(message, "message");
        }
    }
}
