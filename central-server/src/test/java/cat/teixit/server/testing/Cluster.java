package cat.teixit.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncException;
import cat.teixit.sync.client.SyncProgressListener;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.ArmableCrashPoints;
import cat.teixit.sync.client.testing.RecordingStore;
import cat.teixit.sync.client.testing.RecordingTransport;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.client.testing.SyncModel;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Several workstations (SQLite reference stores) on one scope of the test server, driven at random by
 * a seed: offline creates, patches and deletes, syncs that may crash at a labelled step, pulls while
 * edits wait, and bursts where several workstations change one record and sync at the same time on
 * threads (so their pushes meet on the server); then conflicts resolved at random and everyone synced
 * until quiet; then the checks that every replica equals the server and the {@link SyncModel} (which
 * computes the expected state from the history with the protocol's rules), that every op was answered
 * consistently and applied at most once, and that each conflict the model predicts was kept once.
 * A failure writes the history to {@code target/convergence-histories/}. Not thread-safe: one per test.
 */
public final class Cluster implements AutoCloseable {

    private static final List<String> USERS = List.of("laia", "jordi", "montse", "pau");
    private static final List<String> FIELDS = List.of("name", "phone", "notes", "status", "visits");
    private static final ObjectMapper JSON = Json.strictMapper();

    /** One workstation. */
    public record Node(String device, SqliteSyncStore store, RecordingStore recording, HttpSyncTransport transport,
            SyncEngine engine, ArmableCrashPoints crash) {
        public void sync() {
            transport.resetCancellation();
            engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        }
    }

    private final TestServer server;
    private final String scope;
    private final long seed;
    private final SplittableRandom random;
    private final List<Node> nodes = new ArrayList<>();
    /** Every record a replica created, to check that each reached the server exactly once. */
    private final List<UUID> created = new ArrayList<>();
    private final SyncModel model;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    /**
     * Nodes whose last sync stopped (a fault, a crash) after it may have sent ops: until a sync ends, an op sent may
     * have been applied without this node knowing. The engine never pulls then (§6: the pull follows a push that got
     * every answer), so neither does the "pull only" step of this model.
     */
    private final java.util.Set<String> inDoubt = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code replicas} workstations reaching the server at {@code url} (the server or a proxy). */
    public Cluster(TestServer server, URI url, Path dir, long seed, int replicas, String scope) throws SQLException {
        this(server, url, dir, seed, replicas, scope, scope.toLowerCase(java.util.Locale.ROOT));
    }

    /** As above, with device ids starting with {@code devicePrefix} (two clusters may share a scope). */
    public Cluster(TestServer server, URI url, Path dir, long seed, int replicas, String scope, String devicePrefix)
            throws SQLException {
        this(server, url, dir, seed, replicas, scope, devicePrefix, new SyncModel());
    }

    /** As above, telling {@code model} its history: two clusters on one scope share one model. */
    public Cluster(TestServer server, URI url, Path dir, long seed, int replicas, String scope, String devicePrefix,
            SyncModel model) throws SQLException {
        this.model = model;
        this.server = server;
        this.scope = scope;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < replicas; i++) {
            String user = USERS.get(i % USERS.size());
            server.directory().grantScope(user, scope, true);
            String device = devicePrefix + "-" + i;
            SqliteSyncStore store = new SqliteSyncStore(dir.resolve(device + ".db"), device);
            RecordingStore recording = new RecordingStore(store);
            HttpSyncTransport transport = TestServer.transport(url, user, device);
            ArmableCrashPoints crash = new ArmableCrashPoints();
            SyncEngineConfig config = new SyncEngineConfig(1 + random.nextInt(40), 1 + random.nextInt(30),
                    1 + random.nextInt(3), 1 << 20);
            nodes.add(new Node(device, store, recording, transport,
                    new SyncEngine(new RecordingTransport(transport, model), recording, config, crash), crash));
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The model fed with this cluster's history. */
    public SyncModel model() {
        return model;
    }

    /** {@code actions} random steps on random nodes; failed syncs are expected (crashes, faults). */
    public void run(int actions) {
        for (int a = 0; a < actions; a++) {
            Node n = nodes.get(random.nextInt(nodes.size()));
            int dice = random.nextInt(100);
            if (dice < 30) {
                // Ids from the seed, so that a seed replays exactly.
                UUID tx = new UUID(random.nextLong(), random.nextLong());
                UUID id = new UUID(random.nextLong(), random.nextLong());
                Map<String, Object> fields = randomFields(true);
                n.store().create(tx, id, "person", scope, fields);
                model.intended(n.device(), id, ChangeKind.INSERT, fields);
                created.add(id);
            } else if (dice < 58) {
                patchSome(n);
            } else if (dice < 65) {
                UUID id = liveRecord(n);
                if (id != null) {
                    n.store().delete(id);
                    model.intended(n.device(), id, ChangeKind.DELETE, null);
                }
            } else if (dice < 71) {
                if (inDoubt.contains(n.device())) {
                    model.note(n.device() + " pull only skipped: its last sync stopped after sending");
                    continue;
                }
                try {
                    model.note(n.device() + " pull only");
                    pullOnly(n);
                } catch (SyncException expected) {
                    // A fault on the way: the next pull starts again from the stored cursor.
                }
            } else if (dice < 80 && nodes.size() > 1) {
                burst();
            } else {
                syncMaybeCrashing(n);
            }
        }
    }

    private Map<String, Object> randomFields(boolean insert) {
        Map<String, Object> f = new LinkedHashMap<>();
        int count = insert ? 2 + random.nextInt(3) : 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String name = FIELDS.get(random.nextInt(FIELDS.size()));
            f.put(name, name.equals("visits") ? (Object) random.nextInt(5) : "v" + random.nextInt(4));
        }
        return f;
    }

    private UUID liveRecord(Node n) {
        List<UUID> live = n.store().rows().values().stream().filter(r -> r.deletedAt() == null)
                .map(SqliteSyncStore.Row::id).toList();
        return live.isEmpty() ? null : live.get(random.nextInt(live.size()));
    }

    private void patchSome(Node n) {
        // Sometimes two records change in one user transaction: they are pushed together.
        UUID tx = new UUID(random.nextLong(), random.nextLong());
        int records = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < records; i++) {
            UUID id = liveRecord(n);
            if (id != null) {
                Map<String, Object> fields = randomFields(false);
                n.store().patch(tx, id, fields);
                model.intended(n.device(), id, ChangeKind.PATCH, fields);
            }
        }
    }

    /**
     * Two to four workstations change one record they all hold and sync at once, each on its own thread:
     * their pushes (and pulls) overlap on the server, which must serialise them per record.
     */
    private void burst() {
        List<Node> group = new ArrayList<>(nodes);
        int size = 2 + random.nextInt(Math.min(3, nodes.size() - 1));
        while (group.size() > size) {
            group.remove(random.nextInt(group.size()));
        }
        List<UUID> shared = null;
        for (Node n : group) {
            List<UUID> live = n.store().rows().values().stream().filter(r -> r.deletedAt() == null && r.serverVersion() != null)
                    .map(SqliteSyncStore.Row::id).toList();
            if (shared == null) {
                shared = new ArrayList<>(live);
            } else {
                shared.retainAll(live);
            }
        }
        if (shared != null && !shared.isEmpty()) {
            UUID id = shared.get(random.nextInt(shared.size()));
            for (Node n : group) {
                Map<String, Object> fields = randomFields(false);
                n.store().patch(new UUID(random.nextLong(), random.nextLong()), id, fields);
                model.intended(n.device(), id, ChangeKind.PATCH, fields);
            }
        }
        model.note("burst: " + group.stream().map(Node::device).toList() + " sync at once");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Node n : group) {
            if (random.nextInt(8) == 0) {
                String label = CrashPoints.LABELS.get(random.nextInt(CrashPoints.LABELS.size()));
                model.note(n.device() + " armed to crash at " + label);
                n.crash().arm(label, 1 + random.nextInt(2));
            }
            running.add(threads.submit(() -> {
                go.await();
                try {
                    sync(n);
                } catch (ArmableCrashPoints.SimulatedCrash | SyncException expected) {
                    // The next sync resumes.
                } finally {
                    n.crash().disarm();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : running) {
            try {
                f.get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError("seed " + seed + ": a concurrent sync failed", e);
            }
        }
    }

    /**
     * A pull while local edits wait in the outbox, as when the user edits during a sync (after its push,
     * before its pull): pending fields must survive it.
     */
    private void pullOnly(Node n) {
        boolean more = true;
        while (more) {
            var page = n.transport().pull(scope, n.store().cursor(scope), 1 + random.nextInt(7));
            n.store().applyPulled(scope, page.records(), page.cursor());
            more = page.hasMore();
        }
    }

    private void syncMaybeCrashing(Node n) {
        model.note(n.device() + " sync");
        if (random.nextInt(8) == 0) {
            String label = CrashPoints.LABELS.get(random.nextInt(CrashPoints.LABELS.size()));
            model.note(n.device() + " armed to crash at " + label);
            n.crash().arm(label, 1 + random.nextInt(2));
        }
        try {
            sync(n);
        } catch (ArmableCrashPoints.SimulatedCrash | SyncException expected) {
            // The next sync resumes.
        } finally {
            n.crash().disarm();
        }
    }

    /** A sync of {@code n}, which leaves it in doubt (see {@link #inDoubt}) until one ends. */
    private void sync(Node n) {
        inDoubt.add(n.device());
        n.sync();
        inDoubt.remove(n.device());
    }

    /** Resolves conflicts at random (mine or theirs) and syncs everyone until nothing moves. */
    public void settle() {
        for (int round = 0; round < 30; round++) {
            boolean busy = false;
            for (Node n : nodes) {
                busy |= resolveConflicts(n);
                n.sync();
            }
            for (Node n : nodes) {
                busy |= n.store().pendingCount() > 0 || !n.store().openConflicts().isEmpty();
            }
            if (!busy) {
                for (Node n : nodes) {
                    n.sync();
                }
                return;
            }
        }
        throw new AssertionError("seed " + seed + ": replicas did not settle");
    }

    private boolean resolveConflicts(Node n) {
        var conflicts = n.store().openConflicts();
        for (var c : conflicts) {
            SqliteSyncStore.Row row = n.store().row(c.entityId());
            boolean keepMine = random.nextBoolean();
            if (row != null && keepMine) {
                ConflictKind kind = c.conflict().kind();
                if (kind == ConflictKind.FIELDS && row.deletedAt() == null) {
                    Map<String, Object> mine = new HashMap<>();
                    for (FieldConflict f : c.conflict().fields()) {
                        mine.put(f.field(), JSON.convertValue(f.mine(), Object.class));
                    }
                    n.store().patch(c.entityId(), mine);
                    model.intended(n.device(), c.entityId(), ChangeKind.PATCH, mine);
                } else if (kind == ConflictKind.DELETED_ON_SERVER) {
                    Map<String, Object> mine = JSON.convertValue(c.mine(), Map.class);
                    Map<String, Object> restore = mine.isEmpty() ? Map.of("status", "restored") : mine;
                    n.store().patch(c.entityId(), restore);
                    model.intended(n.device(), c.entityId(), ChangeKind.PATCH, restore);
                } else if (kind == ConflictKind.EDITED_ON_SERVER && row.deletedAt() == null) {
                    n.store().delete(c.entityId());
                    model.intended(n.device(), c.entityId(), ChangeKind.DELETE, null);
                }
            }
            model.note(n.device() + " resolved conflict of op " + c.opId() + " " + c.conflict().kind() + ": "
                    + (keepMine ? "mine" : "theirs"));
            n.store().markResolved(c.id());
        }
        return !conflicts.isEmpty();
    }

    /**
     * Every replica equals the server and the model; every op of every device answered consistently and applied
     * at most once; every conflict the model predicts kept once on its device. A failure writes the history to
     * {@code target/convergence-histories/seed-N.txt} and names it.
     */
    public void assertConverged() throws Exception {
        try {
            checkConverged();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + saveHistory(), e);
        }
    }

    private String saveHistory() {
        return model.saveHistory(scope + "-seed-" + seed) + "; replay the driver with -Dteixit.convergence.firstSeed="
                + seed + " -Dteixit.convergence.seeds=1";
    }

    private void checkConverged() throws Exception {
        Map<UUID, String> expected = new TreeMap<>();
        model.expected().forEach((id, e) -> expected.put(id, e.describe()));
        Map<UUID, String> serverState = serverState(server, scope);
        assertThat(serverState).as("seed %d: the server equals the model", seed).isEqualTo(expected);
        for (Node n : nodes) {
            Map<UUID, String> local = new TreeMap<>();
            n.store().rows().values().forEach(r -> local.put(r.id(),
                    describe(r.serverVersion() == null ? -1 : r.serverVersion(), r.fields(), r.deletedAt() != null)));
            Map<UUID, String> differences = new TreeMap<>();
            for (UUID id : union(local.keySet(), serverState.keySet())) {
                if (!java.util.Objects.equals(local.get(id), serverState.get(id))) {
                    differences.put(id, "local " + local.get(id) + " / server " + serverState.get(id));
                }
            }
            assertThat(differences).as("seed %d, replica %s differs from the server", seed, n.device()).isEmpty();
            List<Long> kept = n.store().conflictOpIds();
            assertThat(kept).as("seed %d: conflicts kept by %s (once each, as the model predicts)", seed, n.device())
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(model.conflicts(n.device()));
            assertThat(n.store().rejections()).as("seed %d, rejections of %s", seed, n.device()).isEmpty();
            assertThat(n.store().pendingCount()).isZero();

            Map<Long, List<OpStatus>> acks = n.recording().acknowledgements();
            long lastOp = lastOpId(n.device());
            assertThat(acks.keySet()).as("seed %d: every op of %s answered", seed, n.device())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, lastOp).boxed().toList());
            acks.forEach((op, statuses) -> assertThat(statuses.stream().distinct().count())
                    .as("seed %d: op %d of %s answered consistently", seed, op, n.device()).isEqualTo(1));
        }
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM (SELECT device_id, op_id FROM change WHERE scope = ?
                GROUP BY device_id, op_id HAVING count(*) > 1) twice""")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("seed %d: ops applied more than once", seed).isZero();
            }
        }
    }

    /**
     * Each acknowledged op exists exactly once on the server: its answer is stored once, with the status the
     * replica recorded; each record a replica created is there, inserted by exactly one change.
     */
    public void assertEachAcknowledgedOpExistsOnce() throws Exception {
        for (Node n : nodes) {
            Map<Long, String> stored = new HashMap<>();
            try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT op_id, status FROM applied_op WHERE device_id = ?")) {
                ps.setString(1, n.device());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            n.recording().acknowledgements().forEach((op, statuses) -> assertThat(stored.get(op))
                    .as("seed %d: op %d of %s stored once with the status acknowledged", seed, op, n.device())
                    .isEqualTo(statuses.getFirst().name()));
        }
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM change WHERE record_id = ? AND version = 1")) {
            for (UUID id : created) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("seed %d: record %s inserted exactly once", seed, id).isEqualTo(1);
                }
            }
        }
    }

    private static java.util.Set<UUID> union(java.util.Set<UUID> a, java.util.Set<UUID> b) {
        java.util.Set<UUID> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private long lastOpId(String device) throws SQLException {
        try (Connection c = server.db().connection();
                PreparedStatement ps = c.prepareStatement("SELECT last_op_id FROM device WHERE id = ?")) {
            ps.setString(1, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Every record of {@code scope} on the server, described as {@link SyncModel.Expected#describe} does. */
    public static Map<UUID, String> serverState(TestServer server, String scope) throws Exception {
        Map<UUID, String> out = new TreeMap<>();
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, version, fields::text, deleted_at IS NOT NULL FROM record WHERE scope = ?")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class),
                            describe(rs.getLong(2), JSON.readTree(rs.getString(3)), rs.getBoolean(4)));
                }
            }
        }
        return out;
    }

    private static String describe(long version, JsonNode fields, boolean deleted) {
        return SyncModel.Expected.describe(version, fields, deleted);
    }

    @Override
    public void close() throws SQLException {
        threads.shutdownNow();
        for (Node n : nodes) {
            n.store().close();
            n.transport().close();
        }
        for (String user : USERS) {
            server.directory().revokeScope(user, scope);
        }
    }
}
