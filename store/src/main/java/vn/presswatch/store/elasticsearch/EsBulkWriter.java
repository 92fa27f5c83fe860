package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.StoreException;

/**
 * Writes documents with the bulk API and retries what is worth retrying: items rejected with 429 (queue full) or a
 * 5xx, and whole requests that failed the same way or with an I/O error, with exponential backoff from
 * {@value #FIRST_BACKOFF_MS} ms (with jitter, so concurrent writers do not retry in step), up to the configured number
 * of retries. Anything still not written fails the call with a {@link StoreException} naming the ids and reasons.
 * Thread-safe.
 */
final class EsBulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(EsBulkWriter.class);
    private static final long FIRST_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 10_000;
    private static final int IDS_IN_MESSAGE = 10;
    private static final String JSON = "application/json";

    private final ElasticsearchClient client;
    private final String index;
    private final int maxRetries;
    private final EsErrors errors;

    EsBulkWriter(ElasticsearchClient client, String index, int maxRetries, EsErrors errors) {
        this.client = client;
        this.index = index;
        this.maxRetries = maxRetries;
        this.errors = errors;
    }

    /** One document to index (its JSON already serialised), or to delete ({@code json} null). */
    record Doc(String id, byte[] json) {
        static Doc delete(String id) {
            return new Doc(id, null);
        }
    }

    /** What a successful write did to one id. */
    enum Outcome {
        CREATED,
        UPDATED,
        /**
         * Written, but by a retry of a request whose answer was lost (I/O error, 5xx): the first try may have written
         * it already, so this answer's "created" or "updated" cannot be trusted.
         */
        UNCERTAIN,
        DELETED,
        /** A delete of a document that was not there (already deleted by someone else). */
        NOT_FOUND
    }

    /**
     * Indexes every document (replacing any with the same id), or deletes it, and says what each write did.
     *
     * @throws StoreException if some documents could not be written; the others were written
     */
    Map<String, Outcome> write(List<Doc> docs, Refresh refresh) {
        Map<String, Outcome> outcomes = new HashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> maybeWritten = new HashSet<>();
        List<Doc> pending = docs;
        StoreException requestFailure = null;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            BulkResponse response;
            try {
                response = client.bulk(request(pending, refresh));
            } catch (ElasticsearchException | IOException e) {
                if (!EsErrors.retryable(e) || attempt >= maxRetries) {
                    requestFailure = e instanceof IOException io ? errors.failed(what(docs), io)
                            : errors.answered(what(docs), (ElasticsearchException) e);
                    if (outcomes.isEmpty() && failures.isEmpty()) {
                        throw requestFailure;
                    }
                    // Earlier attempts wrote some documents (or failed some for their own reasons): only the ones
                    // still pending are lost to this failure, so name them like failed items.
                    String reason = e instanceof ElasticsearchException es
                            ? es.status() + " " + EsErrors.reason(es.error()) : "request failed: " + e;
                    pending.forEach(d -> failures.put(d.id(), reason));
                    break;
                }
                if (EsErrors.status(e) != 429) {
                    // A rejected request (429) wrote nothing; after a lost answer or a server error, anything may
                    // have been written.
                    pending.forEach(d -> maybeWritten.add(d.id()));
                }
                LOG.warn("Bulk write of {} documents to {} failed ({}); retry {} of {}", pending.size(), index,
                        e.getMessage(), attempt + 1, maxRetries);
                pause(attempt);
                continue;
            }
            List<Doc> retry = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < pending.size(); i++) {
                Doc doc = pending.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item == null) {
                    failures.put(doc.id(), "no answer for this document");
                } else if (item.error() == null) {
                    failures.remove(doc.id());
                    outcomes.put(doc.id(), outcome(doc, item, maybeWritten.contains(doc.id())));
                } else if (EsErrors.isRetryableStatus(item.status()) && attempt < maxRetries) {
                    retry.add(doc);
                    if (item.status() >= 500) {
                        maybeWritten.add(doc.id());
                    }
                } else {
                    failures.put(doc.id(), item.status() + " " + EsErrors.reason(item.error()));
                }
            }
            if (!retry.isEmpty()) {
                LOG.warn("{} of {} documents were rejected by {} (e.g. {}); retry {} of {}", retry.size(),
                        pending.size(), index, reasonOf(items, pending, retry.get(0)), attempt + 1, maxRetries);
                pause(attempt);
            }
            pending = retry;
        }
        if (!failures.isEmpty()) {
            String listed = failures.entrySet().stream().limit(IDS_IN_MESSAGE)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            throw new StoreException("cannot write " + failures.size() + " of " + docs.size() + " articles in " + index
                    + ": " + listed + (failures.size() > IDS_IN_MESSAGE ? " and " + (failures.size() - IDS_IN_MESSAGE)
                    + " more" : "") + "; the others were written", requestFailure);
        }
        return outcomes;
    }

    private static Outcome outcome(Doc doc, BulkResponseItem item, boolean maybeWritten) {
        if (doc.json() == null) {
            // After a lost answer, "not found" most likely means the first try deleted it.
            return "deleted".equals(item.result()) || maybeWritten ? Outcome.DELETED : Outcome.NOT_FOUND;
        }
        if (maybeWritten) {
            return Outcome.UNCERTAIN;
        }
        return "created".equals(item.result()) ? Outcome.CREATED : Outcome.UPDATED;
    }

    private BulkRequest request(List<Doc> docs, Refresh refresh) {
        List<BulkOperation> operations = new ArrayList<>(docs.size());
        for (Doc doc : docs) {
            if (doc.json() == null) {
                operations.add(BulkOperation.of(o -> o.delete(d -> d.id(doc.id()))));
                continue;
            }
            // Raw bytes: the client copies them into the request body instead of serialising a document again.
            BinaryData body = BinaryData.of(doc.json(), JSON);
            operations.add(BulkOperation.of(o -> o.index(i -> i.id(doc.id()).document(body))));
        }
        // require_alias: if someone deleted the alias, fail instead of creating an index with dynamic mappings.
        // include_source_on_error=false: error reasons must not carry article text into exceptions and logs.
        return BulkRequest.of(b -> b.index(index).requireAlias(true).includeSourceOnError(false).refresh(refresh)
                .operations(operations));
    }

    private static String reasonOf(List<BulkResponseItem> items, List<Doc> pending, Doc doc) {
        int i = pending.indexOf(doc);
        return i >= 0 && i < items.size() ? items.get(i).status() + " " + EsErrors.reason(items.get(i).error()) : "?";
    }

    private static String what(List<Doc> docs) {
        return "cannot write " + docs.size() + " articles";
    }

    private static void pause(int attempt) {
        long backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(attempt, 20));
        long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        try {
            Thread.sleep(jittered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a bulk write", e);
        }
    }
}
