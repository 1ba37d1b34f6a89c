package cat.teixit.server.sync;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.DirectoryScope;
import cat.teixit.sync.protocol.PermissionMatrix;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.sync.protocol.Validation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Applies pushed operations. One request is one PostgreSQL transaction: the device's last op id is
 * read FOR UPDATE and advanced with the changes (compare-and-set), so a replayed op is answered
 * {@code duplicate} with its first answer, and a gap is refused. Each op is authorised against the
 * user's write scopes and the {@link PermissionMatrix} (the user's roles, read in the same transaction), and
 * merged field by field against the record's per-field versions.
 * Thread-safe (stateless; PostgreSQL serialises concurrent pushes).
 */
public final class PushService {

    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /**
     * Where a test holds a push open: called with the request's ops once they are written, before the
     * transaction commits (so other pushes and pulls run meanwhile). Production uses {@link #NONE}.
     */
    @FunctionalInterface
    public interface BeforeCommit {
        BeforeCommit NONE = (device, ops) -> {
        };

        void reached(String deviceId, List<PushOp> ops);
    }

    /** How long a push waits for an earlier request of its device to fill a gap before refusing it. */
    static final java.time.Duration GAP_WAIT = java.time.Duration.ofSeconds(2);
    /** How often a waiting push looks again when no push ends on this instance meanwhile. */
    private static final java.time.Duration GAP_POLL = java.time.Duration.ofMillis(20);

    private final Database db;
    private final ObjectMapper json;
    /** Pushes waiting on a gap at once, at the most (one per device). */
    static final int MAX_WAITING = 32;

    /** The devices with a push waiting on a gap. */
    private final Set<String> waitingDevices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Pushes ended on this instance (applied or failed): a push waiting for a gap is woken by each. */
    private final java.util.concurrent.atomic.AtomicLong finished = new java.util.concurrent.atomic.AtomicLong();
    private final Clock clock;
    private final BeforeCommit beforeCommit;

    public PushService(Database db, ObjectMapper json, Clock clock) {
        this(db, json, clock, BeforeCommit.NONE);
    }

