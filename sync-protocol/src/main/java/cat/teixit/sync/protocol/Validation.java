package cat.teixit.sync.protocol;

import java.util.Set;
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

    private Validation() {
    }

    /** Returns {@code value} when it matches {@code pattern}; throws naming {@code what} otherwise. */
    public static String require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + what);
        }
        return value;
    }

    public static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }
}
