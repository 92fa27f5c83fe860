package vn.presswatch.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of small record kept in the store beside the articles: sources, crawl state, and (in later modules)
 * users, alert rules and alert events. The record is stored as JSON (Jackson; records and java.time work);
 * the named attributes are indexed as exact values so {@link RecordCollection#find} can look them up.
 *
 * <p>Immutable; {@link #withAttribute} returns a new type.
 *
 * @param name       the kind, e.g. {@code source}; lower-case letters, digits and '-'
 * @param type       the Java record class
 * @param idOf       the record's id within its kind
 * @param attributes indexed attributes: name to the values a record has for it
 * @param <T>        the record class
 */
public record RecordType<T>(String name, Class<T> type, Function<T, String> idOf,
                            Map<String, Function<T, ? extends Collection<String>>> attributes) {

    public RecordType {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("record type name must be lower-case letters, digits or '-': " + name);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(idOf, "idOf");
        attributes = Map.copyOf(attributes);
    }

    public static <T> RecordType<T> of(String name, Class<T> type, Function<T, String> idOf) {
        return new RecordType<>(name, type, idOf, Map.of());
    }

    /** A copy that also indexes {@code attribute}, so records can be found by its values. */
    public RecordType<T> withAttribute(String attribute, Function<T, ? extends Collection<String>> values) {
        if (!attribute.matches("[a-zA-Z0-9_]{1,40}")) {
            throw new IllegalArgumentException("attribute name must be letters, digits or '_': " + attribute);
        }
        Map<String, Function<T, ? extends Collection<String>>> copy = new LinkedHashMap<>(attributes);
        copy.put(attribute, values);
        return new RecordType<>(name, type, idOf, copy);
    }

    /** The id of {@code record}, checked. */
    public String idOf(T record) {
        String id = idOf.apply(record);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " record has no id: " + record);
        }
        return id;
    }
}
