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
import cat.teixit.sync.client.testing.SqliteSyncStore;
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
import java.util.stream.LongStream;

/**
 * Several workstations (SQLite reference stores) on one scope of the test server, driven at random by
 * a seed: offline creates, patches and deletes, syncs that may crash at a labelled step, pulls while
 * edits wait; then conflicts resolved at random and everyone synced until quiet; then the checks that
 * every replica equals the server and every op was answered consistently and applied at most once.
 * Not thread-safe: one per test.
 */
public final class Cluster implements AutoCloseable {

    private static final List<String> USERS = List.of("laia", "jordi", "montse", "admin");
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

    /** {@code replicas} workstations reaching the server at {@code url} (the server or a proxy). */
    public Cluster(TestServer server, URI url, Path dir, long seed, int replicas, String scope) throws SQLException {
        this(server, url, dir, seed, replicas, scope, scope.toLowerCase(java.util.Locale.ROOT));
    }

    /** As above, with device ids starting with {@code devicePrefix} (two clusters may share a scope). */
    public Cluster(TestServer server, URI url, Path dir, long seed, int replicas, String scope, String devicePrefix)
            throws SQLException {
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
                    new SyncEngine(transport, recording, config, crash), crash));
        }
    }

    public List<Node> nodes() {
        return nodes;
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
                n.store().create(tx, id, "person", scope, randomFields(true));
                created.add(id);
            } else if (dice < 62) {
                patchSome(n);
            } else if (dice < 70) {
                UUID id = liveRecord(n);
                if (id != null) {
                    n.store().delete(id);
                }
            } else if (dice < 76) {
                try {
                    pullOnly(n);
                } catch (SyncException expected) {
                    // A fault on the way: the next pull starts again from the stored cursor.
                }
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
                n.store().patch(tx, id, randomFields(false));
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
        if (random.nextInt(8) == 0) {
            n.crash().arm(CrashPoints.LABELS.get(random.nextInt(CrashPoints.LABELS.size())), 1 + random.nextInt(2));
        }
        try {
            n.sync();
        } catch (ArmableCrashPoints.SimulatedCrash | SyncException expected) {
            // The next sync resumes.
        } finally {
            n.crash().disarm();
        }
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
                } else if (kind == ConflictKind.DELETED_ON_SERVER) {
                    Map<String, Object> mine = JSON.convertValue(c.mine(), Map.class);
                    n.store().patch(c.entityId(), mine.isEmpty() ? Map.of("status", "restored") : mine);
                } else if (kind == ConflictKind.EDITED_ON_SERVER && row.deletedAt() == null) {
                    n.store().delete(c.entityId());
                }
            }
            n.store().markResolved(c.id());
        }
        return !conflicts.isEmpty();
    }

    /** Every replica equals the server; every op of every device answered consistently and applied at most once. */
    public void assertConverged() throws Exception {
        Map<UUID, String> serverState = new HashMap<>();
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, version, fields::text, deleted_at IS NOT NULL FROM record WHERE scope = ?")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    serverState.put(rs.getObject(1, UUID.class),
                            describe(rs.getLong(2), JSON.readTree(rs.getString(3)), rs.getBoolean(4)));
                }
            }
        }
        for (Node n : nodes) {
            Map<UUID, String> local = new HashMap<>();
            n.store().rows().values().forEach(r -> local.put(r.id(),
                    describe(r.serverVersion() == null ? -1 : r.serverVersion(), r.fields(), r.deletedAt() != null)));
            Map<UUID, String> differences = new TreeMap<>();
            for (UUID id : union(local.keySet(), serverState.keySet())) {
                if (!java.util.Objects.equals(local.get(id), serverState.get(id))) {
                    differences.put(id, "local " + local.get(id) + " / server " + serverState.get(id));
                }
            }
            assertThat(differences).as("seed %d, replica %s differs from the server", seed, n.device()).isEmpty();
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

    private static String describe(long version, JsonNode fields, boolean deleted) {
        return "v" + version + (deleted ? " deleted " : " ")
                + JSON.valueToTree(new TreeMap<>(JSON.convertValue(fields, Map.class)));
    }

    @Override
    public void close() throws SQLException {
        for (Node n : nodes) {
            n.store().close();
            n.transport().close();
        }
        for (String user : USERS) {
            server.directory().revokeScope(user, scope);
        }
    }
}
