package vn.presswatch.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records of one {@link RecordType} in the store. Writes are durable and visible to reads when they return.
 * Implementations are thread-safe.
 *
 * @param <T> the record class
 */
public interface RecordCollection<T> {

    /** The record with this id, if any. */
    Optional<T> get(String id);

    /** Every record of this kind, ordered by id. Meant for small kinds (hundreds to a few thousand records). */
    List<T> all();

    /** The records whose indexed {@code attribute} has {@code value}, ordered by id. */
    List<T> find(String attribute, String value);

    /**
     * The records with the highest ids, highest first: the newest, for kinds with time-ordered ids (the audit
     * log). Unlike {@link #all()} it reads only what it returns, however large the kind grows.
     *
     * @param attribute an indexed attribute to restrict by, or null for every record
     * @param value     the attribute's value (ignored when attribute is null)
     * @param limit     at most this many, 1 to 10,000
     */
    List<T> latest(String attribute, String value, int limit);

    /** How many records of this kind exist. */
    long count();

    /** Stores the record, replacing one with the same id. */
    void put(T record);

    /**
     * Stores the record only if none with its id exists, atomically even across instances sharing one
     * Elasticsearch cluster.
     *
     * @return true if it was stored, false if a record with that id already existed (nothing changed)
     */
    boolean putIfAbsent(T record);

    /**
     * Stores several records with one durable write (one commit or one bulk request), replacing those with the same
     * ids. For many small writes at once, such as the alerts one batch of articles raises.
     */
    void putAll(Collection<T> records);

    /**
     * Stores each record whose id is not stored yet, with one durable write; atomic per record even across
     * instances, as {@link #putIfAbsent} is. Of several records with one id, the first counts.
     *
     * @return the ids of the records stored
     */
    Set<String> putAllIfAbsent(Collection<T> records);

    /** Deletes the record with this id; returns whether one existed. */
    boolean delete(String id);
}
