package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.IdDocuments;
import cat.teixit.model.common.Hlc;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Identifiers for synthetic data, all derived from the seed so that a seed always gives the same
 * data: UUIDv7 ids, hybrid-clock stamps, and identity documents and phones that are well formed but
 * come from ranges no real person holds. Stateless, thread-safe (except {@link Sequence}).
 *
 * <p>Documents: DNI numbers 99 000 000 to 99 999 999 and NIE numbers Z9 000 000 to Z9 999 999
 * (both with valid check letters; the Z series has only reached its first millions), passports
 * {@code ZZ} followed by seven digits.
 */
public final class SyntheticIds {

    /** Device id in the hybrid-clock stamps of synthetic rows: they were not made on this device. */
    public static final String ORIGIN_DEVICE = "synthetic";

    /** First DNI number of the fictitious range (inclusive); the range ends at 99 999 999. */
    public static final int DNI_FIRST = 99_000_000;
    /** The fictitious NIE range: Z9000000 to Z9999999. */
    public static final String NIE_PREFIX = "Z9";

    private SyntheticIds() {
    }

    /**
     * Ids for synthetic records: version 7 UUIDs minted in write order, as a one-night migration from
     * a previous system would mint them (from {@code startMillis} on, 4,096 a millisecond, the
     * sub-millisecond counter in the version-7 "rand_a" bits). Each id is greater than the one before,
     * so a bulk load appends to every id index instead of writing all over it. The random part comes
     * from the seed. Not thread-safe.
     */
    static final class Sequence {
        private final long startMillis;
        private final long seed;
        private long next;

        Sequence(long startMillis, long seed) {
            this.startMillis = startMillis;
            this.seed = seed;
        }

        UUID next() {
            long n = next++;
            long msb = ((startMillis + (n >>> 12)) << 16) | 0x7000L | (n & 0x0FFFL);
            long lsb = (SyntheticArea.mix(seed, n) & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb);
        }
    }

    /** The hybrid-clock text of a change made at {@code epochMillis} (same form as {@link Hlc#toString()}). */
    public static String hlc(long epochMillis) {
        String hex = Long.toHexString(epochMillis);
        return "0".repeat(13 - hex.length()) + hex + "-0000-" + ORIGIN_DEVICE;
    }

    public static String dni(SplittableRandom r) {
        int n = DNI_FIRST + r.nextInt(1_000_000);
        return String.valueOf(n) + IdDocuments.dniLetter(n);
    }

    public static String nie(SplittableRandom r) {
        int digits = 9_000_000 + r.nextInt(1_000_000);
        // Z stands for 2 in the check-letter rule.
        int n = 20_000_000 + digits;
        return "Z" + digits + IdDocuments.LETTERS.charAt(n % 23);
    }

    public static String passport(SplittableRandom r) {
        return "ZZ" + (1_000_000 + r.nextInt(9_000_000));
    }

    /** A mobile (6xx) or landline (93x / 972) number in the usual spaced form: "6xx xxx xxx". */
    public static String phone(SplittableRandom r, boolean barcelona) {
        if (r.nextInt(100) < 80) {
            return String.format("6%02d %03d %03d", r.nextInt(100), r.nextInt(1000), r.nextInt(1000));
        }
        return barcelona ? String.format("93%d %03d %03d", r.nextInt(10), r.nextInt(1000), r.nextInt(1000))
                : String.format("972 %03d %03d", r.nextInt(1000), r.nextInt(1000));
    }
}
