package cat.teixit.logic.casefile;

import cat.teixit.persistence.SqlQueries;
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
        return tx.jdbc(c -> SqlQueries.nextCaseNumber(c, prefix));
    }
}
