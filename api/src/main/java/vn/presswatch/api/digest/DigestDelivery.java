package vn.presswatch.api.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.presswatch.store.RecordType;

/**
 * The e-mail send of one day's digest, kept in the store so that instances sharing it send once a day
 * ({@link vn.presswatch.store.RecordCollection#putIfAbsent} claims the day) and the page can show how it went.
 *
 * @param day        the digest's day, ISO (yyyy-MM-dd): the record's id
 * @param status     where the send is
 * @param updatedAt  when this status was reached
 * @param attempts   tries so far
 * @param recipients how many addresses it goes to
 * @param articles   articles in the sent digest (0 until sent)
 * @param error      the reason of the last failure, or null
 */
public record DigestDelivery(String day, Status status, Instant updatedAt, int attempts, int recipients,
                             long articles, String error) {

    /** Kept as small records in the store, one per day. */
    public static final RecordType<DigestDelivery> RECORD_TYPE =
            RecordType.of("digest-sent", DigestDelivery.class, DigestDelivery::day);

    public DigestDelivery {
        Objects.requireNonNull(day, "day");
        LocalDate.parse(day);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The claim an instance stores before its first try. */
    static DigestDelivery claim(LocalDate day, Instant now, int recipients) {
        return new DigestDelivery(day.toString(), Status.SENDING, now, 0, recipients, 0, null);
    }

    DigestDelivery sent(Instant now, int attempt, long articleCount) {
        return new DigestDelivery(day, Status.SENT, now, attempt, recipients, articleCount, null);
    }

    DigestDelivery failed(Instant now, int attempt, String reason, boolean last) {
        return new DigestDelivery(day, last ? Status.FAILED : Status.RETRYING, now, attempt, recipients, 0, reason);
    }

    /** Where a day's send is. */
    public enum Status {
        /** Claimed, first try under way. */
        SENDING,
        /** A try failed; another follows. */
        RETRYING,
        /** Delivered to the SMTP server. */
        SENT,
        /** Every try failed. */
        FAILED
    }
}
