package cat.teixit.persistence.sync;

import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.StoredJson;
import cat.teixit.sync.client.BlobUpload;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.PushBatch;
import cat.teixit.sync.client.PurgeReport;
import cat.teixit.sync.client.PushOutcome;
import cat.teixit.sync.client.SyncStore;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's side of the sync engine's port ({@link SyncStore}) over the typed tables of the
 * local store, with plain SQL on the store's write connection: every method that changes something does
 * it in one transaction, safe to replay after a crash. Also what the sync use cases read and write
 * (conflicts, refusals, purge notices, outcome). Thread-safe: the store serialises writes.
 */
public final class DesktopSyncStore implements SyncStore {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopSyncStore.class);

    /** This device's hybrid logical clock, as the store needs it: moved past what is pulled, then saved. */
    public interface SyncClock {
        String deviceId();

        /** Moves the clock past a received value (text form). */
        void observe(String hlc);

        long lastWall();

        int lastCounter();
    }

    /**
     * The labelled points inside this store's transactions (between their statements) where a test may kill
     * the workstation, as the engine's {@link CrashPoints#LABELS} are between its steps: a kill there must
     * leave nothing of the transaction behind.
     */
    public static final List<String> CRASH_LABELS = List.of(
            "syncstore.push.afterFirstAnswer", "syncstore.push.beforeCommit",
            "syncstore.pull.afterRecords", "syncstore.pull.beforeCommit",
            "syncstore.purge.afterRows", "syncstore.purge.beforeCommit",
            "syncstore.blob.beforeCommit");

    /**
     * The points of a first pull into an empty store only (decision 0056): after its indexes were dropped, and
     * inside the transaction that makes them again. No sync of a store that holds records reaches them.
     */
    public static final List<String> FIRST_PULL_CRASH_LABELS = List.of("syncstore.firstPull.indexesDeferred",
            "syncstore.firstPull.beforeIndexes");

    private final LocalStore store;
    private final BlobStore blobs;
    private final SyncClock clock;
    private final Clock wall;
    private final CrashPoints crash;
    private final ObjectMapper json = Json.strictMapper();
    private final SyncTables tables;

    /**
     * Records of a first pull committed together (decision 0057). Each commit writes every page its sets changed,
     * encrypted, to the write-ahead log; the records' id indexes take new keys all over, so sets committed one by one
     * wrote most of those pages again at each commit. Between commits every other write of the workstation waits:
     * 50,000 records take one to two seconds to apply.
     */
    static final int FIRST_PULL_RECORDS_PER_COMMIT = 50_000;

    // A first pull's state, touched by the sync thread only (one sync at a time).
    private int firstPullRecordsPerCommit = FIRST_PULL_RECORDS_PER_COMMIT;
    private boolean firstPull;
    private LocalStore.OpenWrite firstPullOpen;
    private int firstPullUncommitted;

    public DesktopSyncStore(LocalStore store, BlobStore blobs, SyncClock clock, Clock wall) {
        this(store, blobs, clock, wall, CrashPoints.NONE);
    }

    /** As above, reaching {@code crash} at each of {@link #CRASH_LABELS} (tests; production passes NONE). */
    public DesktopSyncStore(LocalStore store, BlobStore blobs, SyncClock clock, Clock wall, CrashPoints crash) {
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
        this.wall = wall;
        this.crash = crash;
        this.tables = store.read(tx -> tx.jdbc(SyncTables::read));
    }

    /** How many records of a first pull a commit holds at least (tests make it small). */
    void firstPullRecordsPerCommit(int records) {
        firstPullRecordsPerCommit = records;
    }

    public SyncTables tables() {
        return tables;
    }

    @Override
    public String deviceId() {
        return clock.deviceId();
    }

    /** This device's secret key, sent at login (docs/decisions/0013-device-keys.md); never logged. */
    public String deviceKey() {
        return store.read(tx -> tx.device().find().map(cat.teixit.model.sync.Device::getDeviceKey).orElse(null));
    }

    // ---- push

    @Override
    public List<PushOp> pendingOps(long afterOpId, int maxOps) {
        return store.read(tx -> tx.jdbc(c -> {
            PushBatch batch = new PushBatch(maxOps);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SyncJournal.OP_COLUMNS
                    + " WHERE op_id > ? ORDER BY op_id")) {
                ps.setLong(1, afterOpId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!batch.offer(SyncJournal.op(rs, json))) {
                            break;
                        }
                    }
                }
            }
            return batch.ops();
        }));
    }

    @Override
    public void recordPushResults(List<PushOutcome> outcomes) {
        long now = wall.millis();
        int[] tally = new int[3];
        store.write(tx -> tx.jdbc(c -> {
            deferForeignKeys(c);
            SyncJournal journal = new SyncJournal(c);
            SyncRows rows = new SyncRows(c);
            try (SyncJournal.OpRemover remover = journal.opRemover()) {
                for (PushOutcome o : outcomes) {
                    PushOp op = o.op();
                    Optional<SyncJournal.RemovedOp> removed = remover.remove(op.opId());
                    if (removed.isEmpty()) {
                        continue; // answered before (a replay): already recorded
                    }
                    OpResult r = o.result();
                    switch (r.effectiveStatus()) {
                        case APPLIED -> tally[0]++;
                        case REJECTED -> {
                            journal.addRejection(op, removed.get().payload(), r.reason(), now);
                            tally[1]++;
                        }
                        case CONFLICT -> {
                            recordConflict(journal, op, r.conflict(), removed.get(), now);
                            // The record's other ops still in the outbox (the answered ones have left it).
                            takeConflictState(rows, r.conflict().server(), pendingFieldsByOp(c, op));
                            tally[2]++;
                        }
                        case DUPLICATE -> throw new IllegalStateException("a duplicate names its original status");
                    }
                    if (o == outcomes.getFirst()) {
                        crash.reached("syncstore.push.afterFirstAnswer");
                    }
                }
                crash.reached("syncstore.push.beforeCommit");
                return null;
            } finally {
                rows.close();
            }
        }));
        LOG.info("Push answers recorded: {} applied, {} rejected, {} conflicts", tally[0], tally[1], tally[2]);
    }

    private void recordConflict(SyncJournal journal, PushOp op, Conflict conflict, SyncJournal.RemovedOp removed,
            long now) throws SQLException {
        RecordState server = conflict.server();
        String theirsBy = server.updatedBy();
        Long theirsAt = server.updatedAt();
        if (!conflict.fields().isEmpty()) {
            FieldConflict first = conflict.fields().getFirst();
            theirsBy = first.theirsBy();
            theirsAt = first.theirsAt();
        }
        String before = removed.before() == null || removed.before().isEmpty() ? null : removed.before();
        journal.addConflict(op, removed.payload(), conflict.kind().name(), before, text(conflict), server.version(),
                theirsBy, theirsAt, now);
    }

    /**
     * The row takes the conflict's server state (an equal version too: it may still show the values of the
     * op that conflicted), except the fields that other pending ops change.
     */
    private void takeConflictState(SyncRows rows, RecordState server, Map<Long, Set<String>> otherOps)
            throws SQLException {
        SyncTables.Table t = tables.table(server.entityType()).orElse(null);
        if (t == null) {
            return;
        }
        LocalRow local = rows.read(t, server.id());
        if (local == null || (local.serverVersion() != null && server.version() < local.serverVersion())) {
            return;
        }
        try {
            if (otherOps == null || otherOps.isEmpty()) {
                rows.upsertServerState(t, server);
            } else {
                rows.mergeServerState(t, local, server, union(otherOps));
            }
        } catch (SQLException e) {
            if (!SqlValues.refusedRow(e)) {
                throw e;
            }
            LOG.warn("Conflict state of a {} row refused by the schema (code {}); the row keeps its values",
                    t.name(), e.getErrorCode());
        }
    }

    // ---- pull

    @Override
    public Set<String> knownScopes() {
        // Only scopes that data came from the server for: local-only data (demo, generated) never counts.
        List<String> scopes = store.read(tx -> tx.jdbc(c -> new SyncJournal(c).cursorScopes()));
        return new TreeSet<>(scopes);
    }

    @Override
    public Set<String> borrowedScopes() {
        long now = wall.millis();
        return store.read(tx -> tx.jdbc(c -> {
            Set<String> scopes = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT scope FROM emergency_opening WHERE purged_at IS NULL AND expires_at > ?")) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        scopes.add(rs.getString(1));
                    }
                }
            }
            return scopes;
        }));
    }

    /**
     * A first pull into an empty store (a new workstation) does not keep the synced tables' indexes up to date record
     * by record: they are dropped here and made again, each in one pass, when the pull ends (decision 0056).
     */
    @Override
    public void pullStarting() {
        int deferred = store.write(tx -> tx.jdbc(c -> new DeferredIndexes(c, tables).deferIfEmpty()));
        firstPull = deferred > 0;
        if (deferred > 0) {
            LOG.info("First pull into an empty store: {} indexes are made at its end", deferred);
            crash.reached("syncstore.firstPull.indexesDeferred");
        }
    }

    @Override
    public void pullEnded() {
        try {
            endFirstPullTransaction(true);
        } finally {
            firstPull = false;
            restoreDeferredIndexes();
        }
    }

    /**
     * Makes again the indexes a first pull deferred, if any: at the end of that pull, and when the workstation
     * opens (a pull killed half-way left them listed). One transaction.
     */
    public void restoreDeferredIndexes() {
        long start = System.nanoTime();
        int made = store.write(tx -> tx.jdbc(c -> {
            DeferredIndexes deferred = new DeferredIndexes(c, tables);
            if (!deferred.any()) {
                return 0;
            }
            crash.reached("syncstore.firstPull.beforeIndexes");
            return deferred.restore();
        }));
        if (made > 0) {
            LOG.info("{} indexes deferred by a first pull made in {} ms", made, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Whether a first pull is filling the store right now (its indexes are not there yet). */
    public boolean indexesDeferred() {
        return store.read(tx -> tx.jdbc(c -> new DeferredIndexes(c, tables).any()));
    }

    @Override
    public String cursor(String scope) {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).cursor(scope)));
    }

    @Override
    public void applyPulled(String scope, List<RecordState> records, String cursor) {
        records.stream().map(RecordState::hlc).max(String::compareTo).ifPresent(clock::observe);
        long now = wall.millis();
        Function<StoreTx, PullApplier.Tally> work = tx -> tx.jdbc(c -> {
            deferForeignKeys(c);
            SyncJournal journal = new SyncJournal(c);
            SyncRows rows = new SyncRows(c);
            try {
                PullApplier applier = new PullApplier(tables, rows, journal, pendingFields(c), json, now);
                applier.apply(scope, records);
                crash.reached("syncstore.pull.afterRecords");
                journal.saveCursor(scope, cursor, now);
                journal.advanceClock(clock.lastWall(), clock.lastCounter());
                crash.reached("syncstore.pull.beforeCommit");
                return applier.tally();
            } finally {
                rows.close();
            }
        });
        PullApplier.Tally tally = firstPull ? applyInFirstPull(work, records.size()) : store.write(work);
        LOG.info("Pulled {} records of scope {}: {} stored, {} parked, {} of unknown types skipped, {} unknown fields",
                records.size(), scope, tally.stored(), tally.parked(), tally.unknownTypes(), tally.unknownFields());
    }

    /**
     * A first pull's page set, in the transaction its sets share until they hold {@link #firstPullRecordsPerCommit}
     * records or the pull ends (decision 0057). A set that fails rolls back the sets not yet committed with it: the
     * stored cursor is that of the last commit, and the next sync asks for them again.
     */
    private PullApplier.Tally applyInFirstPull(Function<StoreTx, PullApplier.Tally> work, int records) {
        if (firstPullOpen == null) {
            firstPullOpen = store.openWrite();
        }
        PullApplier.Tally tally;
        try {
            tally = firstPullOpen.run(work);
            firstPullUncommitted += records;
        } catch (RuntimeException e) {
            endFirstPullTransaction(false);
            throw e;
        }
        if (firstPullUncommitted >= firstPullRecordsPerCommit) {
            endFirstPullTransaction(true);
        }
        return tally;
    }

    /** Commits (or rolls back) the sets a first pull applied since its last commit, if any. */
    private void endFirstPullTransaction(boolean commit) {
        LocalStore.OpenWrite open = firstPullOpen;
        firstPullOpen = null;
        firstPullUncommitted = 0;
        if (open == null) {
            return;
        }
        try (open) {
            if (commit) {
                open.commit();
            }
        }
    }

    // ---- scope revocation

    @Override
    public PurgeReport purgeScope(String scope) {
        long now = wall.millis();
        PurgeReport report = store.write(tx -> tx.jdbc(c -> {
            deferForeignKeys(c);
            SyncJournal journal = new SyncJournal(c);
            SyncRows rows = new SyncRows(c);
            List<PushOp> pending = journal.pendingOps(scope, json);
            int purged = 0;
            for (SyncTables.Table t : tables.all()) {
                purged += rows.deleteScope(t, scope);
            }
            crash.reached("syncstore.purge.afterRows");
            journal.forgetScope(scope, now);
            int dangling = removeDanglingRows(c, journal);
            if (dangling > 0) {
                LOG.warn("{} rows of other scopes referred to purged records; removed, their scopes pull again", dangling);
            }
            List<Map<String, Object>> summary = new ArrayList<>();
            for (PushOp op : pending) {
                summary.add(Map.of("opId", op.opId(), "entityType", op.entityType(), "entityId", op.entityId().toString(),
                        "kind", op.kind().name()));
            }
            journal.addPurge(scope, now, purged, text(summary));
            crash.reached("syncstore.purge.beforeCommit");
            return new PurgeReport(scope, purged, pending);
        }));
        LOG.info("Scope {} purged: {} records, {} pending changes kept for the user to see", scope,
                report.recordsPurged(), report.pendingOps().size());
        return report;
    }

    /** Rows left pointing at rows that are gone go too; their scopes lose their cursor and pull again. */
    private int removeDanglingRows(Connection c, SyncJournal journal) throws SQLException {
        int removed = 0;
        for (int round = 0; round < 20; round++) {
            List<String[]> violations = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    violations.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (violations.isEmpty()) {
                return removed;
            }
            for (String[] v : violations) {
                if (tables.table(v[0]).isEmpty()) {
                    throw new SQLException("a local-only row refers to a purged record: " + v[0]);
                }
                String q = SyncRows.quote(v[0]);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + q + " WHERE rowid = ? RETURNING scope")) {
                    ps.setLong(1, Long.parseLong(v[1]));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            removed++;
                            try (PreparedStatement d = c.prepareStatement("DELETE FROM sync_cursor WHERE scope = ?")) {
                                d.setString(1, rs.getString(1));
                                d.executeUpdate();
                            }
                        }
                    }
                }
            }
        }
        throw new SQLException("dangling references did not settle");
    }

    // ---- attachments

    @Override
    public List<BlobUpload> pendingBlobUploads() {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).pendingBlobs())).stream()
                .map(b -> new BlobUpload(b.scope(), b.sha256(), b.size(), () -> blobs.open(b.sha256()))).toList();
    }

    @Override
    public void blobUploaded(BlobUpload blob) {
        setBlobState(blob, "UPLOADED", null);
    }

    @Override
    public void blobUploadFailed(BlobUpload blob, String reason) {
        setBlobState(blob, "FAILED", reason == null ? "unknown" : reason.substring(0, Math.min(200, reason.length())));
    }

    private void setBlobState(BlobUpload blob, String state, String reason) {
        long now = wall.millis();
        store.write(tx -> tx.jdbc(c -> {
            new SyncJournal(c).setBlobState(blob.scope(), blob.sha256(), state, reason, now);
            crash.reached("syncstore.blob.beforeCommit");
            return null;
        }));
    }

    /** Registers an attachment to send before the change that adds it; in that change's transaction. */
    public void registerBlobUpload(StoreTx tx, String scope, String sha256, long size) {
        long now = wall.millis();
        tx.jdbc(c -> {
            new SyncJournal(c).registerBlob(scope, sha256, size, now);
            return null;
        });
    }

    // ---- what the sync use cases read and write

    public SyncCounts counts() {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).counts()));
    }

    /** Remembers how a sync ended ({@code outcome} a short code; {@code reportJson} counts, or null). */
    public void recordOutcome(boolean success, String outcome, String reportJson) {
        long now = wall.millis();
        store.write(tx -> tx.jdbc(c -> {
            new SyncJournal(c).recordOutcome(now, success, outcome, reportJson);
            return null;
        }));
    }

    public List<StoredConflict> conflicts(StoredConflict.Status status, int limit) {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).conflicts(status, limit)));
    }

    public Optional<StoredConflict> conflict(long id) {
        return Optional.ofNullable(store.read(tx -> tx.jdbc(c -> new SyncJournal(c).conflict(id))));
    }

    public Optional<StoredConflict> conflict(StoreTx tx, long id) {
        return Optional.ofNullable(tx.jdbc(c -> new SyncJournal(c).conflict(id)));
    }

    public boolean markResolved(StoreTx tx, long conflictId, String userId, String resolutionJson, Long opId) {
        long now = wall.millis();
        return tx.jdbc(c -> new SyncJournal(c).resolveConflict(conflictId, userId, now, resolutionJson, opId));
    }

    public List<StoredRejection> rejections(int limit) {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).rejections(false, limit)));
    }

    public boolean dismissRejection(long opId, String userId) {
        long now = wall.millis();
        return store.write(tx -> tx.jdbc(c -> new SyncJournal(c).dismissRejection(opId, userId, now)));
    }

    public List<StoredPurge> purges(int limit) {
        return store.read(tx -> tx.jdbc(c -> new SyncJournal(c).purges(limit)));
    }

    public boolean dismissPurge(long id, String userId) {
        long now = wall.millis();
        return store.write(tx -> tx.jdbc(c -> new SyncJournal(c).dismissPurge(id, userId, now)));
    }

    /** The row of a synced record, as stored now. */
    public Optional<LocalRow> row(String entityType, UUID id) {
        return store.read(tx -> row(tx, entityType, id));
    }

    public Optional<LocalRow> row(StoreTx tx, String entityType, UUID id) {
        Optional<SyncTables.Table> t = tables.table(entityType);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tx.jdbc(c -> new SyncRows(c).read(t.get(), id)));
    }

    /**
     * Writes a change made here (a conflict resolved) to a row: new field values and tombstone, stamped
     * with {@code hlc}; bumps its row version. The caller records the outbox entry in the same transaction.
     *
     * @throws RefusedValueException when the schema refuses a value (type, constraint)
     */
    public void writeLocalChange(StoreTx tx, LocalRow row, Map<String, JsonNode> fields, String hlc,
            TombstoneChange tombstone, Long deletedAt) {
        SyncTables.Table t = tables.table(row.entityType()).orElseThrow(() -> new IllegalArgumentException("not synced"));
        for (String f : fields.keySet()) {
            if (t.column(f).isEmpty()) {
                throw new IllegalArgumentException("no such field");
            }
        }
        tx.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SAVEPOINT local_change");
            }
            try {
                new SyncRows(c).writeLocal(t, row, fields, hlc, tombstone, deletedAt);
            } catch (SQLException e) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK TO local_change");
                }
                if (SqlValues.refusedRow(e)) {
                    throw new RefusedValueException("value refused by the schema", e);
                }
                throw e;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("RELEASE local_change");
                }
            }
            return null;
        });
    }

    // ---- plumbing

    private static void deferForeignKeys(Connection c) throws SQLException {
        // Records of a page set arrive in any order: children may come before their parents.
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    /** The fields each record's pending ops change (the delete's tombstone time is not a field). */
    private Map<String, Set<String>> pendingFields(Connection c) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        pendingFieldsByOp(c).forEach((id, ops) -> out.put(id, union(ops)));
        return out;
    }

    private Map<String, Map<Long, Set<String>>> pendingFieldsByOp(Connection c) throws SQLException {
        Map<String, Map<Long, Set<String>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT op_id, entity_id, kind, payload FROM outbox");
                ResultSet rs = ps.executeQuery()) {
            addPendingFields(rs, out);
        }
        return out;
    }

    /** The same, for the record {@code op} changes only (the outbox may hold many more); null when it has none. */
    private Map<Long, Set<String>> pendingFieldsByOp(Connection c, PushOp op) throws SQLException {
        Map<String, Map<Long, Set<String>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT op_id, entity_id, kind, payload FROM outbox
                WHERE entity_type = ? AND entity_id = ? ORDER BY op_id""")) {
            ps.setString(1, op.entityType());
            ps.setString(2, op.entityId().toString());
            try (ResultSet rs = ps.executeQuery()) {
                addPendingFields(rs, out);
            }
        }
        return out.get(op.entityId().toString());
    }

    private void addPendingFields(ResultSet rs, Map<String, Map<Long, Set<String>>> out) throws SQLException {
        while (rs.next()) {
            Set<String> fields = new HashSet<>();
            if (!ChangeKind.DELETE.name().equals(rs.getString(3))) {
                for (Iterator<String> it = tree(rs.getString(4)).fieldNames(); it.hasNext();) {
                    String f = it.next();
                    if (!SyncTables.META.contains(f)) {
                        fields.add(f);
                    }
                }
            }
            out.computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>()).put(rs.getLong(1), fields);
        }
    }

    private static Set<String> union(Map<Long, Set<String>> ops) {
        Set<String> all = new HashSet<>();
        ops.values().forEach(all::addAll);
        return all;
    }

    private JsonNode tree(String text) {
        return StoredJson.tree(json, text, "stored JSON");
    }

    private String text(Object value) {
        return StoredJson.write(json, value, "record");
    }
}
