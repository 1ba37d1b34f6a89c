package cat.teixit.server.sync;

import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the server removes when a workstation's anonymisation arrives (docs/decisions/0036-erasure-after-retention.md):
 * the anonymised records' values live on in the stored answers of conflicted ops ({@code applied_op.result}: the
 * values the device sent and the whole record as the server held it) and their attachments' contents in {@code blob}.
 * Runs inside the push transaction, after its answers are written. The anonymised records are those the ops of the
 * marking transaction name (the workstation clears them and marks the case file in one transaction, the mark last):
 * they are kept in {@code erased_record}, so that a conflict answered later about one of them (a change made offline
 * elsewhere) is scrubbed too. Not thread-safe (one per push).
 */
final class ErasureScrub {

    private final ObjectMapper json;

    ErasureScrub(ObjectMapper json) {
        this.json = json;
    }

    /** After a push's answers ({@code answers}: op, result) are written: scrubs what they make erasable. */
    void afterPush(Connection c, String device, List<Object[]> answers, Map<UUID, StoredRecord> records)
            throws SQLException {
        Set<UUID> erasedNow = new LinkedHashSet<>();
        Set<UUID> conflicted = new LinkedHashSet<>();
        for (Object[] a : answers) {
            PushOp op = (PushOp) a[0];
            OpResult r = (OpResult) a[1];
            if (r.effectiveStatus() == OpStatus.CONFLICT) {
                conflicted.add(op.entityId());
            }
            if (marksAnonymised(op, records.get(op.entityId()))) {
                erasedNow.addAll(erase(c, device, op));
            }
        }
        if (!conflicted.isEmpty()) {
            conflicted.removeAll(erasedNow);
            erasedNow.addAll(erased(c, conflicted));
        }
        if (!erasedNow.isEmpty()) {
            scrubAnswers(c, erasedNow);
            deleteBlobs(c, erasedNow);
        }
    }

    /** A change that set the case file's {@code anonymised_on}, which the record now holds. */
    private static boolean marksAnonymised(PushOp op, StoredRecord rec) {
        if (!"case_file".equals(op.entityType()) || op.kind() == ChangeKind.DELETE || rec == null) {
            return false;
        }
        JsonNode sent = op.fields().get("anonymised_on");
        JsonNode held = rec.fields.get("anonymised_on");
        return sent != null && !sent.isNull() && held != null && !held.isNull();
    }

    /** Keeps the records the marking op's transaction named as anonymised; those new to the list. */
    private static List<UUID> erase(Connection c, String device, PushOp mark) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO erased_record (id, case_file_id)
                SELECT DISTINCT entity_id, ? FROM applied_op WHERE device_id = ? AND tx_id = ?
                ON CONFLICT DO NOTHING RETURNING id""")) {
            ps.setObject(1, mark.entityId());
            ps.setString(2, device);
            ps.setObject(3, mark.txId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** Those of {@code ids} anonymised before. */
    private static List<UUID> erased(Connection c, Set<UUID> ids) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM erased_record WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /**
     * Rewrites every stored conflict answer about {@code ids} with the records' values as they are now (cleared):
     * both sides of each conflicting field and the server's record. A replay of such an op still gets a conflict of
     * the same kind, fields, versions and authors, without the values that were erased.
     */
    private void scrubAnswers(Connection c, Set<UUID> ids) throws SQLException {
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        Map<UUID, ObjectNode> now = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, fields::text FROM record WHERE id = ANY (?)")) {
            ps.setArray(1, idArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    now.put(rs.getObject(1, UUID.class), (ObjectNode) json.readTree(rs.getString(2)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("stored record unreadable", e);
        }
        List<Object[]> rewritten = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT device_id, op_id, entity_id, result::text FROM applied_op"
                + " WHERE entity_id = ANY (?) AND status = 'CONFLICT'")) {
            ps.setArray(1, idArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OpResult r = json.readValue(rs.getString(4), OpResult.class);
                    ObjectNode fields = now.getOrDefault(rs.getObject(3, UUID.class), json.createObjectNode());
                    rewritten.add(new Object[] {json.writeValueAsString(cleared(r, fields)), rs.getString(1),
                            rs.getLong(2)});
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("stored answer unreadable", e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE applied_op SET result = ?::json WHERE device_id = ? AND op_id = ?")) {
            for (Object[] row : rewritten) {
                ps.setString(1, (String) row[0]);
                ps.setString(2, (String) row[1]);
                ps.setLong(3, (Long) row[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static OpResult cleared(OpResult r, ObjectNode now) {
        Conflict k = r.conflict();
        if (k == null) {
            return r;
        }
        List<FieldConflict> fields = new ArrayList<>();
        for (FieldConflict f : k.fields()) {
            JsonNode v = now.has(f.field()) ? now.get(f.field()) : NullNode.instance;
            fields.add(new FieldConflict(f.field(), v, v, f.theirsVersion(), f.theirsBy(), f.theirsAt(), f.theirsHlc()));
        }
        RecordState s = k.server();
        RecordState server = new RecordState(s.entityType(), s.id(), s.scope(), s.version(), now.deepCopy(),
                s.deletedAt(), s.hlc(), s.updatedBy(), s.updatedAt());
        return new OpResult(r.opId(), r.status(), r.original(), r.version(), r.reason(),
                new Conflict(k.kind(), fields, server));
    }

    /**
     * Deletes the contents of the anonymised attachments (chunks and uploads under way included) that no live
     * attachment of their scope names any more.
     */
    private static void deleteBlobs(Connection c, Set<UUID> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH gone AS (
                    SELECT DISTINCT r.scope, r.fields->>'sha256' AS sha256 FROM record r
                    WHERE r.id = ANY (?) AND r.entity_type = 'attachment' AND r.fields->>'sha256' IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM record o WHERE o.scope = r.scope AND o.entity_type = 'attachment'
                                      AND o.deleted_at IS NULL AND o.fields->>'sha256' = r.fields->>'sha256')),
                 uploads AS (DELETE FROM blob_upload u USING gone g WHERE u.scope = g.scope AND u.sha256 = g.sha256)
                DELETE FROM blob b USING gone g WHERE b.scope = g.scope AND b.sha256 = g.sha256""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        }
    }
}
