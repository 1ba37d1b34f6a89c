package cat.teixit.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the merge rules need to know of a record's history: for each field (and {@value StoredRecord#DELETED_KEY}
 * for the tombstone) the change that last set it, its record version, device, user name, time (epoch ms) and HLC.
 * Every version of a record is made by one op, so the fields it set share one change; stored once per version in
 * the record's {@code field_changes} column (decision 0027):
 *
 * <pre>{"f": {"given_name": 1, "phone": 3}, "c": {"1": {"d": ..., "u": ..., "t": ..., "h": ...}, "3": {...}}}</pre>
 *
 * A field may instead hold its whole change {@code {"v", "d", "u", "t", "h"}} (rows migrated from a store where
 * two fields of one version disagreed); {@code {}} is a record with no history (loaded in bulk). Versions no field
 * refers to any more are dropped when written. Not thread-safe: confined to one push.
 */
final class FieldMeta {

    /** The op that last set a field. */
    record Change(long version, String device, String user, long time, String hlc) {
    }

    private final Map<String, Change> byField;

    private FieldMeta(Map<String, Change> byField) {
        this.byField = byField;
    }

    static FieldMeta empty() {
        return new FieldMeta(new LinkedHashMap<>());
    }

    /** The stored form read back; {@code {}} reads as no history. */
    static FieldMeta read(JsonNode stored) throws SQLException {
        Map<String, Change> byField = new LinkedHashMap<>();
        JsonNode fields = stored.path("f");
        JsonNode changes = stored.path("c");
        Map<Long, Change> byVersion = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Change c;
            if (v.isIntegralNumber()) {
                long version = v.asLong();
                c = byVersion.get(version);
                if (c == null) {
                    JsonNode entry = changes.get(Long.toString(version));
                    if (entry == null) {
                        throw new SQLException("stored record history names version " + version + " without its change");
                    }
                    c = change(version, entry);
                    byVersion.put(version, c);
                }
            } else if (v.isObject()) {
                c = change(v.path("v").asLong(), v);
            } else {
                throw new SQLException("stored record history unreadable");
            }
            byField.put(e.getKey(), c);
        }
        return new FieldMeta(byField);
    }

    private static Change change(long version, JsonNode entry) {
        return new Change(version, entry.path("d").asText(), entry.path("u").asText(), entry.path("t").asLong(),
                entry.path("h").asText());
    }

    /** The change that last set {@code field}, or null when none is known. */
    Change get(String field) {
        return byField.get(field);
    }

    void set(String field, Change change) {
        byField.put(field, change);
    }

    Collection<Change> all() {
        return byField.values();
    }

    /** The stored form: each version's change once, fields naming their version. */
    ObjectNode write(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        ObjectNode fields = out.putObject("f");
        ObjectNode changes = out.putObject("c");
        Map<Long, Change> written = new HashMap<>();
        for (Map.Entry<String, Change> e : byField.entrySet()) {
            Change c = e.getValue();
            Change same = written.putIfAbsent(c.version(), c);
            if (same == null) {
                changes.set(Long.toString(c.version()), entry(json.createObjectNode(), c));
                fields.put(e.getKey(), c.version());
            } else if (same.equals(c)) {
                fields.put(e.getKey(), c.version());
            } else {
                entry(fields.putObject(e.getKey()).put("v", c.version()), c);
            }
        }
        return out;
    }

    private static ObjectNode entry(ObjectNode node, Change c) {
        return node.put("d", c.device()).put("u", c.user()).put("t", c.time()).put("h", c.hlc());
    }
}
