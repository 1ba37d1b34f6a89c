package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging through a scope, with tiny pages and while others push, never misses a change. */
class PullPaginationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** Pushes {@code txs} transactions of 1 to 9 inserts or patches; returns id to last version written. */
    private static Map<UUID, Long> pushRandomly(String user, String device, long seed, int txs) {
        SplittableRandom random = new SplittableRandom(seed);
        HttpSyncTransport t = server.transport(user, device);
        Map<UUID, Long> versions = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        long opId = 1;
        for (int tx = 0; tx < txs; tx++) {
            UUID txId = UUID.randomUUID();
            List<PushOp> ops = new ArrayList<>();
            int size = 1 + random.nextInt(9);
            for (int i = 0; i < size; i++) {
                boolean insert = ids.isEmpty() || random.nextInt(3) > 0;
                UUID id = insert ? UUID.randomUUID() : ids.get(random.nextInt(ids.size()));
                if (insert) {
                    ids.add(id);
                }
                ops.add(new PushOp(opId++, txId, "note", id, insert ? ChangeKind.INSERT : ChangeKind.PATCH,
                        Json.strictMapper().createObjectNode().put("text", "t" + random.nextInt()),
                        insert ? null : versions.get(id), "0000000000001-0000-" + device, "GIR-N"));
                versions.merge(id, 1L, Long::sum);
            }
            t.push(new Requests.Push(device, ops)).results()
                    .forEach(r -> assertThat(r.effectiveStatus()).isNotNull());
        }
        t.close();
        return versions;
    }

    @Test
    void tinyPagesWhileOthersPushStillDeliverEveryChangeAtItsLastVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        HttpSyncTransport reader = server.transport("montse", "dev-reader");
        Map<UUID, Long> received = new HashMap<>();
        String cursor = null;
        try {
            List<Future<Map<UUID, Long>>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int n = w;
                writers.add(pool.submit(() -> pushRandomly(n == 0 ? "laia" : "jordi", "dev-writer-" + n, n, 40)));
            }
            SplittableRandom random = new SplittableRandom(99);
            boolean writing = true;
            Set<String> cursors = new HashSet<>();
            while (writing) {
                writing = writers.stream().anyMatch(f -> !f.isDone());
                boolean more = true;
                while (more) {
                    Responses.Pull page = reader.pull("GIR-N", cursor, 1 + random.nextInt(7));
                    for (RecordState r : page.records()) {
                        received.merge(r.id(), r.version(), Math::max);
                    }
                    assertThat(page.cursor().equals(cursor) || cursors.add(page.cursor())).isTrue();
                    cursor = page.cursor();
                    more = page.hasMore();
                }
            }
            Map<UUID, Long> written = new HashMap<>();
            for (Future<Map<UUID, Long>> f : writers) {
                written.putAll(f.get());
            }
            boolean more = true;
            while (more) {
                Responses.Pull page = reader.pull("GIR-N", cursor, 5);
                page.records().forEach(r -> received.merge(r.id(), r.version(), Math::max));
                cursor = page.cursor();
                more = page.hasMore();
            }
            assertThat(received).isEqualTo(written);
        } finally {
            pool.shutdownNow();
            reader.close();
        }
    }
}
