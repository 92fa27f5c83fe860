package vn.presswatch.crawler.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects a feed's items in order, keeping the first item for each link and at most {@code maxItems}, and warns
 * about what it dropped. The caller stops mapping entries once it {@link #isFull()}, so a 5,000-entry feed costs
 * no more than its first items.
 *
 * <p>Items are keyed by link only. A guid shared by items with different links is reported but both are kept:
 * CMSs that reuse guids (or reset them to "0") would otherwise make us lose articles, while the store's
 * canonical-URL dedup absorbs a genuine duplicate harmlessly. Not thread-safe; one per parse.
 */
final class UniqueItems {

    private final int maxItems;
    private final ParseWarnings warnings;
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> linkByGuid = new HashMap<>();
    private final List<FeedItem> items = new ArrayList<>();
    private int duplicates;

    UniqueItems(int maxItems, ParseWarnings warnings) {
        this.maxItems = maxItems;
        this.warnings = warnings;
    }

    void add(FeedItem item) {
        if (!keys.add(item.key())) {
            duplicates++;
            warnings.add("duplicate link, later item dropped: " + item.key());
            return;
        }
        if (item.guid() != null) {
            String earlier = linkByGuid.putIfAbsent(item.guid(), item.url());
            if (earlier != null) {
                warnings.add("guid '" + BodySniffer.abbreviate(item.guid(), 80)
                        + "' is used by items with different links; both kept, items are identified by link");
            }
        }
        items.add(item);
    }

    boolean isFull() {
        return items.size() >= maxItems;
    }

    void reportDuplicates() {
        if (duplicates > 1) {
            warnings.add(String.format(Locale.ROOT, "%d duplicate items dropped in all", duplicates));
        }
    }

    List<FeedItem> items() {
        return List.copyOf(items);
    }
}
