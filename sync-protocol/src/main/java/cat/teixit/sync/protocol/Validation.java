package cat.teixit.sync.protocol;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Input rules shared by client and server: names, ids and sizes. Thread-safe. */
public final class Validation {

    public static final Pattern ENTITY_TYPE = Pattern.compile("[a-z_]{1,40}");
    public static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    public static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    public static final Pattern DEVICE_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");
    public static final Pattern HLC = Pattern.compile("[0-9a-f]{13}-[0-9a-f]{4}-[0-9A-Za-z-]{1,64}");
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    public static final Pattern CURSOR = Pattern.compile("[0-9]{1,19}\\.[0-9]{1,19}");
    /** A device's secret (docs/decisions/0013): 32 random bytes in base64url are 43 characters. */
    public static final Pattern DEVICE_KEY = Pattern.compile("[A-Za-z0-9_-]{32,128}");
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Names of the sync metadata: a client sends them beside the fields, never inside. */
    public static final Set<String> RESERVED_FIELDS = Set.of("id", "scope", "server_version", "updated_at",
            "deleted_at", "row_version");

    /**
     * Names seen valid, per pattern: a pull page repeats the same few entity types, scopes and field names on every
     * record, and matching each again was a large share of reading a page. Bounded; HLCs (unique) are not kept.
     */
    private static final Map<Pattern, Set<String>> SEEN_VALID = Map.of(ENTITY_TYPE, ConcurrentHashMap.newKeySet(),
            FIELD_NAME, ConcurrentHashMap.newKeySet(), SCOPE, ConcurrentHashMap.newKeySet());
    private static final int MAX_SEEN = 4096;

    private Validation() {
    }

    /** Returns {@code value} when it matches {@code pattern}; throws naming {@code what} otherwise. */
    public static String require(Pattern pattern, String value, String what) {
        if (!matches(pattern, value)) {
            throw new IllegalArgumentException("invalid " + what);
        }
        return value;
    }

    public static boolean matches(Pattern pattern, String value) {
        if (value == null) {
            return false;
        }
        if (pattern == HLC) {
            return isHlc(value);
        }
        Set<String> seen = SEEN_VALID.get(pattern);
        if (seen != null && seen.contains(value)) {
            return true;
        }
        boolean ok = pattern.matcher(value).matches();
        if (ok && seen != null && seen.size() < MAX_SEEN) {
            seen.add(value);
        }
        return ok;
    }

    /** {@link #HLC} without the regex engine (every pulled record carries one): 13 + 4 hex digits and a device id. */
    private static boolean isHlc(String v) {
        int n = v.length();
        if (n < 20 || n > 83 || v.charAt(13) != '-' || v.charAt(18) != '-') {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char ch = v.charAt(i);
            if (i != 13 && !(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
                return false;
            }
        }
        for (int i = 19; i < n; i++) {
            char ch = v.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '-')) {
                return false;
            }
        }
        return true;
    }
}
