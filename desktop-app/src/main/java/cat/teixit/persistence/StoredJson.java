package cat.teixit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON this workstation writes into its own store (outbox fields, parked records, conflicts, change fields) and
 * reads back: text it cannot read back means a damaged store ({@link IllegalStateException}), a value it cannot
 * write is a programming error ({@link IllegalArgumentException}); neither is the user's to fix. Stateless.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /** {@code text} as a tree; fails with "{@code what} unreadable" when it is not JSON. */
    public static JsonNode tree(ObjectMapper json, String text, String what) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " unreadable", e);
        }
    }

    /** {@code text} as a {@code type}; fails with "{@code what} unreadable" when it is not one. */
    public static <T> T read(ObjectMapper json, String text, Class<T> type, String what) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " unreadable", e);
        }
    }

    /** {@code value} as JSON text; fails with "{@code what} not serialisable" when it cannot be written. */
    public static String write(ObjectMapper json, Object value, String what) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " not serialisable", e);
        }
    }
}
