package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.internal.Json;

/**
 * The records of one kind in the {@code <prefix>-records} index: one document per record, {@code _id}
 * {@code kind:id}, holding the kind, the id, the indexed attributes under {@code attr.<name>} and the record's JSON.
 * Writes wait for a refresh ({@code refresh=wait_for}) so that {@link #all()} and {@link #find} see them when they
 * return; {@link #get} reads in real time.
 *
 * <p>Kinds are small (sources, crawl states, users, alert rules: hundreds to a few thousand records), so
 * {@link #all()} and {@link #find} fetch up to {@value #MAX_RECORDS} records in one search, sorted by id, instead
 * of paging; a kind that outgrows that is a design change, and a warning in the log says so.
 */
final class ElasticsearchRecordCollection<T> implements RecordCollection<T> {
    static final int MAX_RECORDS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchRecordCollection.class);

    private final ElasticsearchClient client;
    private final String index;
    private final RecordType<T> type;
    private final EsErrors errors;

    ElasticsearchRecordCollection(ElasticsearchClient client, String index, RecordType<T> type, EsErrors errors) {
        this.client = client;
        this.index = index;
        this.type = type;
        this.errors = errors;
    }

    RecordType<T> type() {
        return type;
    }

    private String docId(String id) {
        // Kind names are [a-z0-9-], so the first ':' separates kind and id unambiguously.
        return type.name() + ":" + id;
    }

    @Override
    public Optional<T> get(String id) {
        GetResponse<ObjectNode> response = errors.call("cannot read " + type.name() + " " + id,
                () -> client.get(g -> g.index(index).id(docId(id)).sourceIncludes(EsMappings.RECORD_JSON),
                        ObjectNode.class));
        return response.found() && response.source() != null ? Optional.of(read(response.source()))
                : Optional.empty();
    }

    @Override
    public List<T> all() {
        return query(ofType());
    }

    @Override
    public List<T> find(String attribute, String value) {
        return query(byAttribute(attribute, value));
    }

    private Query byAttribute(String attribute, String value) {
        if (!type.attributes().containsKey(attribute)) {
            throw new IllegalArgumentException(type.name() + " records have no indexed attribute '" + attribute
                    + "'; indexed: " + type.attributes().keySet());
        }
        return Query.of(q -> q.bool(b -> b
                .filter(ofType())
                .filter(f -> f.term(t -> t.field(EsMappings.RECORD_ATTR + "." + attribute).value(value)))));
    }

    @Override
    public List<T> latest(String attribute, String value, int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RECORDS + ": " + limit);
        }
        Query query = attribute == null ? ofType() : byAttribute(attribute, value);
        return query(query, limit, SortOrder.Desc);
    }

    @Override
    public long count() {
        return errors.call("cannot count " + type.name() + " records",
                () -> client.count(c -> c.index(index).query(ofType())).count());
    }

    @Override
    public void put(T record) {
        write(record, false);
    }

    @Override
    public boolean putIfAbsent(T record) {
        return write(record, true);
    }

    @Override
    public boolean delete(String id) {
        try {
            Result result = errors.call("cannot delete " + type.name() + " " + id,
                    () -> client.delete(d -> d.index(index).id(docId(id)).refresh(Refresh.WaitFor)).result());
            return result == Result.Deleted;
        } catch (StoreException e) {
            if (e.getCause() instanceof ElasticsearchException es && es.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void putAll(Collection<T> records) {
        writeAll(records, false);
    }

    @Override
    public Set<String> putAllIfAbsent(Collection<T> records) {
        return writeAll(records, true);
    }

    /**
     * One bulk request of index (or, only if absent, create) operations, waiting for a refresh; an item refused
     * with 409 already existed, any other refusal fails the call after the others were written.
     */
    private Set<String> writeAll(Collection<T> records, boolean onlyIfAbsent) {
        Set<String> written = new LinkedHashSet<>();
        if (records.isEmpty()) {
            return written;
        }
        List<BulkOperation> operations = new ArrayList<>(records.size());
        List<String> ids = new ArrayList<>(records.size());
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            String id = type.idOf(record);
            if (onlyIfAbsent && !seen.add(id)) {
                continue; // the first of several records with one id counts
            }
            ObjectNode doc = document(record, id);
            ids.add(id);
            operations.add(onlyIfAbsent
                    ? BulkOperation.of(o -> o.create(c -> c.index(index).id(docId(id)).document(doc)))
                    : BulkOperation.of(o -> o.index(c -> c.index(index).id(docId(id)).document(doc))));
        }
        BulkResponse response = errors.call("cannot store " + operations.size() + " " + type.name() + " records",
                () -> client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor).requireAlias(true)));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
                written.add(ids.get(i));
            } else if (!(onlyIfAbsent && item.status() == 409)) {
                failures.add(ids.get(i) + ": " + item.status() + " " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new StoreException("cannot store " + failures.size() + " " + type.name() + " records: "
                    + String.join("; ", failures.subList(0, Math.min(5, failures.size()))));
        }
        return written;
    }

    private boolean write(T record, boolean onlyIfAbsent) {
        String id = type.idOf(record);
        ObjectNode doc = document(record, id);
        try {
            errors.call("cannot store " + type.name() + " " + id, () -> client.index(i -> i
                    .index(index)
                    .id(docId(id))
                    .document(doc)
                    .requireAlias(true)
                    // op_type=create makes "only if absent" atomic in Elasticsearch itself, across instances.
                    .opType(onlyIfAbsent ? OpType.Create : OpType.Index)
                    .refresh(Refresh.WaitFor)));
            return true;
        } catch (StoreException e) {
            if (onlyIfAbsent && e.getCause() instanceof ElasticsearchException es && es.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    private ObjectNode document(T record, String id) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put(EsMappings.RECORD_TYPE, type.name());
        doc.put(EsMappings.RECORD_ID, id);
        doc.put(EsMappings.RECORD_KEY, docId(id));
        ObjectNode attributes = doc.putObject(EsMappings.RECORD_ATTR);
        type.attributes().forEach((name, values) -> {
            Collection<String> vs = values.apply(record);
            if (vs != null && !vs.isEmpty()) {
                ArrayNode array = attributes.putArray(name);
                vs.forEach(array::add);
            }
        });
        doc.set(EsMappings.RECORD_JSON, Json.mapper().valueToTree(record));
        return doc;
    }

    private Query ofType() {
        return Query.of(q -> q.term(t -> t.field(EsMappings.RECORD_TYPE).value(type.name())));
    }

    private List<T> query(Query query) {
        return query(query, MAX_RECORDS, SortOrder.Asc);
    }

    private List<T> query(Query query, int size, SortOrder order) {
        SearchResponse<ObjectNode> response = errors.call("cannot read " + type.name() + " records",
                () -> client.search(s -> s
                        .index(index)
                        .query(query)
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.field(f -> f.field(EsMappings.RECORD_ID).order(order)))
                        .source(c -> c.filter(f -> f.includes(EsMappings.RECORD_JSON))), ObjectNode.class));
        if (size == MAX_RECORDS && response.hits().total() != null
                && response.hits().total().value() > MAX_RECORDS) {
            LOG.warn(
                    "{} has {} {} records; only the first {} by id are read", index,
                    response.hits().total().value(), type.name(), MAX_RECORDS);
        }
        List<T> result = new ArrayList<>(response.hits().hits().size());
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            if (hit.source() != null) {
                result.add(read(hit.source()));
            }
        }
        return result;
    }

    private T read(ObjectNode source) {
        JsonNode json = source.get(EsMappings.RECORD_JSON);
        if (json == null) {
            throw new StoreException("a " + type.name() + " document in " + index + " has no record JSON");
        }
        try {
            return Json.mapper().treeToValue(json, type.type());
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a " + type.name() + " record from " + index + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
