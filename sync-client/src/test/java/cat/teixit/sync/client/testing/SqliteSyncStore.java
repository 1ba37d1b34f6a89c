package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.BlobUpload;
import cat.teixit.sync.client.PurgeReport;
import cat.teixit.sync.client.PushBatch;
import cat.teixit.sync.client.PushOutcome;
import cat.teixit.sync.client.SyncStore;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reference implementation of {@link SyncStore} on a real SQLite file with plain JDBC: a generic
 * record table, the outbox (same columns as the workstation's), cursors, conflicts and rejections. Also
 * offers local edits (create, patch, delete) that write the row and its outbox entry in one
 * transaction, as the workstation does. Thread-safe (one connection, synchronised).
 */
public final class SqliteSyncStore implements SyncStore, AutoCloseable {

    /** A local row, as a test reads it. */
    public record Row(UUID id, String entityType, String scope, Long serverVersion, ObjectNode fields, Long deletedAt) {
    }

    /** A conflict kept for the user. */
    public record StoredConflict(long id, long opId, UUID entityId, String scope, ChangeKind kind, ObjectNode mine,
            Conflict conflict) {
    }

    /** A rejected op kept for the user. */
    public record Rejection(long opId, UUID entityId, ChangeKind kind, String reason) {
    }

    private final Connection c;
    private final String deviceId;
    private final ObjectMapper json = Json.strictMapper();
    private long hlcWall;
    private int hlcCounter;

    public SqliteSyncStore(Path file, String deviceId) {
        this.deviceId = deviceId;
        try {
            this.c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS rec (id TEXT PRIMARY KEY, entity_type TEXT NOT NULL, scope TEXT NOT NULL,
                            server_version INTEGER, fields TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at INTEGER) STRICT""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS outbox (op_id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,
                            tx_id TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL,
                            payload TEXT NOT NULL, base_version INTEGER, hlc TEXT NOT NULL, scope TEXT NOT NULL,
                            created_at INTEGER NOT NULL) STRICT""");
                s.execute("CREATE INDEX IF NOT EXISTS outbox_entity ON outbox (entity_id)");
                s.execute("CREATE TABLE IF NOT EXISTS sync_cursor (scope TEXT PRIMARY KEY, cursor TEXT NOT NULL) STRICT");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS conflict (id INTEGER PRIMARY KEY AUTOINCREMENT, op_id INTEGER NOT NULL,
                            entity_id TEXT NOT NULL, scope TEXT NOT NULL, kind TEXT NOT NULL, mine TEXT NOT NULL,
                            detail TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0) STRICT""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS rejection (op_id INTEGER PRIMARY KEY, entity_id TEXT NOT NULL,
                            kind TEXT NOT NULL, payload TEXT NOT NULL, reason TEXT NOT NULL) STRICT""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS blob_upload (scope TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
                            path TEXT NOT NULL, state TEXT NOT NULL, reason TEXT, PRIMARY KEY (scope, sha256)) STRICT""");
                s.execute("CREATE TABLE IF NOT EXISTS clock (one INTEGER PRIMARY KEY CHECK (one = 1), wall INTEGER, counter INTEGER) STRICT");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT wall, counter FROM clock")) {
                if (rs.next()) {
                    hlcWall = rs.getLong(1);
                    hlcCounter = rs.getInt(2);
                }
            }
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.rollback();
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    // ---- local edits (what the workstation's use cases do)

    public synchronized UUID create(String entityType, String scope, Map<String, ?> fields) {
        UUID id = UUID.randomUUID();
        create(UUID.randomUUID(), id, entityType, scope, fields);
        return id;
    }

    public synchronized void create(UUID txId, UUID id, String entityType, String scope, Map<String, ?> fields) {
        tx(() -> {
            ObjectNode f = json.valueToTree(fields);
            String hlc = tick();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rec (id, entity_type, scope, server_version, fields, updated_at) VALUES (?, ?, ?, NULL, ?, ?)")) {
                ps.setString(1, id.toString());
                ps.setString(2, entityType);
                ps.setString(3, scope);
                ps.setString(4, text(f));
                ps.setString(5, hlc);
                ps.executeUpdate();
            }
            outbox(txId, entityType, id, ChangeKind.INSERT, f, null, hlc, scope);
        });
    }

    public synchronized void patch(UUID id, Map<String, ?> fields) {
        patch(UUID.randomUUID(), id, fields);
    }

    public synchronized void patch(UUID txId, UUID id, Map<String, ?> fields) {
        tx(() -> {
            Row row = rowOrFail(id);
            ObjectNode change = json.valueToTree(fields);
            ObjectNode merged = row.fields().deepCopy();
            merged.setAll(change);
            String hlc = tick();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rec SET fields = ?, updated_at = ?, deleted_at = NULL WHERE id = ?")) {
                ps.setString(1, text(merged));
                ps.setString(2, hlc);
                ps.setString(3, id.toString());
                ps.executeUpdate();
            }
            outbox(txId, row.entityType(), id, ChangeKind.PATCH, change, row.serverVersion(), hlc, row.scope());
        });
    }

    public synchronized void delete(UUID id) {
        tx(() -> {
            Row row = rowOrFail(id);
            String hlc = tick();
            try (PreparedStatement ps = c.prepareStatement("UPDATE rec SET deleted_at = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setString(2, hlc);
                ps.setString(3, id.toString());
                ps.executeUpdate();
            }
            // As the workstation's ChangeRecorder does: the tombstone time travels with the delete.
            outbox(UUID.randomUUID(), row.entityType(), id, ChangeKind.DELETE,
                    json.createObjectNode().put("deleted_at", System.currentTimeMillis()), row.serverVersion(), hlc,
                    row.scope());
        });
    }

    /** Registers an attachment to upload before the next push; returns its SHA-256. */
    public synchronized String attach(String scope, Path file) {
        try {
            String sha = Hashing.sha256Hex(file);
            long size = Files.size(file);
            tx(() -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO blob_upload (scope, sha256, size, path, state) VALUES (?, ?, ?, ?, 'pending')
                        ON CONFLICT DO NOTHING""")) {
                    ps.setString(1, scope);
                    ps.setString(2, sha);
                    ps.setLong(3, size);
                    ps.setString(4, file.toAbsolutePath().toString());
                    ps.executeUpdate();
                }
            });
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reads for tests

    public synchronized Map<UUID, Row> rows() {
        Map<UUID, Row> out = new LinkedHashMap<>();
        query("SELECT id, entity_type, scope, server_version, fields, deleted_at FROM rec ORDER BY id", ps -> {
        }, rs -> {
            Row r = row(rs);
            out.put(r.id(), r);
        });
        return out;
    }

    public synchronized Row row(UUID id) {
        return rows().get(id);
    }

    public synchronized int pendingCount() {
        int[] n = {0};
        query("SELECT count(*) FROM outbox", ps -> {
        }, rs -> n[0] = rs.getInt(1));
        return n[0];
    }

    public synchronized List<StoredConflict> openConflicts() {
        List<StoredConflict> out = new ArrayList<>();
        query("SELECT id, op_id, entity_id, scope, kind, mine, detail FROM conflict WHERE resolved = 0 ORDER BY id",
                ps -> {
                }, rs -> out.add(new StoredConflict(rs.getLong(1), rs.getLong(2), UUID.fromString(rs.getString(3)),
                        rs.getString(4), ChangeKind.valueOf(rs.getString(5)), (ObjectNode) tree(rs.getString(6)),
                        parse(rs.getString(7), Conflict.class))));
        return out;
    }

    /** The op id of every conflict kept, open or resolved, in the order kept (an op twice is a duplicate). */
    public synchronized List<Long> conflictOpIds() {
        List<Long> out = new ArrayList<>();
        query("SELECT op_id FROM conflict ORDER BY id", ps -> {
        }, rs -> out.add(rs.getLong(1)));
        return out;
    }

    public synchronized void markResolved(long conflictId) {
        tx(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE conflict SET resolved = 1 WHERE id = ?")) {
                ps.setLong(1, conflictId);
                ps.executeUpdate();
            }
        });
    }

    public synchronized List<Rejection> rejections() {
        List<Rejection> out = new ArrayList<>();
        query("SELECT op_id, entity_id, kind, reason FROM rejection ORDER BY op_id", ps -> {
        }, rs -> out.add(new Rejection(rs.getLong(1), UUID.fromString(rs.getString(2)),
                ChangeKind.valueOf(rs.getString(3)), rs.getString(4))));
        return out;
    }

    /** A digest of everything the store holds that a sync may change, to prove a failed sync changed nothing. */
    public synchronized String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (String table : List.of("rec", "outbox", "sync_cursor", "conflict", "rejection", "blob_upload")) {
            query("SELECT * FROM " + table + " ORDER BY 1", ps -> {
            }, rs -> {
                int n = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                b.append('\n');
            });
        }
        return Hashing.sha256Hex(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---- the port

    @Override
    public synchronized List<PushOp> pendingOps(long afterOpId, int maxOps) {
        PushBatch batch = new PushBatch(maxOps);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT op_id, tx_id, entity_type, entity_id, kind, payload, base_version, hlc, scope
                FROM outbox WHERE op_id > ? ORDER BY op_id""")) {
            ps.setLong(1, afterOpId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long base = rs.getLong(7);
                    Long baseVersion = rs.wasNull() ? null : base;
                    PushOp op = new PushOp(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                            UUID.fromString(rs.getString(4)), ChangeKind.valueOf(rs.getString(5)),
                            (ObjectNode) tree(rs.getString(6)), baseVersion, rs.getString(8), rs.getString(9));
                    if (!batch.offer(op)) {
                        break;
                    }
                }
            }
            return batch.ops();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            endRead();
        }
    }

    @Override
    public synchronized void recordPushResults(List<PushOutcome> outcomes) {
        tx(() -> {
            for (PushOutcome o : outcomes) {
                PushOp op = o.op();
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE op_id = ?")) {
                    ps.setLong(1, op.opId());
                    if (ps.executeUpdate() == 0) {
                        continue;
                    }
                }
                OpResult r = o.result();
                switch (r.effectiveStatus()) {
                    case APPLIED -> {
                    }
                    case REJECTED -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT OR REPLACE INTO rejection (op_id, entity_id, kind, payload, reason) VALUES (?, ?, ?, ?, ?)")) {
                            ps.setLong(1, op.opId());
                            ps.setString(2, op.entityId().toString());
                            ps.setString(3, op.kind().name());
                            ps.setString(4, text(op.fields()));
                            ps.setString(5, r.reason());
                            ps.executeUpdate();
                        }
                    }
                    case CONFLICT -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO conflict (op_id, entity_id, scope, kind, mine, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                            ps.setLong(1, op.opId());
                            ps.setString(2, op.entityId().toString());
                            ps.setString(3, op.scope());
                            ps.setString(4, op.kind().name());
                            ps.setString(5, text(op.fields()));
                            ps.setString(6, text(r.conflict()));
                            ps.executeUpdate();
                        }
                        takeServerState(r.conflict().server());
                    }
                    case DUPLICATE -> throw new IllegalStateException("a duplicate has an original status");
                }
            }
        });
    }

    @Override
    public synchronized Set<String> knownScopes() {
        Set<String> out = new TreeSet<>();
        query("SELECT scope FROM rec UNION SELECT scope FROM sync_cursor", ps -> {
        }, rs -> out.add(rs.getString(1)));
        return out;
    }

    @Override
    public synchronized String cursor(String scope) {
        String[] out = {null};
        query("SELECT cursor FROM sync_cursor WHERE scope = ?", ps -> ps.setString(1, scope),
                rs -> out[0] = rs.getString(1));
        return out[0];
    }

    @Override
    public synchronized void applyPulled(String scope, List<RecordState> records, String cursor) {
        tx(() -> {
            Set<String> pending = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM outbox");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(rs.getString(1));
                }
            }
            // Rows without pending ops take the server's state in one batched upsert; the rest merge.
            try (PreparedStatement up = c.prepareStatement("""
                    INSERT INTO rec (id, entity_type, scope, server_version, fields, updated_at, deleted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET server_version = excluded.server_version, fields = excluded.fields,
                        updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
                    WHERE rec.server_version IS NULL OR excluded.server_version >= rec.server_version""")) {
                for (RecordState r : records) {
                    String id = r.id().toString();
                    if (pending.contains(id)) {
                        takeServerState(r);
                        continue;
                    }
                    up.setString(1, id);
                    up.setString(2, r.entityType());
                    up.setString(3, r.scope());
                    up.setLong(4, r.version());
                    up.setString(5, text(r.fields()));
                    up.setString(6, r.hlc());
                    setNullableLong(up, 7, r.deletedAt());
                    up.addBatch();
                }
                up.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_cursor (scope, cursor) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor")) {
                ps.setString(1, scope);
                ps.setString(2, cursor);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public synchronized PurgeReport purgeScope(String scope) {
        List<PushOp> pending = new ArrayList<>();
        int[] purged = {0};
        for (PushOp op : pendingOps(Integer.MAX_VALUE)) {
            if (op.scope().equals(scope)) {
                pending.add(op);
            }
        }
        tx(() -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rec WHERE scope = ?")) {
                ps.setString(1, scope);
                purged[0] = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_cursor WHERE scope = ?")) {
                ps.setString(1, scope);
                ps.executeUpdate();
            }
        });
        return new PurgeReport(scope, purged[0], pending);
    }

    @Override
    public synchronized List<BlobUpload> pendingBlobUploads() {
        List<BlobUpload> out = new ArrayList<>();
        query("SELECT scope, sha256, size, path FROM blob_upload WHERE state = 'pending' ORDER BY rowid", ps -> {
        }, rs -> out.add(new BlobUpload(rs.getString(1), rs.getString(2), rs.getLong(3), Path.of(rs.getString(4)))));
        return out;
    }

    @Override
    public synchronized void blobUploaded(BlobUpload blob) {
        setBlobState(blob, "uploaded", null);
    }

    @Override
    public synchronized void blobUploadFailed(BlobUpload blob, String reason) {
        setBlobState(blob, "failed", reason);
    }

    public synchronized String blobState(String scope, String sha256) {
        String[] out = {null};
        query("SELECT state FROM blob_upload WHERE scope = ? AND sha256 = ?", ps -> {
            ps.setString(1, scope);
            ps.setString(2, sha256);
        }, rs -> out[0] = rs.getString(1));
        return out[0];
    }

    private void setBlobState(BlobUpload blob, String state, String reason) {
        tx(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE blob_upload SET state = ?, reason = ? WHERE scope = ? AND sha256 = ?")) {
                ps.setString(1, state);
                ps.setString(2, reason);
                ps.setString(3, blob.scope());
                ps.setString(4, blob.sha256());
                ps.executeUpdate();
            }
        });
    }

    // ---- merge

    /**
     * Takes a server state into the local row: whole when no op is pending on it; otherwise the fields
     * no pending op changes (the pending ops keep their own base versions, so the server still detects
     * their conflicts). Never moves the version backwards; an equal version is taken again, so a
     * conflict's state replaces values of the op that just left the outbox.
     */
    private void takeServerState(RecordState s) throws SQLException {
        Row local = rowOrNull(s.id());
        if (local != null && local.serverVersion() != null && s.version() < local.serverVersion()) {
            return;
        }
        Set<String> pendingFields = new HashSet<>();
        boolean anyPending = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM outbox WHERE entity_id = ?")) {
            ps.setString(1, s.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    anyPending = true;
                    for (Iterator<String> it = tree(rs.getString(1)).fieldNames(); it.hasNext();) {
                        pendingFields.add(it.next());
                    }
                }
            }
        }
        if (local == null) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rec (id, entity_type, scope, server_version, fields, updated_at, deleted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, s.id().toString());
                ps.setString(2, s.entityType());
                ps.setString(3, s.scope());
                ps.setLong(4, s.version());
                ps.setString(5, text(s.fields()));
                ps.setString(6, s.hlc());
                setNullableLong(ps, 7, s.deletedAt());
                ps.executeUpdate();
            }
            return;
        }
        ObjectNode fields;
        Long version;
        Long deletedAt;
        if (!anyPending) {
            fields = s.fields();
            version = s.version();
            deletedAt = s.deletedAt();
        } else {
            fields = s.fields().deepCopy();
            for (String f : pendingFields) {
                JsonNode mine = local.fields().get(f);
                if (mine != null) {
                    fields.set(f, mine);
                }
            }
            version = s.version();
            // While an op is pending, the local delete (or undelete) stands; the push decides.
            deletedAt = local.deletedAt();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE rec SET server_version = ?, fields = ?, updated_at = ?, deleted_at = ? WHERE id = ?")) {
            setNullableLong(ps, 1, version);
            ps.setString(2, text(fields));
            ps.setString(3, s.hlc());
            setNullableLong(ps, 4, deletedAt);
            ps.setString(5, s.id().toString());
            ps.executeUpdate();
        }
    }

    // ---- plumbing

    private interface SqlWork {
        void run() throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void tx(SqlWork work) {
        try {
            work.run();
            saveClock();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("local store failure", e);
        }
    }

    private void endRead() {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            endRead();
        }
    }

    private Row rowOrFail(UUID id) throws SQLException {
        Row r = rowOrNull(id);
        if (r == null) {
            throw new IllegalArgumentException("no local record " + id);
        }
        return r;
    }

    private Row rowOrNull(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, entity_type, scope, server_version, fields, deleted_at FROM rec WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        long v = rs.getLong(4);
        Long version = rs.wasNull() ? null : v;
        long d = rs.getLong(6);
        Long deleted = rs.wasNull() ? null : d;
        return new Row(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), version,
                (ObjectNode) tree(rs.getString(5)), deleted);
    }

    private void outbox(UUID txId, String entityType, UUID id, ChangeKind kind, ObjectNode payload, Long base,
            String hlc, String scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outbox (device_id, tx_id, entity_type, entity_id, kind, payload, base_version, hlc, scope,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, deviceId);
            ps.setString(2, txId.toString());
            ps.setString(3, entityType);
            ps.setString(4, id.toString());
            ps.setString(5, kind.name());
            ps.setString(6, text(payload));
            setNullableLong(ps, 7, base);
            ps.setString(8, hlc);
            ps.setString(9, scope);
            ps.setLong(10, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    private String tick() {
        long now = System.currentTimeMillis();
        if (now > hlcWall) {
            hlcWall = now;
            hlcCounter = 0;
        } else if (hlcCounter == 0xFFFF) {
            hlcWall++;
            hlcCounter = 0;
        } else {
            hlcCounter++;
        }
        return String.format("%013x-%04x-%s", hlcWall, hlcCounter, deviceId);
    }

    private void saveClock() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO clock (one, wall, counter) VALUES (1, ?, ?) ON CONFLICT (one) DO UPDATE SET wall = excluded.wall, counter = excluded.counter")) {
            ps.setLong(1, hlcWall);
            ps.setInt(2, hlcCounter);
            ps.executeUpdate();
        }
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    private <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