    public PushService(Database db, ObjectMapper json, Clock clock, BeforeCommit beforeCommit) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.beforeCommit = beforeCommit;
    }

    public Responses.Push push(Principal who, Requests.Push request) throws SQLException {
        if (!request.deviceId().equals(who.deviceId())) {
            throw new ApiException(ErrorCode.DEVICE_MISMATCH, "the session was opened on another device");
        }
        List<PushOp> ops = request.ops();
        if (ops.size() > Protocol.MAX_OPS_PER_PUSH) {
            throw new ApiException(ErrorCode.TOO_MANY_OPS, "at most " + Protocol.MAX_OPS_PER_PUSH + " ops per push");
        }
        for (int i = 1; i < ops.size(); i++) {
            if (ops.get(i).opId() != ops.getFirst().opId() + i) {
                throw new ApiException(ErrorCode.OPS_NOT_CONTIGUOUS, "op ids must follow each other");
            }
        }
        long deadline = System.nanoTime() + GAP_WAIT.toNanos();
        boolean waiting = false;
        try {
            while (true) {
                long seen = finished.get();
                try {
                    return attempt(who, ops);
                } catch (ApiException e) {
                    if (!isFillable(e, ops)) {
                        throw e;
                    }
                    if (!waiting) {
                        waiting = startWaiting(who.deviceId());
                    }
                    if (!waiting || !awaitAnotherPush(seen, deadline)) {
                        throw e;
                    }
                }
            }
        } finally {
            if (waiting) {
                waitingDevices.remove(who.deviceId());
            }
        }
    }

    /**
     * Whether a refused push waits for the request before it (see {@link #awaitAnotherPush}): a gap that the ops of
     * one request could fill.
     */
    private static boolean isFillable(ApiException e, List<PushOp> ops) {
        return e.code() == ErrorCode.OP_GAP && e.expectedOpId() != null
                && ops.getFirst().opId() - e.expectedOpId() <= Protocol.MAX_OPS_PER_PUSH;
    }

    /**
     * Takes one of the few places for a push waiting on a gap: one per device and {@link #MAX_WAITING} in all, so that
     * a client sending gaps on purpose holds no more than that many of the server's threads.
     */
    private boolean startWaiting(String device) {
        if (waitingDevices.size() >= MAX_WAITING) {
            return false;
        }
        return waitingDevices.add(device);
    }

    /** One transaction of the push; waiting pushes are told when it ends, applied or not. */
    private Responses.Push attempt(Principal who, List<PushOp> ops) throws SQLException {
        try {
            return db.inTransaction(c -> apply(c, who, ops));
        } finally {
            synchronized (finished) {
                finished.incrementAndGet();
                finished.notifyAll();
            }
        }
    }

    /**
     * A workstation keeps two push requests in flight (decision 0049), so the second may reach its transaction before
     * the first. A refused push waits, until {@code deadline}, for another push to end on this instance since
     * {@code seen} (or a short while: the earlier request may be on another instance): true when it is to be tried
     * again. A gap still open at the deadline is refused ({@code op_gap}) as before: ops are applied in order only.
     */
    private boolean awaitAnotherPush(long seen, long deadline) {
        synchronized (finished) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // finished counts this push's own attempt too.
            if (finished.get() <= seen + 1) {
                try {
                    finished.wait(Math.max(1, Math.min(GAP_POLL.toMillis(), left / 1_000_000)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private Responses.Push apply(Connection c, Principal who, List<PushOp> ops) throws SQLException {
        String device = who.deviceId();
        long last = lockDevice(c, device);
        if (ops.isEmpty()) {
            return new Responses.Push(List.of(), last);
        }
        long first = ops.getFirst().opId();
        if (first > last + 1) {
            throw new ApiException(ErrorCode.OP_GAP, "ops missing before " + first, last + 1);
        }
        Map<Long, OpResult> duplicates = loadDuplicates(c, device, ops, last);
        List<PushOp> fresh = ops.stream().filter(o -> o.opId() > last).toList();
        Map<UUID, StoredRecord> records = lockRecords(c, fresh);
        List<String> roles = fresh.isEmpty() ? List.of() : roles(c, who.userId());
        Instant now = clock.instant();
        List<OpResult> results = new ArrayList<>(ops.size());
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (PushOp op : ops) {
            OpResult dup = duplicates.get(op.opId());
            if (dup != null) {
                results.add(dup);
                continue;
            }
            long before = versionOf(records.get(op.entityId()));
            OpResult r = applyOne(who, roles, op, records, now);
            StoredRecord rec = records.get(op.entityId());
            if (rec != null && rec.version != before) {
                changes.add(new Object[] {rec.scope, rec.id, rec.version, op.opId()});
            }
            results.add(r);
            answers.add(new Object[] {op, r});
        }
        writeRecords(c, records.values());
        writeChanges(c, device, changes);
        writeAnswers(c, who, answers);
        // An anonymisation arriving (or a conflict about a record anonymised before): its values go from the answers
        // and its attachments' contents from the blobs (decision 0036).
        new ErasureScrub(json).afterPush(c, device, answers, records);
        long newLast = Math.max(last, ops.getLast().opId());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE device SET last_op_id = ?, last_seen_at = now() WHERE id = ? AND last_op_id = ?")) {
            ps.setLong(1, newLast);
            ps.setString(2, device);
            ps.setLong(3, last);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("device op counter moved under its lock", "40001");
            }
        }
        beforeCommit.reached(device, ops);
        return new Responses.Push(results, newLast);
    }

    /** The workstation's tables that never travel: no push may write them. */
    private static final Set<String> LOCAL_ONLY = Set.of("team", "app_user");

    /**
     * The action of the {@link PermissionMatrix} a change of {@code entityType} needs: document templates, the
     * resource directory's entries and the aid rule sets their own, the local-only tables none (null: refused), every other record (case files and what hangs on them,
     * appointments, group activities) editing case files.
     */
    static String requiredAction(String entityType) {
        if (LOCAL_ONLY.contains(entityType)) {
            return null;
        }
        if (DirectoryScope.holds(entityType)) {
            return DirectoryScope.ENTITY_TYPES.get(entityType);
        }
        return "document_template".equals(entityType) ? "EDIT_TEMPLATES" : "EDIT_CASE_FILES";
    }

    /** The roles the user holds now (a role taken away applies to the next push). */
    private static List<String> roles(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT roles FROM app_user WHERE id = ? AND active")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? List.of(rs.getString(1).split(",")) : List.of();
            }
        }
    }

    private static long versionOf(StoredRecord r) {
        return r == null ? 0 : r.version;
    }

    private OpResult applyOne(Principal who, List<String> roles, PushOp op, Map<UUID, StoredRecord> records,
            Instant now) {
        if (!who.canWrite(op.scope())
                || DirectoryScope.NAME.equals(op.scope()) != DirectoryScope.holds(op.entityType())) {
            // The council-wide scope holds the directory's entries and the aid rule sets only, and they live nowhere else.
            return OpResult.rejected(op.opId(), "forbidden_scope");
        }
        String action = requiredAction(op.entityType());
        if (action == null || !PermissionMatrix.allows(roles, action)) {
            return OpResult.rejected(op.opId(), "forbidden_role");
        }
        String badClock = invalidHlc(who, op, now);
        if (badClock != null) {
            return OpResult.rejected(op.opId(), badClock);
        }
        // A delete carries no fields the server uses (the workstation sends its tombstone time): ignored.
        String fieldsText = null;
        if (op.kind() != ChangeKind.DELETE) {
            String invalid = invalidFields(op);
            if (invalid == null) {
                // Serialised once: for the size limit, and as the stored fields of an insert.
                byte[] serialised = serialised(op.fields());
                if (serialised == null) {
                    invalid = "invalid_fields";
                } else if (serialised.length > Protocol.MAX_OP_FIELDS_BYTES) {
                    invalid = "fields_too_large";
                } else {
                    fieldsText = new String(serialised, StandardCharsets.UTF_8);
                }
            }
            if (invalid != null) {
                return OpResult.rejected(op.opId(), invalid);
            }
        }
        StoredRecord rec = records.get(op.entityId());
        if (op.kind() == ChangeKind.INSERT) {
            if (rec != null) {
                // The same record made on two devices: its id is derived from what it is about (an attendance mark
                // per session and person). It merges as a patch of a record the device never saw: equal values
                // agree, a value another device set differently is a conflicting field.
                if (rec.deletedAt == null && rec.scope.equals(op.scope()) && rec.entityType.equals(op.entityType())) {
                    return patch(rec, who, op, 0, now);
                }
                return OpResult.rejected(op.opId(), "already_exists");
            }
            rec = new StoredRecord(op.entityId(), op.entityType(), op.scope());
            rec.isNew = true;
            rec.version = 1;
            rec.fields = json.createObjectNode();
            rec.meta = FieldMeta.empty();
            rec.createdBy = who.userId();
            records.put(rec.id, rec);
            FieldMeta.Change change = change(rec.version, who, op, now);
            for (Iterator<Map.Entry<String, JsonNode>> it = op.fields().properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                rec.fields.set(e.getKey(), e.getValue());
                rec.meta.set(e.getKey(), change);
            }
            touch(rec, who, op, now);
            // The record's fields are the op's, in the same order: their text is the op's, already made.
            rec.fieldsText = fieldsText;
            return OpResult.applied(op.opId(), rec.version);
        }
        if (rec == null || !rec.scope.equals(op.scope())) {
            return OpResult.rejected(op.opId(), "not_found");
        }
        if (!rec.entityType.equals(op.entityType())) {
            return OpResult.rejected(op.opId(), "type_mismatch");
        }
        long base = op.baseVersion() == null ? 0 : op.baseVersion();
        return op.kind() == ChangeKind.PATCH ? patch(rec, who, op, base, now) : delete(rec, who, op, base, now);
    }

    private OpResult patch(StoredRecord rec, Principal who, PushOp op, long base, Instant now) {
        boolean restore = false;
        if (rec.deletedAt != null) {
            if (changedByOthers(rec.meta.get(StoredRecord.DELETED_KEY), base, who)) {
                return OpResult.conflict(op.opId(), rec.version,
                        new Conflict(ConflictKind.DELETED_ON_SERVER, List.of(), rec.state()));
            }
            // The device saw the deletion and edits anyway: that is a restore.
            restore = true;
        }
        List<FieldConflict> conflicts = new ArrayList<>();
        Map<String, JsonNode> apply = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.fields().properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = rec.fields.get(e.getKey());
            if (current != null && current.equals(SAME_VALUE, e.getValue())) {
                continue;
            }
            FieldMeta.Change m = rec.meta.get(e.getKey());
            if (changedByOthers(m, base, who)) {
                conflicts.add(new FieldConflict(e.getKey(), e.getValue(), current == null ? NullNode.instance : current,
                        m.version(), m.user(), m.time(), m.hlc()));
            } else {
                apply.put(e.getKey(), e.getValue());
            }
        }
        if (!apply.isEmpty() && tooLargeWith(rec, apply)) {
            return OpResult.rejected(op.opId(), "record_too_large");
        }
        if (!apply.isEmpty() || restore) {
            rec.version++;
            FieldMeta.Change change = change(rec.version, who, op, now);
            if (restore) {
                rec.deletedAt = null;
                rec.meta.set(StoredRecord.DELETED_KEY, change);
            }
            apply.forEach((f, v) -> {
                rec.fields.set(f, v);
                rec.meta.set(f, change);
            });
            touch(rec, who, op, now);
        }
        if (conflicts.isEmpty()) {
            return OpResult.applied(op.opId(), rec.version);
        }
        return OpResult.conflict(op.opId(), rec.version, new Conflict(ConflictKind.FIELDS, conflicts, rec.state()));
    }

    private OpResult delete(StoredRecord rec, Principal who, PushOp op, long base, Instant now) {
        if (rec.deletedAt != null) {
            return OpResult.applied(op.opId(), rec.version);
        }
        for (FieldMeta.Change m : rec.meta.all()) {
            if (changedByOthers(m, base, who)) {
                return OpResult.conflict(op.opId(), rec.version,
                        new Conflict(ConflictKind.EDITED_ON_SERVER, List.of(), rec.state()));
            }
        }
        rec.version++;
        rec.deletedAt = now;
        rec.meta.set(StoredRecord.DELETED_KEY, change(rec.version, who, op, now));
        touch(rec, who, op, now);
        return OpResult.applied(op.opId(), rec.version);
    }

    /** A change the device had not seen: made after its base version by another device. */
    private static boolean changedByOthers(FieldMeta.Change meta, long base, Principal who) {
        return meta != null && meta.version() > base && !who.deviceId().equals(meta.device());
    }

    /** The change {@code op} makes: one per new version, shared by every field the op sets. */
    private static FieldMeta.Change change(long version, Principal who, PushOp op, Instant now) {
        return new FieldMeta.Change(version, who.deviceId(), who.username(), now.toEpochMilli(), op.hlc());
    }

    private static void touch(StoredRecord rec, Principal who, PushOp op, Instant now) {
        rec.hlc = op.hlc();
        rec.updatedBy = who.userId();
        rec.updatedByName = who.username();
        rec.updatedAt = now;
        rec.dirty = true;
        rec.fieldsText = null;
    }

    /**
     * Every workstation adopts the highest HLC it sees: one far in the future would be adopted by all of them,
     * and one naming another device would be taken for that device's change. Neither is stored.
     */
    private static String invalidHlc(Principal who, PushOp op, Instant now) {
        String hlc = op.hlc();
        if (!hlc.substring(19).equals(who.deviceId())) {
            return "hlc_other_device";
        }
        long wall = Long.parseLong(hlc.substring(0, 13), 16);
        return wall > now.toEpochMilli() + Protocol.MAX_HLC_AHEAD_MILLIS ? "hlc_ahead" : null;
    }

    /** Whether the record's fields, with {@code apply} set, would serialise to more than the record limit. */
    private boolean tooLargeWith(StoredRecord rec, Map<String, JsonNode> apply) {
        ObjectNode after = rec.fields.deepCopy();
        apply.forEach(after::set);
        try {
            return json.writeValueAsBytes(after).length > Protocol.MAX_RECORD_BYTES;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private String invalidFields(PushOp op) {
        if (op.fields().size() > Protocol.MAX_FIELDS_PER_OP) {
            return "too_many_fields";
        }
        if (op.kind() == ChangeKind.INSERT && op.fields().isEmpty()) {
            return "insert_without_fields";
        }
        for (Iterator<String> it = op.fields().fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!Validation.matches(Validation.FIELD_NAME, f)) {
                return "invalid_field_name";
            }
            if (Validation.RESERVED_FIELDS.contains(f)) {
                return "reserved_field_name";
            }
        }
        return FieldValues.problem(op.fields());
    }

    /** The fields as UTF-8 JSON, or null when they cannot be written (a lone surrogate in a string). */
    private byte[] serialised(ObjectNode fields) {
        try {
            return json.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static long lockDevice(Connection c, String device) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO device (id) VALUES (?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, device);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_op_id FROM device WHERE id = ? FOR UPDATE")) {
            ps.setString(1, device);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<Long, OpResult> loadDuplicates(Connection c, String device, List<PushOp> ops, long last)
            throws SQLException {
        Map<Long, OpResult> out = new HashMap<>();
        if (ops.getFirst().opId() > last) {
            return out;
        }
        Map<Long, PushOp> byId = new HashMap<>();
        ops.stream().filter(o -> o.opId() <= last).forEach(o -> byId.put(o.opId(), o));
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT op_id, tx_id, entity_id, result::text FROM applied_op
                WHERE device_id = ? AND op_id BETWEEN ? AND ?""")) {
            ps.setString(1, device);
            ps.setLong(2, ops.getFirst().opId());
            ps.setLong(3, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PushOp op = byId.get(rs.getLong(1));
                    if (op == null) {
                        continue;
                    }
                    if (!op.txId().equals(rs.getObject(2)) || !op.entityId().equals(rs.getObject(3))) {
                        throw new ApiException(ErrorCode.OP_ID_REUSED,
                                "op " + op.opId() + " was already used for another change by this device");
                    }
                    try {
                        out.put(op.opId(), json.readValue(rs.getString(4), OpResult.class).asDuplicate());
                    } catch (JsonProcessingException e) {
                        throw new SQLException("stored answer unreadable", e);
                    }
                }
            }
        }
        for (Long id : byId.keySet()) {
            out.putIfAbsent(id, new OpResult(id, OpStatus.DUPLICATE, OpStatus.REJECTED, null, "original_answer_unknown",
                    null));
        }
        return out;
    }

    private Map<UUID, StoredRecord> lockRecords(Connection c, List<PushOp> ops) throws SQLException {
        Map<UUID, StoredRecord> out = new HashMap<>();
        TreeSet<UUID> ids = new TreeSet<>();
        ops.forEach(o -> ids.add(o.entityId()));
        if (ids.isEmpty()) {
            return out;
        }
        // Locking in id order keeps two concurrent pushes from deadlocking on the same records. The lock is taken
        // on the record table alone: when a row is locked after another push changed it, PostgreSQL rechecks the
        // row's new version against the query, and a join with app_user would then be rechecked against the old
        // user row, dropping the record when the other push was by someone else (answered "not_found").
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.id, r.entity_type, r.scope, r.version, r.fields::text, r.field_changes::text, r.deleted_at, r.hlc,
                       r.created_by, r.updated_by, r.updated_at
                FROM record r WHERE r.id = ANY (?) ORDER BY r.id FOR UPDATE""")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredRecord r = new StoredRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3));
                    r.version = rs.getLong(4);
                    r.fields = (ObjectNode) json.readTree(rs.getString(5));
                    r.meta = FieldMeta.read(json.readTree(rs.getString(6)));
                    Timestamp del = rs.getTimestamp(7);
                    r.deletedAt = del == null ? null : del.toInstant();
                    r.hlc = rs.getString(8);
                    r.createdBy = rs.getLong(9);
                    r.updatedBy = rs.getLong(10);
                    r.updatedAt = rs.getTimestamp(11).toInstant();
                    out.put(r.id, r);
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("stored record unreadable", e);
            }
        }
        nameAuthors(c, out.values());
        return out;
    }

    /** The user names of the records' last authors (a conflict shows who changed the record). */
    private static void nameAuthors(Connection c, java.util.Collection<StoredRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, username FROM app_user WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", records.stream().map(r -> r.updatedBy).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (StoredRecord r : records) {
            r.updatedByName = names.get(r.updatedBy);
        }
    }

    /**
     * Writes the changed records: the new ones in one statement, the changed ones in another, each row an element
     * of parallel arrays (one statement is one round trip and one plan; PostgreSQL runs it as a set, not 500
     * executions). Times travel as text with their offset, so they keep the microseconds a timestamp holds.
     */
    private void writeRecords(Connection c, Iterable<StoredRecord> records) throws SQLException {
        Columns ins = new Columns("uuid", "text", "text", "bigint", "text", "text", "text", "text", "bigint", "bigint", "text");
        Columns upd = new Columns("uuid", "bigint", "text", "text", "text", "text", "bigint", "text");
        for (StoredRecord r : records) {
            if (!r.dirty) {
                continue;
            }
            String fields = r.fieldsText != null ? r.fieldsText : text(r.fields);
            String deleted = r.deletedAt == null ? null : r.deletedAt.toString();
            if (r.isNew) {
                ins.add(r.id, r.entityType, r.scope, r.version, fields, text(r.meta.write(json)), deleted, r.hlc,
                        r.createdBy, r.updatedBy, r.updatedAt.toString());
            } else {
                upd.add(r.id, r.version, fields, text(r.meta.write(json)), deleted, r.hlc, r.updatedBy,
                        r.updatedAt.toString());
            }
        }
        if (ins.size() > 0) {
            execute(c, """
                    INSERT INTO record (id, entity_type, scope, version, fields, field_changes, deleted_at, hlc, created_by,
                        updated_by, updated_at)
                    SELECT u.id, u.entity_type, u.scope, u.version, u.fields::json, u.field_changes::json,
                        u.deleted_at::timestamptz, u.hlc, u.created_by, u.updated_by, u.updated_at::timestamptz
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::bigint[], ?::bigint[], ?::text[])
                        AS u (id, entity_type, scope, version, fields, field_changes, deleted_at, hlc, created_by, updated_by,
                            updated_at)""", ins);
        }
        if (upd.size() > 0) {
            execute(c, """
                    UPDATE record r SET version = u.version, fields = u.fields::json, field_changes = u.field_changes::json,
                        deleted_at = u.deleted_at::timestamptz, hlc = u.hlc, updated_by = u.updated_by,
                        updated_at = u.updated_at::timestamptz
                    FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                        AS u (id, version, fields, field_changes, deleted_at, hlc, updated_by, updated_at)
                    WHERE r.id = u.id""", upd);
        }
    }

    /**
     * The change log's rows, in the order of the ops that made them (their sequence numbers follow it), all in this
     * transaction (its id, read where the rows are written).
     */
    private static void writeChanges(Connection c, String device, List<Object[]> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Columns rows = new Columns("text", "uuid", "bigint", "bigint");
        changes.forEach(rows::add);
        execute(c, """
                INSERT INTO change (scope, xid, record_id, version, device_id, op_id)
                SELECT u.scope, pg_current_xact_id()::text::bigint, u.record_id, u.version, ?, u.op_id
                FROM unnest(?::text[], ?::uuid[], ?::bigint[], ?::bigint[]) WITH ORDINALITY AS u (scope, record_id, version,
                    op_id, n)
                ORDER BY u.n""", rows, device);
    }

    private void writeAnswers(Connection c, Principal who, List<Object[]> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        Columns rows = new Columns("bigint", "uuid", "uuid", "text", "text");
        for (Object[] a : answers) {
            PushOp op = (PushOp) a[0];
            OpResult r = (OpResult) a[1];
            rows.add(op.opId(), op.txId(), op.entityId(), r.status().name(), text(r));
        }
        execute(c, """
                INSERT INTO applied_op (device_id, op_id, tx_id, entity_id, status, result, user_id)
                SELECT ?, u.op_id, u.tx_id, u.entity_id, u.status, u.result::json, ?
                FROM unnest(?::bigint[], ?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS u (op_id, tx_id, entity_id, status,
                    result)""", rows, who.deviceId(), who.userId());
    }

    /** Rows to write, kept as columns of the given SQL types: each column is bound as one array. Not thread-safe. */
    private static final class Columns {
        private final String[] types;
        private final List<List<Object>> columns = new ArrayList<>();
        private int rows;

        Columns(String... types) {
            this.types = types;
            for (int i = 0; i < types.length; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            if (row.length != types.length) {
                throw new IllegalArgumentException(row.length + " values for " + types.length + " columns");
            }
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i]);
            }
            rows++;
        }

        int size() {
            return rows;
        }
    }

    /**
     * Runs {@code sql}, whose parameters are the {@code leading} values (strings or whole numbers) and then one array
     * per column of {@code rows}, and checks that it wrote every row.
     */
    private static void execute(Connection c, String sql, Columns rows, Object... leading) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (Object value : leading) {
                ps.setObject(p++, value);
            }
            for (int i = 0; i < rows.types.length; i++) {
                List<Object> column = rows.columns.get(i);
                Object[] values = switch (rows.types[i]) {
                    case "text" -> column.toArray(String[]::new);
                    case "bigint" -> column.toArray(Long[]::new);
                    case "uuid" -> column.toArray(UUID[]::new);
                    default -> throw new IllegalArgumentException("column type " + rows.types[i]);
                };
                ps.setArray(p++, c.createArrayOf(rows.types[i], values));
            }
            int written = ps.executeUpdate();
            if (written != rows.size()) {
                throw new SQLException("wrote " + written + " rows of " + rows.size());
            }
        }
    }

    private String text(Object value) throws SQLException {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("not serialisable", e);
        }
    }
}
