package cat.teixit.logic.casefile;

import cat.teixit.persistence.StoreTx;
import java.util.Locale;

/**
 * Case numbers made offline must never collide between devices: {@code EXP-<year>-<device tag>-<n>},
 * the tag being five characters of this device's id, the counter per device and year. Stateless.
 */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static String next(StoreTx tx, String deviceId, int year) {
        String hex = deviceId.replace("-", "").toUpperCase(Locale.ROOT);
        String tag = hex.substring(hex.length() - 5);
        String prefix = "EXP-" + year + "-" + tag + "-";
        long next = tx.caseFiles().highestNumber(prefix).map(max -> counterOf(max, prefix) + 1).orElse(1L);
        return prefix + String.format("%06d", next);
    }

    /** The counter of a number made with {@code prefix}; 0 when it is not a number (then the count restarts at 1). */
    private static long counterOf(String number, String prefix) {
        try {
            return Long.parseLong(number.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
