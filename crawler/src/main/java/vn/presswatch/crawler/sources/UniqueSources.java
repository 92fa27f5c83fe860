package vn.presswatch.crawler.sources;

import java.util.HashMap;
import java.util.Map;
import vn.presswatch.store.Source;

/**
 * The list-wide checks of one reading: no id twice, no address polled for two sources (the crawler would fetch it
 * twice and store its articles under whichever source came last). Not thread-safe; one per list read.
 */
final class UniqueSources {
    private final String listName;
    private final Map<String, Integer> entryById = new HashMap<>();
    private final Map<String, Integer> entryByAddress = new HashMap<>();

    UniqueSources(String listName) {
        this.listName = listName;
    }

    /**
     * @param entry  where the source was written, from 1, as {@link InvalidSourceListException#entry()} counts
     * @param prefix put before the problem, e.g. which outline; empty for none
     * @throws InvalidSourceListException naming the entry that came first
     */
    void add(Source source, int entry, String entryId, String prefix) {
        Integer sameId = entryById.putIfAbsent(source.id(), entry);
        if (sameId != null) {
            throw new InvalidSourceListException(listName, entry, entryId, prefix + "id already used by entry #"
                    + sameId, null);
        }
        for (String address : source.pollUrls()) {
            Integer sameAddress = entryByAddress.putIfAbsent(address, entry);
            if (sameAddress != null) {
                throw new InvalidSourceListException(listName, entry, entryId, prefix + "address " + address
                        + " is already polled for entry #" + sameAddress, null);
            }
        }
    }
}
