package cat.teixit.server.bench;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncPhase;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sync benchmarks on this machine, with the real server in-process on an embedded PostgreSQL and the
 * real client (OkHttp, SQLite reference store). Prints {@code BENCH <group> <metric> <value> <unit>}
 * lines. Usage: {@code SyncBench [pull|push|clients|all] [workDir]}; with {@code BENCH_TRACE=1} it also
 * names every pull page slower than 500 ms.
 */
public final class SyncBench {

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final long T0 = System.nanoTime();

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        try (TestServer server = new TestServer()) {
            if (which.equals("all") || which.equals("pull")) {
                initialPull(server, work, 100_000);
            }
            if (which.equals("all") || which.equals("push")) {
                push(server, work, 10_000);
            }
            if (which.equals("all") || which.equals("clients")) {
                concurrentClients(server, work, 50, 12);
            }
        }
        System.exit(0);
    }

    /** Fills {@code scope} with {@code n} records, 500 per transaction as pushes write them. */
    private static void seed(TestServer server, String scope, int n) throws Exception {
        try (Connection c = server.db().connection()) {
            c.setAutoCommit(false);
            long uid;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id FROM app_user WHERE username = 'laia'")) {
                rs.next();
                uid = rs.getLong(1);
            }
            try (PreparedStatement rec = c.prepareStatement("""
                    INSERT INTO record (id, entity_type, scope, version, fields, field_meta, hlc, created_by, updated_by,
                        updated_at)
                    SELECT gen_random_uuid(), 'person', ?, 1, jsonb_build_object('given_name', 'Nom' || g,
                        'family_name', 'Cognom' || g, 'birth_date', '1980-01-01', 'phone', '600' || g,
                        'street', 'Carrer Major ' || g, 'town', 'Girona', 'status', 'open', 'visits', g % 7,
                        'notes', repeat('nota ', 24)), '{}'::jsonb, '0000000000001-0000-bench', ?, ?, now()
                    FROM generate_series(?, ?) g RETURNING id""");
                    PreparedStatement ch = c.prepareStatement(
                            "INSERT INTO change (scope, xid, record_id, version) VALUES (?, pg_current_xact_id()::text::bigint, ?, 1)")) {
                for (int from = 1; from <= n; from += 500) {
                    rec.setString(1, scope);
                    rec.setLong(2, uid);
                    rec.setLong(3, uid);
                    rec.setInt(4, from);
                    rec.setInt(5, Math.min(n, from + 499));
                    try (ResultSet rs = rec.executeQuery()) {
                        while (rs.next()) {
                            ch.setString(1, scope);
                            ch.setObject(2, rs.getObject(1));
                            ch.addBatch();
                        }
                    }
                    ch.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static SyncEngine engine(HttpSyncTransport t, SqliteSyncStore store) {
        return new SyncEngine(t, store, new SyncEngineConfig(500, 1000, 20, 1 << 26), CrashPoints.NONE);
    }

    private static void initialPull(TestServer server, Path work, int n) throws Exception {
        // Warm-up: a long-running server and a workstation that has been open a while are JIT-compiled.
        server.directory().grantScope("laia", "WARM", true);
        seed(server, "WARM", 20_000);
        Path warmDb = work.resolve("warm.db");
        deleteDb(warmDb);
        try (SqliteSyncStore warm = new SqliteSyncStore(warmDb, "bench-warm")) {
            HttpSyncTransport wt = server.transport("laia", "bench-warm");
            engine(wt, warm).syncOnce(p -> { }, new CancellationToken());
            wt.close();
        }
        server.directory().revokeScope("laia", "WARM");
        server.directory().grantScope("laia", "BENCH", true);
        seed(server, "BENCH", n);
        Path db = work.resolve("pull.db");
        deleteDb(db);
        HttpSyncTransport t = server.transport("laia", "bench-pull");
        t.session();
        double syncSeconds;
        try (SqliteSyncStore store = new SqliteSyncStore(db, "bench-pull")) {
            long start = System.nanoTime();
            engine(t, store).syncOnce(p -> { }, new CancellationToken());
            syncSeconds = (System.nanoTime() - start) / 1e9;
            if (store.rows().size() != n) {
                throw new IllegalStateException("pulled " + store.rows().size() + " of " + n);
            }
        }

        // The floor: the same rows decoded from JSON and batch-inserted into SQLite with plain JDBC.
        List<byte[]> pages = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        long fetchStart = System.nanoTime();
        while (more) {
            Responses.Pull page = t.pull("BENCH", cursor, 1000);
            pages.add(JSON.writeValueAsBytes(page));
            cursor = page.cursor();
            more = page.hasMore();
        }
        System.err.printf("# fetch and decode only: %.2f s%n", (System.nanoTime() - fetchStart) / 1e9);
        Path applyDb = work.resolve("apply.db");
        deleteDb(applyDb);
        try (SqliteSyncStore store = new SqliteSyncStore(applyDb, "bench-apply")) {
            long applyStart = System.nanoTime();
            for (byte[] bytes : pages) {
                Responses.Pull page = JSON.readValue(bytes, Responses.Pull.class);
                store.applyPulled("BENCH", page.records(), page.cursor());
            }
            System.err.printf("# decode and apply only: %.2f s%n", (System.nanoTime() - applyStart) / 1e9);
        }
        Path rawDb = work.resolve("raw.db");
        deleteDb(rawDb);
        long rawStart = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rawDb.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("""
                        CREATE TABLE rec (id TEXT PRIMARY KEY, entity_type TEXT NOT NULL, scope TEXT NOT NULL,
                            server_version INTEGER, fields TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at INTEGER) STRICT""");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (byte[] bytes : pages) {
                    Responses.Pull page = JSON.readValue(bytes, Responses.Pull.class);
                    for (RecordState r : page.records()) {
                        ps.setString(1, r.id().toString());
                        ps.setString(2, r.entityType());
                        ps.setString(3, r.scope());
                        ps.setLong(4, r.version());
                        ps.setString(5, JSON.writeValueAsString(r.fields()));
                        ps.setString(6, r.hlc());
                        ps.setObject(7, r.deletedAt());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
        }
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        t.close();
        System.out.printf("BENCH sync initial_pull_100k_s %.2f s%n", syncSeconds);
        System.out.printf("BENCH sync initial_pull_ratio_to_raw %.2f ratio%n", rawSeconds / syncSeconds);
    }

    private static void push(TestServer server, Path work, int n) throws Exception {
        Path db = work.resolve("push.db");
        deleteDb(db);
        HttpSyncTransport t = server.transport("jordi", "bench-push");
        t.session();
        try (SqliteSyncStore store = new SqliteSyncStore(db, "bench-push")) {
            for (int i = 0; i < n; i++) {
                store.create("person", "GIR-N", Map.of("given_name", "Nom" + i, "family_name", "Cognom" + i,
                        "phone", "600" + i, "town", "Girona", "notes", "nota ".repeat(24)));
            }
            long[] pushEnd = {0};
            long start = System.nanoTime();
            engine(t, store).syncOnce(p -> {
                if (p.phase() == SyncPhase.PULL && pushEnd[0] == 0) {
                    pushEnd[0] = System.nanoTime();
                }
            }, new CancellationToken());
            if (store.pendingCount() != 0) {
                throw new IllegalStateException("ops left unpushed");
            }
            System.out.printf("BENCH sync push_10k_s %.2f s%n", (pushEnd[0] - start) / 1e9);
        }
        t.close();
    }

    /** Times every pull page a sync makes; the rest goes straight through. */
    private static final class TimedTransport implements SyncTransport {
        private final HttpSyncTransport delegate;
        private final List<Long> pullNanos;

        TimedTransport(HttpSyncTransport delegate, List<Long> pullNanos) {
            this.delegate = delegate;
            this.pullNanos = pullNanos;
        }

        @Override
        public Responses.Session session() {
            return delegate.session();
        }

        @Override
        public Responses.Push push(Requests.Push request) {
            return delegate.push(request);
        }

        @Override
        public Responses.Pull pull(String scope, String cursor, int limit) {
            long s = System.nanoTime();
            Responses.Pull page = delegate.pull(scope, cursor, limit);
            pullNanos.add(System.nanoTime() - s);
            if (System.getenv("BENCH_TRACE") != null && System.nanoTime() - s > 500_000_000L) {
                System.err.printf("# slow page %d ms at %d ms, %d records%n", (System.nanoTime() - s) / 1_000_000,
                        (s - T0) / 1_000_000, page.records().size());
            }
            return page;
        }

        @Override
        public BlobStatus blobStatus(String scope, String sha256) {
            return delegate.blobStatus(scope, sha256);
        }

        @Override
        public void putChunk(String scope, String sha256, long totalSize, int index, byte[] data, int length) {
            delegate.putChunk(scope, sha256, totalSize, index, data, length);
        }

        @Override
        public void commitBlob(String scope, String sha256, long size) {
            delegate.commitBlob(scope, sha256, size);
        }

        @Override
        public long downloadBlob(String scope, String sha256, Path target, long maxBytes) {
            return delegate.downloadBlob(scope, sha256, target, maxBytes);
        }

        @Override
        public void cancelAll() {
            delegate.cancelAll();
        }
    }

    /**
     * 50 workstations syncing at once, each in rounds: a few local creates and edits, then a full sync
     * (push, then pull everyone else's changes), then a pause of 1 to 3 s (real workstations sync every
     * few minutes). Every pull page is timed. Clients and server share this machine's two cores.
     */
    private static void concurrentClients(TestServer server, Path work, int clients, int rounds) throws Exception {
        // A quiet database (no autovacuum catching up with the bulk loads above), and a warm-up on the
        // same scope: the server has been running, the workstations too.
        try (Connection c = server.db().connection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            s.execute("CHECKPOINT");
        }
        // A team of its own, so the clients pull only what they write to each other.
        server.directory().addTeam("LIVE", "EBASP Càrrega", "ABSS Proves");
        server.directory().addUser("carrega", "Usuari de càrrega", TestServer.PASSWORD.toCharArray(), "LIVE",
                List.of("SOCIAL_WORKER"));
        clients(server, work, "warm-", 8, 3, new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long failures = clients(server, work, "live-", clients, rounds, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        if (failures > 0) {
            System.err.println("# " + failures + " simulated clients failed");
        }
        System.err.printf("# %d clients x %d syncs (every 1-3 s) in %.1f s: %d pull pages, median %.1f ms%n", clients,
                rounds, seconds, sorted.size(), sorted.get(sorted.size() / 2) / 1e6);
        System.out.printf("BENCH server pull_p99_ms_50_clients %.1f ms%n", p99 / 1e6);
    }

    private static long clients(TestServer server, Path work, String prefix, int clients, int rounds,
            List<Long> latencies) throws Exception {
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String device = prefix + i;
                long seed = i;
                futures.add(pool.submit(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    Path db = work.resolve(device + ".db");
                    HttpSyncTransport t = server.transport("carrega", device);
                    try {
                        deleteDb(db);
                        try (SqliteSyncStore store = new SqliteSyncStore(db, device)) {
                            SyncEngine engine = new SyncEngine(new TimedTransport(t, latencies), store,
                                    new SyncEngineConfig(500, 500, 20, 1 << 20), CrashPoints.NONE);
                            List<java.util.UUID> mine = new ArrayList<>();
                            // Workstations do not start in the same millisecond.
                            Thread.sleep(random.nextInt(3000));
                            for (int r = 0; r < rounds; r++) {
                                for (int k = 0; k < 10; k++) {
                                    mine.add(store.create("person", "LIVE", Map.of("given_name", "Nom" + k,
                                            "family_name", "Cognom" + r, "notes", "nota ".repeat(24))));
                                }
                                for (int k = 0; k < 5; k++) {
                                    store.patch(mine.get(random.nextInt(mine.size())), Map.of("phone", "6" + k));
                                }
                                engine.syncOnce(p -> { }, new CancellationToken());
                                // A workstation syncs every few minutes; every 1 to 3 s here is a storm of them.
                                Thread.sleep(1000 + random.nextInt(2000));
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    } finally {
                        t.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return failures.get();
    }

    private static void deleteDb(Path db) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
