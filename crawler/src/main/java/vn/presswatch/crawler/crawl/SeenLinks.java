package vn.presswatch.crawler.crawl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article ids this process already stored or gave up on, so unchanged feeds do not send the same ids to the store
 * again and again. Bounded (least recently used out); the store's own {@code existing(ids)} stays the source of
 * truth after a restart. An id goes in only after its article is stored (or failed for good), never before.
 */
final class SeenLinks {
    private final Map<String, Boolean> ids;

    SeenLinks(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.ids = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String id) {
        return ids.get(id) != null;
    }

    synchronized void add(String id) {
        ids.put(id, Boolean.TRUE);
    }

    synchronized int size() {
        return ids.size();
    }
}
