package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.auth.Principal;
import cat.teixit.server.testing.TestServer;
import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes that overlap on the server, through the real {@link PushService}, one of them held open before its
 * commit by the service's test hook: a push waiting on a record another user's push is changing is merged,
 * not refused; and long pushes committing out of order while clients pull never make a pull skip a change
 * (the push side of the gap-free cursor: the change rows the service itself writes).
 */
class ConcurrentPushTest {

    private static final ObjectMapper JSON = Json.strictMapper();

    private static TestServer server;
    private static long laiaId;
    private static long jordiId;
    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();
    private static PushService pushService;
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    /** A push stopped before its commit until released. */
    private static final class Held {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        Future<Responses.Push> answer;
        final List<UUID> ids = new ArrayList<>();
    }

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        pushService = new PushService(server.db(), Json.strictMapper(), Clock.systemUTC(), (device, ops) -> {
            Held h = HELD.get(device);
            if (h != null) {
                h.reached.countDown();
                try {
                    if (!h.release.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("a held push was never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        });
        laiaId = userId("laia");
        jordiId = userId("jordi");
    }

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
        server.close();
    }

    private static long userId(String name) throws Exception {
        try (Connection c = server.db().connection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static PushOp op(long opId, UUID id, ChangeKind kind, Map<String, ?> fields, Long base, String device,
            String scope) {
        return new PushOp(opId, UUID.randomUUID(), "person", id, kind, JSON.valueToTree(fields), base,
                String.format("%013x-0000-%s", System.currentTimeMillis(), device), scope);
    }

    private static Responses.Push push(Principal who, PushOp... ops) throws Exception {
        return pushService.push(who, new Requests.Push(who.deviceId(), List.of(ops)));
    }

    /** Starts a push on a thread that stops before its commit; returns once it is there. */
    private static Held hold(Principal who, PushOp... ops) throws Exception {
        Held h = new Held();
        HELD.put(who.deviceId(), h);
        for (PushOp op : ops) {
            h.ids.add(op.entityId());
        }
        h.answer = THREADS.submit(() -> push(who, ops));
        assertThat(h.reached.await(30, TimeUnit.SECONDS)).as("the held push reached its commit").isTrue();
        return h;
    }

    private static Responses.Push release(Principal who, Held h) throws Exception {
        h.release.countDown();
        Responses.Push answer = h.answer.get(30, TimeUnit.SECONDS);
        HELD.remove(who.deviceId());
        return answer;
    }

    private static boolean someoneWaitsOnALock() throws Exception {
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    @Test
    void aPushWaitingForARecordThatAnotherUserIsChangingIsMergedNotRefused() throws Exception {
        String scope = "CONC1";
        server.directory().grantScope("laia", scope, true);
        server.directory().grantScope("jordi", scope, true);
        Principal laia = new Principal(laiaId, "laia", "conc-laia", Map.of(scope, true));
        Principal jordi = new Principal(jordiId, "jordi", "conc-jordi", Map.of(scope, true));
        UUID id = UUID.randomUUID();
        assertThat(push(laia, op(1, id, ChangeKind.INSERT, Map.of("name", "Núria"), null, "conc-laia", scope))
                .results().getFirst().status()).isEqualTo(OpStatus.APPLIED);

        // Jordi's push changes the record and stops before its commit; Laia's push on the record waits for it.
        Held jordisPush = hold(jordi, op(1, id, ChangeKind.PATCH, Map.of("phone", "600"), 1L, "conc-jordi", scope));
        Future<Responses.Push> laias = THREADS.submit(() -> push(laia,
                op(2, id, ChangeKind.PATCH, Map.of("notes", "visit"), 1L, "conc-laia", scope)));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!someoneWaitsOnALock() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(someoneWaitsOnALock()).as("Laia's push waits for the record's lock").isTrue();
        assertThat(release(jordi, jordisPush).results().getFirst().status()).isEqualTo(OpStatus.APPLIED);

        OpResult r = laias.get(30, TimeUnit.SECONDS).results().getFirst();
        assertThat(r.status()).as("answer %s", r).isEqualTo(OpStatus.APPLIED);
        assertThat(r.version()).isEqualTo(3);
        assertThat(server.number("SELECT count(*) FROM record WHERE id = ? AND fields->>'phone' = '600'"
                + " AND fields->>'notes' = 'visit' AND version = 3", id)).isEqualTo(1);
    }

    /**
     * Seeds of 40 steps: long pushes held open (up to four at once, each its own device) and released in random
     * order, quick pushes, and pulls by a workstation in between; every record pushed reaches the workstation.
     */
    @Test
    void longPushesCommittingOutOfOrderNeverMakeAPullSkipAChange(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            String scope = "CONCGAP" + seed;
            server.directory().grantScope("laia", scope, true);
            SplittableRandom random = new SplittableRandom(seed);
            Set<UUID> written = new HashSet<>();
            Set<UUID> received = new HashSet<>();
            Map<Principal, Held> open = new java.util.LinkedHashMap<>();
            Principal quick = new Principal(laiaId, "laia", "quick-" + seed, Map.of(scope, true));
            long quickOp = 0;
            int longDevices = 0;
            try (Replica reader = server.replica(dir, "laia", "reader-" + seed)) {
                for (int step = 0; step < 40; step++) {
                    int action = random.nextInt(4);
                    if (action == 0 && open.size() < 4) {
                        Principal who = new Principal(laiaId, "laia", "long-" + seed + "-" + longDevices++,
                                Map.of(scope, true));
                        int n = 1 + random.nextInt(3);
                        PushOp[] ops = new PushOp[n];
                        for (int i = 0; i < n; i++) {
                            ops[i] = op(i + 1, UUID.randomUUID(), ChangeKind.INSERT, Map.of("name", "l" + step), null,
                                    who.deviceId(), scope);
                        }
                        open.put(who, hold(who, ops));
                    } else if (action == 1 && !open.isEmpty()) {
                        List<Principal> held = new ArrayList<>(open.keySet());
                        Principal who = held.get(random.nextInt(held.size()));
                        Held h = open.remove(who);
                        release(who, h);
                        written.addAll(h.ids);
                    } else if (action == 2) {
                        UUID id = UUID.randomUUID();
                        push(quick, op(++quickOp, id, ChangeKind.INSERT, Map.of("name", "q" + step), null,
                                quick.deviceId(), scope));
                        written.add(id);
                    } else {
                        reader.sync();
                        received.addAll(reader.store.rows().keySet());
                    }
                }
                for (Map.Entry<Principal, Held> e : open.entrySet()) {
                    release(e.getKey(), e.getValue());
                    written.addAll(e.getValue().ids);
                }
                open.clear();
                reader.sync();
                received.addAll(reader.store.rows().keySet());
            } finally {
                for (Map.Entry<Principal, Held> e : open.entrySet()) {
                    release(e.getKey(), e.getValue());
                }
            }
            assertThat(written).as("seed %d wrote something", seed).isNotEmpty();
            assertThat(received).as("seed %d: every pushed record pulled", seed).containsAll(written);
        }
    }
}
