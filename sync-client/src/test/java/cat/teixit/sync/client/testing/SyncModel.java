package cat.teixit.sync.client.testing;

import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PushOp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A reference model of the protocol's merge rules (docs/sync-protocol.md §4), written from the document and
 * not from the server's code, that a convergence test feeds with its history: the changes its driver made on
 * each device ({@link #intended}) and every push request with the server's answer ({@link #pushed}, through
 * {@link RecordingTransport}). From them it computes the expected state of every record, so that a test can
 * assert replica = server = model.
 * <p>
 * The model does not trust the server's answers; it uses them only to learn in which order the server
 * serialised the ops of each record (an op that made a new version answers that version; one that changed
 * nothing answers the version it saw), then replays the ops in that order with its own rules and requires
 * that each predicted answer (status, conflict kind, conflicting fields with mine and theirs) is the one the
 * server gave, and that no op is left unexplained: two ops that both claim to have made version n (a lost
 * update when the record lock is missing) fail it. It also requires that every change the driver made on
 * a device reached the server as that device's op, unaltered (nothing lost on the way), and tells which ops
 * must have left a conflict for the user (one each, never two). Thread-safe.
 */
public final class SyncModel implements RecordingTransport.Listener {

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final String TOMBSTONE = "";

    /** A change the test's driver made on a device (fields null for a delete). */
    public record Intent(String device, UUID entityId, ChangeKind kind, Map<String, ?> fields) {
    }

    /** One op as the server received it, with its (effective) first answer. */
    private record Seen(String device, PushOp op, OpResult answer) {
        OpStatus status() {
            return answer.effectiveStatus();
        }
    }

    /** What the model expects a record to be at the end. */
    public record Expected(String entityType, String scope, long version, ObjectNode fields, boolean deleted) {
        /** The same shape as a test describes a server row or a replica's row: version, tombstone, sorted fields. */
        public String describe() {
            return describe(version, fields, deleted);
        }

        public static String describe(long version, JsonNode fields, boolean deleted) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            fields.properties().forEach(e -> {
                JsonNode v = e.getValue();
                if (v.isIntegralNumber()) {
                    v = JSON.getNodeFactory().numberNode(v.longValue());
                }
                if (!v.isNull()) {
                    sorted.put(e.getKey(), v);
                }
            });
            return "v" + version + (deleted ? " deleted " : " ") + sorted;
        }
    }

    private final Map<String, List<Intent>> intents = new LinkedHashMap<>();
    private final Map<String, Map<Long, Seen>> ops = new LinkedHashMap<>();
    private final List<String> history = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** The driver changed a record on {@code device}: this change must reach the server as one of its ops. */
    public synchronized void intended(String device, UUID entityId, ChangeKind kind, Map<String, ?> fields) {
        intents.computeIfAbsent(device, k -> new ArrayList<>()).add(new Intent(device, entityId, kind,
                fields == null ? null : new TreeMap<>(fields)));
        history.add(device + " " + kind + " " + entityId + (fields == null ? "" : " " + new TreeMap<>(fields)));
    }

    /** A line of the test's history (a sync, a crash, a resolution), printed with a failure. */
    public synchronized void note(String line) {
        history.add(line);
    }

    /** A push request of {@code device} and the server's answer to it. */
    @Override
    public synchronized void pushed(String device, List<PushOp> sent, List<OpResult> results) {
        Map<Long, Seen> mine = ops.computeIfAbsent(device, k -> new TreeMap<>());
        for (int i = 0; i < sent.size(); i++) {
            PushOp op = sent.get(i);
            OpResult r = results.get(i);
            history.add(device + " pushed op " + op.opId() + " " + op.kind() + " " + op.entityId() + " base "
                    + op.baseVersion() + " " + op.fields() + " -> " + r.status()
                    + (r.status() == OpStatus.DUPLICATE ? "(" + r.original() + ")" : "") + " v" + r.version()
                    + (r.conflict() == null ? "" : " " + r.conflict().kind()));
            Seen before = mine.get(op.opId());
            if (before == null) {
                mine.put(op.opId(), new Seen(device, op, r));
                continue;
            }
            if (!before.op().entityId().equals(op.entityId()) || before.op().kind() != op.kind()
                    || !before.op().fields().equals(op.fields())) {
                problems.add(device + " op " + op.opId() + " sent again with another content");
            }
            if (before.status() != r.effectiveStatus() || !Objects.equals(before.answer().version(), r.version())) {
                problems.add(device + " op " + op.opId() + " answered " + before.status() + " v"
                        + before.answer().version() + " then " + r.effectiveStatus() + " v" + r.version());
            }
        }
    }

    /** The history so far, one line per event, for a failure message or a replay. */
    public synchronized List<String> history() {
        return List.copyOf(history);
    }

    /**
     * Writes the history to {@code target/convergence-histories/<name>.txt} (the module's directory when run by
     * Maven) and returns a line saying where, for a failure message; never throws.
     */
    public String saveHistory(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of("target", "convergence-histories"));
            java.nio.file.Path file = dir.resolve(name + ".txt");
            List<String> lines = history();
            java.nio.file.Files.write(file, lines);
            return "history (" + lines.size() + " events) in " + file.toAbsolutePath();
        } catch (java.io.IOException | RuntimeException e) {
            return "history not saved: " + e.getMessage();
        }
    }

    /** The ops of {@code device} whose first answer was a conflict: each must be one conflict kept for the user. */
    public synchronized Set<Long> conflicts(String device) {
        Set<Long> out = new TreeSet<>();
        ops.getOrDefault(device, Map.of()).forEach((id, s) -> {
            if (s.status() == OpStatus.CONFLICT) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * Replays every op with the model's rules and returns the expected state of every record; throws an
     * {@link AssertionError} naming each discrepancy (an answer the rules do not give, an op no order
     * explains, a change of the driver that never reached the server, ops of a device with a gap).
     */
    public synchronized Map<UUID, Expected> expected() {
        List<String> found = new ArrayList<>(problems);
        checkIntents(found);
        Map<UUID, List<Seen>> byRecord = new LinkedHashMap<>();
        ops.values().forEach(m -> m.values().forEach(s -> {
            if (s.status() == OpStatus.REJECTED) {
                found.add(s.device() + " op " + s.op().opId() + " rejected: " + s.answer().reason());
            } else {
                byRecord.computeIfAbsent(s.op().entityId(), k -> new ArrayList<>()).add(s);
            }
        }));
        Map<UUID, Expected> out = new TreeMap<>();
        byRecord.forEach((id, seen) -> {
            seen.sort(Comparator.comparing(Seen::device).thenComparingLong(s -> s.op().opId()));
            ModelRecord end = replay(null, seen, found);
            if (end == null) {
                found.add("record " + id + ": no order of its ops explains the answers: " + describeOps(seen));
            } else if (end.fields != null) {
                out.put(id, new Expected(end.entityType, end.scope, end.version, end.fields, end.deleted));
            }
        });
        if (!found.isEmpty()) {
            throw new AssertionError("the model disagrees:\n  " + String.join("\n  ", found));
        }
        return out;
    }

    private void checkIntents(List<String> found) {
        intents.forEach((device, wanted) -> {
            List<Seen> sent = new ArrayList<>(ops.getOrDefault(device, Map.of()).values());
            for (int i = 0; i < sent.size(); i++) {
                if (sent.get(i).op().opId() != i + 1) {
                    found.add(device + ": its ops are not numbered 1.." + sent.size() + " without a gap");
                    break;
                }
            }
            // Every change of the driver is, in order, one of the device's ops (the workstation may record more
            // ops than the driver names: the other rows of one use case).
            int at = 0;
            for (Intent in : wanted) {
                while (at < sent.size() && !fits(in, sent.get(at).op())) {
                    at++;
                }
                if (at == sent.size()) {
                    found.add(device + ": the change " + in.kind() + " " + in.entityId() + " " + in.fields()
                            + " never reached the server (or not in order)");
                    return;
                }
                at++;
            }
        });
    }

    private static boolean fits(Intent in, PushOp op) {
        if (!in.entityId().equals(op.entityId()) || in.kind() != op.kind()) {
            return false;
        }
        if (in.kind() == ChangeKind.DELETE || in.fields() == null) {
            return true;
        }
        ObjectNode wanted = JSON.valueToTree(in.fields());
        for (Iterator<Map.Entry<String, JsonNode>> it = wanted.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode got = op.fields().get(e.getKey());
            if (got == null || !same(got, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    // ---- the merge rules

    /** A record as the model has it: fields, tombstone, and per field (and tombstone) the version and device of its last change. */
    private static final class ModelRecord {
        String entityType;
        String scope;
        long version;
        ObjectNode fields;
        boolean deleted;
        final Map<String, long[]> metaVersion = new HashMap<>();
        final Map<String, String> metaDevice = new HashMap<>();

        ModelRecord copy() {
            ModelRecord r = new ModelRecord();
            r.entityType = entityType;
            r.scope = scope;
            r.version = version;
            r.fields = fields == null ? null : fields.deepCopy();
            r.deleted = deleted;
            metaVersion.forEach((k, v) -> r.metaVersion.put(k, v.clone()));
            r.metaDevice.putAll(metaDevice);
            return r;
        }

        void touch(String field, String device) {
            metaVersion.put(field, new long[] {version});
            metaDevice.put(field, device);
        }

        /** Changed at a version after the op's base by another device (a device has seen its own changes). */
        boolean changedByOthers(String field, long base, String device) {
            long[] v = metaVersion.get(field);
            return v != null && v[0] > base && !device.equals(metaDevice.get(field));
        }
    }

    /** The model's answer to one op: status, conflict kind, and per conflicting field mine/theirs/theirs' version. */
    private record Predicted(OpStatus status, ConflictKind kind, Map<String, JsonNode[]> fields, Map<String, Long> versions) {
    }

    /**
     * Replays {@code left} on {@code state} in the only orders the answers allow: first every op that answers the
     * current version (it changed nothing), then the one op that made the next version; backtracks when two ops
     * could have made it. Returns the end state, or null when no order explains every answer.
     */
    private ModelRecord replay(ModelRecord state, List<Seen> left, List<String> found) {
        if (left.isEmpty()) {
            return state == null ? new ModelRecord() : state;
        }
        long current = state == null ? 0 : state.version;
        ModelRecord s = state;
        List<Seen> rest = new ArrayList<>();
        for (Seen seen : left) {
            if (s != null && seen.answer().version() != null && seen.answer().version() == current) {
                ModelRecord after = s.copy();
                Predicted p = apply(after, seen);
                if (after.version != current || !agrees(p, seen)) {
                    // Answers the current version but the rules say it changes the record or answers otherwise.
                    found.add(seen.device() + " op " + seen.op().opId() + " on " + seen.op().entityId() + " at v" + current
                            + ": the model predicts " + p.status() + " " + p.kind() + " " + keys(p) + " to v" + after.version
                            + ", the server answered " + seen.status() + " "
                            + (seen.answer().conflict() == null ? "" : seen.answer().conflict().kind() + " "
                                    + conflictFields(seen.answer().conflict()))
                            + " v" + seen.answer().version());
                    return s;
                }
                continue;
            }
            rest.add(seen);
        }
        if (rest.isEmpty()) {
            return s;
        }
        for (Seen candidate : rest) {
            if (candidate.answer().version() == null || candidate.answer().version() != current + 1) {
                continue;
            }
            ModelRecord after = s == null ? new ModelRecord() : s.copy();
            Predicted p = apply(after, candidate);
            if (after.version != current + 1 || !agrees(p, candidate)) {
                continue;
            }
            List<Seen> next = new ArrayList<>(rest);
            next.remove(candidate);
            List<String> deeper = new ArrayList<>();
            ModelRecord end = replay(after, next, deeper);
            if (end != null && deeper.isEmpty()) {
                return end;
            }
        }
        return null;
    }

    private static String keys(Predicted p) {
        return p.fields() == null ? "[]" : p.fields().keySet().toString();
    }

    private static String conflictFields(Conflict c) {
        return c.fields().stream().map(FieldConflict::field).toList().toString();
    }

    private static boolean agrees(Predicted p, Seen seen) {
        if (p.status() != seen.status()) {
            return false;
        }
        if (p.status() != OpStatus.CONFLICT) {
            return true;
        }
        Conflict c = seen.answer().conflict();
        if (c.kind() != p.kind() || c.fields().size() != p.fields().size()) {
            return false;
        }
        for (FieldConflict f : c.fields()) {
            JsonNode[] mineTheirs = p.fields().get(f.field());
            if (mineTheirs == null || !same(f.mine(), mineTheirs[0])
                    || !same(f.theirs(), mineTheirs[1])
                    || f.theirsVersion() != p.versions().get(f.field())) {
                return false;
            }
        }
        return true;
    }

    /** Applies one op to {@code r} by the rules of docs/sync-protocol.md §4; returns the answer they give. */
    private static Predicted apply(ModelRecord r, Seen seen) {
        PushOp op = seen.op();
        String device = seen.device();
        if (op.kind() == ChangeKind.INSERT) {
            if (r.fields != null) {
                return new Predicted(OpStatus.REJECTED, null, null, null);
            }
            r.entityType = op.entityType();
            r.scope = op.scope();
            r.version = 1;
            r.fields = JSON.createObjectNode();
            op.fields().properties().forEach(e -> {
                r.fields.set(e.getKey(), e.getValue());
                r.touch(e.getKey(), device);
            });
            return new Predicted(OpStatus.APPLIED, null, null, null);
        }
        if (r.fields == null) {
            return new Predicted(OpStatus.REJECTED, null, null, null);
        }
        long base = op.baseVersion() == null ? 0 : op.baseVersion();
        if (op.kind() == ChangeKind.DELETE) {
            if (r.deleted) {
                return new Predicted(OpStatus.APPLIED, null, null, null);
            }
            boolean editedByOthers = r.metaVersion.keySet().stream().anyMatch(f -> r.changedByOthers(f, base, device));
            if (editedByOthers) {
                return new Predicted(OpStatus.CONFLICT, ConflictKind.EDITED_ON_SERVER, Map.of(), Map.of());
            }
            r.version++;
            r.deleted = true;
            r.touch(TOMBSTONE, device);
            return new Predicted(OpStatus.APPLIED, null, null, null);
        }
        boolean restore = false;
        if (r.deleted) {
            if (r.changedByOthers(TOMBSTONE, base, device)) {
                return new Predicted(OpStatus.CONFLICT, ConflictKind.DELETED_ON_SERVER, Map.of(), Map.of());
            }
            restore = true;
        }
        Map<String, JsonNode[]> clashes = new LinkedHashMap<>();
        Map<String, Long> clashVersions = new HashMap<>();
        Map<String, JsonNode> applied = new LinkedHashMap<>();
        op.fields().properties().forEach(e -> {
            JsonNode now = r.fields.get(e.getKey());
            if (now != null && same(now, e.getValue())) {
                return;
            }
            if (r.changedByOthers(e.getKey(), base, device)) {
                clashes.put(e.getKey(), new JsonNode[] {e.getValue(), now == null ? NullNode.instance : now});
                clashVersions.put(e.getKey(), r.metaVersion.get(e.getKey())[0]);
            } else {
                applied.put(e.getKey(), e.getValue());
            }
        });
        if (!applied.isEmpty() || restore) {
            r.version++;
            if (restore) {
                r.deleted = false;
                r.touch(TOMBSTONE, device);
            }
            applied.forEach((f, v) -> {
                r.fields.set(f, v);
                r.touch(f, device);
            });
        }
        return clashes.isEmpty() ? new Predicted(OpStatus.APPLIED, null, null, null)
                : new Predicted(OpStatus.CONFLICT, ConflictKind.FIELDS, clashes, clashVersions);
    }

    /** One JSON value equals another; numbers by value (2 = 2.0). */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String describeOps(List<Seen> seen) {
        StringBuilder b = new StringBuilder();
        for (Seen s : seen) {
            b.append("\n    ").append(s.device()).append(" op ").append(s.op().opId()).append(' ').append(s.op().kind())
                    .append(" base ").append(s.op().baseVersion()).append(' ').append(s.op().fields()).append(" -> ")
                    .append(s.status()).append(" v").append(s.answer().version());
        }
        return b.toString();
    }
}
