package cat.teixit.persistence.sync;

import cat.teixit.persistence.StoredJson;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Applies one pulled page set inside the caller's transaction. Records may come in any order; one
 * whose parent (a referenced synced row) is neither here nor in the set, or that the schema refuses, is
 * parked whole and tried again at every later pull of its scope, so nothing pulled is lost and the
 * set never fails for one record. Versions never move backwards; rows with pending local changes keep
 * the fields (and tombstone) those changes set. Not thread-safe (one transaction).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class PullApplier {

    /** Counts of one application, for the log. */
    record Tally(int stored, int parked, int unknownTypes, int unknownFields) {
    }

    private final SyncTables tables;
    private final SyncRows rows;
    private final SyncJournal journal;
    private final Map<String, Set<String>> pendingFields;
    private final ObjectMapper json;
    private final long now;
    private final Map<String, Boolean> existing = new HashMap<>();
    private final Set<String> parkedNow = new HashSet<>();
    private int stored;
    private int parked;
    private int refused;
    private int unknownTypes;
    private int unknownFields;

    Tally tally() {
        return new Tally(stored, parked, unknownTypes, unknownFields);
    }

    void apply(String scope, List<RecordState> records) throws SQLException {
        // The newest version of each record (a page set may hold a record twice).
        Map<UUID, RecordState> latest = new LinkedHashMap<>();
        for (RecordState r : records) {
            if (tables.table(r.entityType()).isEmpty()) {
                unknownTypes++;
                continue;
            }
            latest.merge(r.id(), r, (a, b) -> b.version() >= a.version() ? b : a);
        }
        Map<String, RecordState> byId = new HashMap<>(latest.size() * 2);
        latest.values().forEach(r -> byId.put(r.id().toString(), r));
        Set<String> inSet = byId.keySet();
        parkOrphans(latest, inSet);
        Map<String, Long> alreadyParked = new HashMap<>();
        journal.parked(scope).forEach(p -> alreadyParked.put(p.id(), p.version()));
        for (RecordState r : parentsFirst(latest, byId)) {
            String id = r.id().toString();
            if (parkedNow.contains(id)) {
                continue;
            }
            if (store(r) && alreadyParked.containsKey(id)) {
                journal.unpark(id, r.version());
            }
        }
        retryParked(scope, inSet);
        if (refused > 0) {
            settleForeignKeys(latest);
        }
    }

    /**
     * The set's records with each one after the records of the set it refers to (otherwise in the order they came).
     * A pulled record may come before its parent: the server sends each record at its latest change, so a household
     * edited after its case file was opened comes after it. Stored in that order, a child waits for its parent as a
     * deferred foreign key, and while one waits SQLite looks for children at every insert of a parent table, through
     * an index or, during a first pull (whose indexes are made at its end), through the whole table.
     */
    private List<RecordState> parentsFirst(Map<UUID, RecordState> latest, Map<String, RecordState> byId) {
        List<RecordState> ordered = new ArrayList<>(latest.size());
        Set<RecordState> placed = Collections.newSetFromMap(new IdentityHashMap<>(latest.size() * 2));
        for (RecordState r : latest.values()) {
            place(r, byId, placed, ordered, 0);
        }
        return ordered;
    }

    /** Places {@code r} after its parents in the set; a chain deeper than a few dozen keeps its order (only slower). */
    private void place(RecordState r, Map<String, RecordState> byId, Set<RecordState> placed, List<RecordState> ordered,
            int depth) {
        if (!placed.add(r)) {
            return;
        }
        if (depth < 32) {
            for (SyncTables.Reference ref : tables.table(r.entityType()).orElseThrow().references()) {
                JsonNode v = r.fields().get(ref.column());
                RecordState parent = v == null || !v.isTextual() ? null : byId.get(v.textValue());
                if (parent != null) {
                    place(parent, byId, placed, ordered, depth + 1);
                }
            }
        }
        ordered.add(r);
    }

    /** Parks the records whose parents are missing (until no more are found: a parked parent parks its children). */
    private void parkOrphans(Map<UUID, RecordState> latest, Set<String> inSet) throws SQLException {
        boolean found = true;
        while (found) {
            found = false;
            for (RecordState r : latest.values()) {
                String id = r.id().toString();
                if (!parkedNow.contains(id) && missingParent(r, inSet) != null) {
                    park(r, "missing " + missingParent(r, inSet));
                    found = true;
                }
            }
        }
    }

    /** The table of a referenced row that is neither stored nor arriving, or null when all are there. */
    private String missingParent(RecordState r, Set<String> inSet) throws SQLException {
        SyncTables.Table t = tables.table(r.entityType()).orElseThrow();
        for (SyncTables.Reference ref : t.references()) {
            JsonNode v = r.fields().get(ref.column());
            if (v == null || !v.isTextual()) {
                continue;
            }
            String parent = v.textValue();
            boolean arriving = inSet.contains(parent) && !parkedNow.contains(parent);
            if (!arriving && !exists(ref.parent(), parent)) {
                return ref.parent();
            }
        }
        return null;
    }

    private boolean exists(String table, String id) throws SQLException {
        String key = table + "/" + id;
        Boolean known = existing.get(key);
        if (known == null) {
            known = rows.exists(table, id);
            existing.put(key, known);
        }
        return known;
    }

    /** Stores one record; false when the schema refused it (then it is parked). */
    private boolean store(RecordState r) throws SQLException {
        SyncTables.Table t = tables.table(r.entityType()).orElseThrow();
        for (var it = r.fields().fieldNames(); it.hasNext();) {
            if (t.column(it.next()).isEmpty()) {
                unknownFields++;
            }
        }
        try {
            Set<String> pending = pendingFields.get(r.id().toString());
            LocalRow local = pending == null ? null : rows.read(t, r.id());
            if (local == null) {
                rows.upsertServerState(t, r);
            } else if (local.serverVersion() == null || r.version() >= local.serverVersion()) {
                rows.mergeServerState(t, local, r, pending);
            }
            stored++;
            return true;
        } catch (SQLException e) {
            if (!SqlValues.refusedRow(e)) {
                throw e;
            }
            refused++;
            park(r, "refused by the schema (code " + e.getErrorCode() + ")");
            return false;
        }
    }

    /** Records parked at earlier pulls whose parents have arrived meanwhile. */
    private void retryParked(String scope, Set<String> inSet) throws SQLException {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (SyncJournal.Parked p : journal.parked(scope)) {
                if (inSet.contains(p.id())) {
                    continue;
                }
                RecordState r = parse(p.recordJson());
                if (tables.table(r.entityType()).isEmpty() || missingParent(r, Set.of()) != null) {
                    continue;
                }
                if (store(r)) {
                    journal.unpark(p.id(), p.version());
                    progress = true;
                    existing.clear();
                }
            }
        }
    }

    /**
     * After the schema refused a record, rows of this set that refer to it would break a foreign key at
     * commit: they are parked too and their rows removed (they come back when their parent does).
     */
    private void settleForeignKeys(Map<UUID, RecordState> latest) throws SQLException {
        Connection c = rows.connection();
        for (int round = 0; round < 20; round++) {
            List<String[]> violations = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    violations.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (violations.isEmpty()) {
                return;
            }
            for (String[] v : violations) {
                String table = SyncRows.quote(v[0]);
                try (var ps = c.prepareStatement("DELETE FROM " + table + " WHERE rowid = ? RETURNING id")) {
                    ps.setLong(1, Long.parseLong(v[1]));
                    try (var rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        String id = rs.getString(1);
                        RecordState r = latest.get(UUID.fromString(id));
                        if (r == null || pendingFields.containsKey(id)) {
                            throw new SQLException("a stored row would lose its parent; the page set is not applied");
                        }
                        park(r, "parent refused");
                        stored--;
                    }
                }
            }
        }
        throw new SQLException("foreign keys did not settle");
    }

    private void park(RecordState r, String reason) throws SQLException {
        journal.park(r.id().toString(), r.entityType(), r.scope(), r.version(), text(r), reason, now);
        parkedNow.add(r.id().toString());
        parked++;
    }

    private RecordState parse(String text) {
        return StoredJson.read(json, text, RecordState.class, "parked record");
    }

    private String text(Object value) {
        return StoredJson.write(json, value, "record");
    }
}
