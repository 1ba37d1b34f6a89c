package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PushIdempotencyTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static ObjectNode fields(String k, String v) {
        return Json.strictMapper().createObjectNode().put(k, v);
    }

    private static PushOp insert(String device, long opId, UUID id, String name) {
        return new PushOp(opId, UUID.randomUUID(), "person", id, ChangeKind.INSERT, fields("name", name), null,
                "0000000000001-0000-" + device, "GIR-N");
    }

    private static PushOp patch(String device, long opId, UUID id, long base, String name) {
        return new PushOp(opId, UUID.randomUUID(), "person", id, ChangeKind.PATCH, fields("name", name), base,
                "0000000000002-0000-" + device, "GIR-N");
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

    @Test
    void replayedPushIsAnsweredDuplicateWithTheFirstAnswerAndAppliedOnce() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Requests.Push push = new Requests.Push(device, List.of(insert(device, 1, a, "A"), insert(device, 2, b, "B"),
                patch(device, 3, UUID.randomUUID(), 1, "nobody")));

        Responses.Push first = t.push(push);
        Responses.Push again = t.push(push);

        assertThat(first.results()).extracting(OpResult::status)
                .containsExactly(OpStatus.APPLIED, OpStatus.APPLIED, OpStatus.REJECTED);
        assertThat(again.results()).extracting(OpResult::status).containsOnly(OpStatus.DUPLICATE);
        assertThat(again.results()).extracting(OpResult::original)
                .containsExactly(OpStatus.APPLIED, OpStatus.APPLIED, OpStatus.REJECTED);
        assertThat(again.results().get(2).reason()).isEqualTo("not_found");
        assertThat(again.lastOpId()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM change WHERE device_id = ?", device)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM record WHERE id IN (?, ?)", a, b)).isEqualTo(2);
        t.close();
    }

    @Test
    void aPushOverlappingTheLastAppliedOpAppliesOnlyTheNewOnes() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        UUID a = UUID.randomUUID();
        PushOp first = insert(device, 1, a, "A");
        t.push(new Requests.Push(device, List.of(first)));

        Responses.Push r = t.push(new Requests.Push(device, List.of(first, patch(device, 2, a, 1, "A2"))));

        assertThat(r.results()).extracting(OpResult::status).containsExactly(OpStatus.DUPLICATE, OpStatus.APPLIED);
        assertThat(r.results().get(1).version()).isEqualTo(2);
        t.close();
    }

    @Test
    void aGapInOpIdsIsRefusedWithTheExpectedOpIdOnceNoEarlierRequestFillsIt() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        t.push(new Requests.Push(device, List.of(insert(device, 1, UUID.randomUUID(), "A"))));

        assertThatThrownBy(() -> t.push(new Requests.Push(device, List.of(insert(device, 3, UUID.randomUUID(), "C")))))
                .isInstanceOfSatisfying(SyncServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("op_gap");
                    assertThat(e.expectedOpId()).isEqualTo(2);
                });
        assertThat(count("SELECT last_op_id FROM device WHERE id = ?", device)).isEqualTo(1);
        t.close();
    }

    /** The pushes sent on other threads by this test. */
    private final ExecutorService elsewhere = Executors.newCachedThreadPool();

    @AfterEach
    void stopPushing() {
        elsewhere.shutdownNow();
    }

    /** A push sent on another thread that is still unanswered 300 ms later: it waits at the server. */
    private Future<Responses.Push> waitingAtTheServer(HttpSyncTransport t, String device, PushOp... ops)
            throws InterruptedException {
        Future<Responses.Push> answer = elsewhere.submit(() -> t.push(new Requests.Push(device, List.of(ops))));
        Thread.sleep(300);
        assertThat(answer).isNotDone();
        return answer;
    }

    @Test
    void aRequestReachingTheServerBeforeTheOneItFollowsWaitsForItAndBothApplyInOrder() throws Exception {
        // A workstation keeps two requests in flight (decision 0049): the second may arrive first.
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        UUID a = UUID.randomUUID();
        Future<Responses.Push> second = waitingAtTheServer(t, device, patch(device, 2, a, 1, "A2"),
                insert(device, 3, UUID.randomUUID(), "B"));

        Responses.Push first = t.push(new Requests.Push(device, List.of(insert(device, 1, a, "A"))));

        assertThat(first.results()).extracting(OpResult::status).containsExactly(OpStatus.APPLIED);
        Responses.Push then = second.get();
        assertThat(then.results()).extracting(OpResult::status).containsExactly(OpStatus.APPLIED, OpStatus.APPLIED);
        assertThat(then.results().getFirst().version()).isEqualTo(2);
        assertThat(then.lastOpId()).isEqualTo(3);
        assertThat(count("SELECT last_op_id FROM device WHERE id = ?", device)).isEqualTo(3);
        t.close();
    }

    @Test
    void aDeviceHasOneGappedPushWaitingAtATimeTheOthersAreRefusedAtOnce() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        Future<Responses.Push> waiting = waitingAtTheServer(t, device, insert(device, 3, UUID.randomUUID(), "C"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> t.push(new Requests.Push(device, List.of(insert(device, 2, UUID.randomUUID(), "B")))))
                .isInstanceOfSatisfying(SyncServerException.class, e -> assertThat(e.code()).isEqualTo("op_gap"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(PushService.GAP_WAIT);
        assertThatThrownBy(waiting::get).hasCauseInstanceOf(SyncServerException.class);
        assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isZero();
        t.close();
    }

    @Test
    void aGapNoRequestCouldFillIsRefusedAtOnce() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        long start = System.nanoTime();

        assertThatThrownBy(() -> t.push(new Requests.Push(device, List.of(insert(device, 502, UUID.randomUUID(), "C")))))
                .isInstanceOfSatisfying(SyncServerException.class, e -> {
                    assertThat(e.code()).isEqualTo("op_gap");
                    assertThat(e.expectedOpId()).isEqualTo(1);
                });
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(PushService.GAP_WAIT);
        t.close();
    }

    @Test
    void anOpIdReusedForAnotherChangeIsRefusedNotTakenForADuplicate() {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        t.push(new Requests.Push(device, List.of(insert(device, 1, UUID.randomUUID(), "A"))));

        assertThatThrownBy(() -> t.push(new Requests.Push(device, List.of(insert(device, 1, UUID.randomUUID(), "other")))))
                .isInstanceOfSatisfying(SyncServerException.class, e -> assertThat(e.code()).isEqualTo("op_id_reused"));
        t.close();
    }

    @Test
    void nonContiguousOpsInOneRequestAreRefused() {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        assertThatThrownBy(() -> t.push(new Requests.Push(device,
                List.of(insert(device, 1, UUID.randomUUID(), "A"), insert(device, 3, UUID.randomUUID(), "B")))))
                .isInstanceOfSatisfying(SyncServerException.class,
                        e -> assertThat(e.code()).isEqualTo("ops_not_contiguous"));
        t.close();
    }

    @Test
    void concurrentDuplicatedRequestsApplyEachOpOnce() throws Exception {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        t.session();
        List<PushOp> ops = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            ops.add(insert(device, i, UUID.randomUUID(), "n" + i));
        }
        Requests.Push push = new Requests.Push(device, ops);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Responses.Push>> calls = List.of(() -> t.push(push), () -> t.push(push), () -> t.push(push),
                    () -> t.push(push));
            int applied = 0;
            for (Future<Responses.Push> f : pool.invokeAll(calls)) {
                applied += (int) f.get().results().stream().filter(r -> r.status() == OpStatus.APPLIED).count();
            }
            assertThat(applied).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM change WHERE device_id = ?", device)).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isEqualTo(50);
        t.close();
    }

    @Test
    void invalidFieldsAreRejectedPerOpWithoutBlockingTheQueue() {
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport t = server.transport("laia", device);
        ObjectNode reserved = Json.strictMapper().createObjectNode().put("server_version", 9);
        ObjectNode badName = Json.strictMapper().createObjectNode().put("Bad-Name", 1);
        Responses.Push r = t.push(new Requests.Push(device, List.of(
                new PushOp(1, UUID.randomUUID(), "person", UUID.randomUUID(), ChangeKind.INSERT, reserved, null,
                        "0000000000001-0000-" + device, "GIR-N"),
                new PushOp(2, UUID.randomUUID(), "person", UUID.randomUUID(), ChangeKind.INSERT, badName, null,
                        "0000000000001-0000-" + device, "GIR-N"),
                insert(device, 3, UUID.randomUUID(), "fine"))));
        assertThat(r.results()).extracting(OpResult::reason)
                .containsExactly("reserved_field_name", "invalid_field_name", null);
        assertThat(r.results().get(2).status()).isEqualTo(OpStatus.APPLIED);
        t.close();
    }
}
