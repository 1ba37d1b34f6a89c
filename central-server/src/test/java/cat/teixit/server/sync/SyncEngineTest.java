package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.testing.TestServer;
import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncCancelledException;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncPhase;
import cat.teixit.sync.client.SyncProgress;
import cat.teixit.sync.client.SyncReport;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.ArmableCrashPoints;
import cat.teixit.sync.client.testing.RecordingTransport;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.PushOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyncEngineTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerSettings.defaults().withAccessTokenTtl(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<String> syncLabels() {
        return CrashPoints.LABELS.stream().filter(l -> !l.startsWith("download."));
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A crash at each labelled step (the in-process stand-in for kill -9 there: the store commits or
     * rolls back whole transactions, so it is left exactly as a killed process would leave it), then a
     * plain sync: nothing lost, nothing applied twice, the attachment committed, the store quiet.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("syncLabels")
    void aCrashAtAnyStepResumesWithNoLossAndNoDuplicate(String label, @TempDir Path dir) throws Exception {
        String device = "crash-" + label.replace('.', '-');
        ArmableCrashPoints crash = new ArmableCrashPoints();
        String scope = "CR" + Math.abs(label.hashCode() % 100000);
        server.directory().grantScope("laia", scope, true);
        server.directory().grantScope("jordi", scope, true);
        try (Replica laia = TestServer.replica(dir, server.url(), "laia", device, new SyncEngineConfig(3, 2, 1, 1 << 22),
                crash); Replica jordi = server.replica(dir, "jordi", device + "-j")) {
            // Something to pull, something to push, an attachment, and a scope to purge.
            jordi.store.create("person", scope, Map.of("name", "from jordi"));
            jordi.sync();
            List<UUID> mine = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                mine.add(laia.store.create("person", scope, Map.of("name", "n" + i)));
            }
            laia.store.patch(mine.getFirst(), Map.of("phone", "600"));
            String sha = laia.store.attach(scope, Files.write(dir.resolve("a.bin"), new byte[1500]));
            laia.store.applyPulled("GONE", List.of(), "0.0");

            crash.arm(label, 1);
            try {
                laia.sync();
            } catch (ArmableCrashPoints.SimulatedCrash expected) {
                // Resumed below.
            }
            crash.disarm();
            laia.sync();

            assertThat(laia.store.pendingCount()).isZero();
            assertThat(laia.store.rows().values().stream().filter(r -> r.scope().equals(scope))).hasSize(8);
            assertThat(laia.store.knownScopes()).doesNotContain("GONE");
            assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isEqualTo(8);
            assertThat(count("SELECT count(*) FROM change WHERE device_id = ?", device)).isEqualTo(8);
            assertThat(count("SELECT version FROM record WHERE id = ?", mine.getFirst())).isEqualTo(2);
            assertThat(laia.transport.blobStatus(scope, sha).state()).isEqualTo(BlobStatus.State.COMMITTED);
            assertThat(laia.store.blobState(scope, sha)).isEqualTo("uploaded");
        }
    }

    @Test
    void aRevokedScopeIsPurgedAndItsPendingEditsAreShownAsRejections(@TempDir Path dir) throws Exception {
        server.directory().grantScope("jordi", "SHARED", true);
        try (Replica jordi = server.replica(dir, "jordi", "dev-revoke")) {
            UUID keep = jordi.store.create("person", "GIR-N", Map.of("name", "stays"));
            UUID lost = jordi.store.create("person", "SHARED", Map.of("name", "goes"));
            jordi.sync();
            jordi.store.patch(lost, Map.of("notes", "typed offline"));
            server.directory().revokeScope("jordi", "SHARED");

            SyncReport report = jordi.sync();

            assertThat(report.purges()).singleElement().satisfies(p -> {
                assertThat(p.scope()).isEqualTo("SHARED");
                assertThat(p.recordsPurged()).isEqualTo(1);
                assertThat(p.pendingOps()).singleElement().satisfies(op -> assertThat(op.entityId()).isEqualTo(lost));
            });
            assertThat(jordi.store.rows()).containsOnlyKeys(keep);
            assertThat(jordi.store.rejections()).singleElement().satisfies(r -> {
                assertThat(r.entityId()).isEqualTo(lost);
                assertThat(r.reason()).isEqualTo("forbidden_scope");
            });
            assertThat(jordi.store.pendingCount()).isZero();
        }
    }

    @Test
    void progressIsReportedPhaseByPhaseAndASyncCanBeCancelledAndResumed(@TempDir Path dir) {
        try (Replica laia = server.replica(dir, "laia", "dev-progress")) {
            for (int i = 0; i < 5; i++) {
                laia.store.create("person", "GIR-N", Map.of("name", "p" + i));
            }
            CancellationToken cancel = new CancellationToken();
            List<SyncPhase> phases = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> laia.engine.syncOnce(p -> {
                phases.add(p.phase());
                if (p.phase() == SyncPhase.PULL) {
                    cancel.cancel();
                }
            }, cancel)).isInstanceOf(SyncCancelledException.class);
            assertThat(phases).startsWith(SyncPhase.SESSION).contains(SyncPhase.PUSH).endsWith(SyncPhase.PULL);
            assertThat(laia.store.pendingCount()).isZero();

            // The next sync needs nothing from the caller to forget the cancelled one.
            List<SyncProgress> seen = new CopyOnWriteArrayList<>();
            SyncReport report = laia.engine.syncOnce(seen::add, new CancellationToken());
            assertThat(seen.getLast().phase()).isEqualTo(SyncPhase.DONE);
            assertThat(report.recordsPulled()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithoutTheUser(@TempDir Path dir) throws Exception {
        try (Replica laia = server.replica(dir, "laia", "dev-refresh")) {
            laia.sync();
            Thread.sleep(2100);
            laia.store.create("person", "GIR-N", Map.of("name", "after expiry"));
            laia.sync();
            assertThat(count("SELECT count(*) FROM audit WHERE endpoint = '/auth/refresh' AND status = 200"))
                    .isPositive();
            assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = 'dev-refresh'")).isEqualTo(1);
        }
    }

    /**
     * The push keeps the network busy: the next request leaves while the answers to the previous one are recorded
     * (the first "recorded" step waits up to 10 s for the second request to start: sequential pushing never lets it).
     * Requests still hold whole user transactions: three of 3, 3 and 2 ops with room for 4 go as 3, 3 and 2.
     */
    @Test
    void theNextPushTravelsWhileTheLastAnswersAreRecordedAndTransactionsStayWhole(@TempDir Path dir) throws Exception {
        CountDownLatch twoSent = new CountDownLatch(2);
        AtomicBoolean firstAck = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        CrashPoints watch = label -> {
            if (label.equals("push.beforeSend")) {
                twoSent.countDown();
            } else if (label.equals("push.afterAck") && !firstAck.getAndSet(true)) {
                try {
                    overlapped.set(twoSent.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        java.util.concurrent.ConcurrentSkipListMap<Long, List<UUID>> byFirstOp = new java.util.concurrent.ConcurrentSkipListMap<>();
        server.directory().grantScope("laia", "AHEAD", true);
        SqliteSyncStore store = new SqliteSyncStore(dir.resolve("dev-ahead.db"), "dev-ahead");
        HttpSyncTransport http = TestServer.transport(server.url(), "laia", "dev-ahead");
        RecordingTransport recording = new RecordingTransport(http,
                (device, sent, results) -> byFirstOp.put(sent.getFirst().opId(), sent.stream().map(PushOp::txId).toList()));
        try (Replica laia = new Replica(store, http, new SyncEngine(recording, store,
                new SyncEngineConfig(4, 500, 20, 1 << 22), watch))) {
            List<UUID> txs = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            int[] sizes = {3, 3, 2};
            for (int t = 0; t < txs.size(); t++) {
                for (int i = 0; i < sizes[t]; i++) {
                    laia.store.create(txs.get(t), UUID.randomUUID(), "person", "AHEAD",
                            Map.of("name", "t" + t + "-" + i));
                }
            }
            SyncReport report = laia.sync();
            List<List<UUID>> requests = List.copyOf(byFirstOp.values());

            assertThat(overlapped).as("the second request left before the first answers were recorded").isTrue();
            assertThat(requests).hasSize(3);
            for (int t = 0; t < txs.size(); t++) {
                assertThat(requests.get(t)).hasSize(sizes[t]).containsOnly(txs.get(t));
            }
            assertThat(report.applied()).isEqualTo(8);
            assertThat(laia.store.pendingCount()).isZero();
            assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = 'dev-ahead'")).isEqualTo(8);
        }
    }

    /**
     * Two requests are on their way at once (decision 0049). When the first comes so late that the server refuses the
     * second for the gap (it waits {@code PushService.GAP_WAIT} for it; an older server does not wait at all), the
     * second is sent again once the first is answered, and everything is applied once, in order.
     */
    @Test
    void aRequestRefusedForOvertakingTheOneBeforeIsSentAgainAfterIt(@TempDir Path dir) throws Exception {
        server.directory().grantScope("laia", "LATE", true);
        SqliteSyncStore store = new SqliteSyncStore(dir.resolve("dev-late.db"), "dev-late");
        HttpSyncTransport http = TestServer.transport(server.url(), "laia", "dev-late");
        java.util.concurrent.atomic.AtomicInteger pushes = new java.util.concurrent.atomic.AtomicInteger();
        List<String> refused = new CopyOnWriteArrayList<>();
        cat.teixit.sync.client.SyncTransport lateFirst = new cat.teixit.sync.client.testing.ForwardingTransport(http) {
            @Override
            public cat.teixit.sync.protocol.Responses.Push push(cat.teixit.sync.protocol.Requests.Push request) {
                if (request.ops().getFirst().opId() == 1 && pushes.incrementAndGet() == 1) {
                    try {
                        Thread.sleep(PushService.GAP_WAIT.toMillis() + 1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                try {
                    return delegate.push(request);
                } catch (cat.teixit.sync.client.SyncServerException e) {
                    refused.add(e.code() + " " + request.ops().getFirst().opId());
                    throw e;
                }
            }
        };
        try (Replica laia = new Replica(store, http, new SyncEngine(lateFirst, store,
                new SyncEngineConfig(2, 500, 20, 1 << 22), CrashPoints.NONE))) {
            for (int i = 0; i < 6; i++) {
                laia.store.create(UUID.randomUUID(), UUID.randomUUID(), "person", "LATE", Map.of("name", "p" + i));
            }
            SyncReport report = laia.sync();

            assertThat(refused).containsExactly("op_gap 3");
            assertThat(report.applied()).isEqualTo(6);
            assertThat(report.duplicates()).isZero();
            assertThat(laia.store.pendingCount()).isZero();
            assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = 'dev-late'")).isEqualTo(6);
            assertThat(count("SELECT last_op_id FROM device WHERE id = 'dev-late'")).isEqualTo(6);
        }
    }
}
