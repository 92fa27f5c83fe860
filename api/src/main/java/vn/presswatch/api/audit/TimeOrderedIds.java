package vn.presswatch.api.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids of records that are listed newest first (audit entries, corrections): the milliseconds, zero-padded so that
 * ids sort as times do, then random hex so that two records of one millisecond differ.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static String of(Instant at) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return String.format(Locale.ROOT, "%013d-%s", at.toEpochMilli(), HexFormat.of().formatHex(suffix));
    }
}
