package vn.presswatch.store;

import java.util.List;

/**
 * What an upsert did.
 *
 * @param created ids of articles that were not in the store before (new coverage: alerts fire for these)
 * @param updated ids of articles that replaced a stored version
 */
public record UpsertResult(List<String> created, List<String> updated) {
    public UpsertResult {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
    }
}
