package cat.teixit.model.common;

import java.util.regex.Pattern;

/**
 * The column a mapped field is stored in when it names none: its name in snake case ({@code givenName} is
 * {@code given_name}, {@code surname1} stays {@code surname1}). The store's naming strategy and
 * {@link SyncedColumns} both use this rule, so a field and its synced column cannot drift apart. Thread-safe.
 */
public final class ColumnName {

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private ColumnName() {
    }

    /** The snake-case form of a camel-case Java name. */
    public static String of(String fieldName) {
        return WORD_START.matcher(fieldName).replaceAll("_").toLowerCase(java.util.Locale.ROOT);
    }
}
