package cat.teixit.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.CannedAnswers;
import cat.teixit.sync.client.testing.RawHttpServer;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes changed on the way, where strict parsing cannot see them (a letter inside a string is still valid JSON):
 * an answer that does not fit its Content-Digest is tried again and never applied; a request the server says
 * arrived altered is sent again; every request body carries a digest that fits it.
 */
class AlteredInTransitTest {

    private static final UUID RECORD = UUID.fromString("01900000-0000-7000-8000-000000000001");
    private static final String PAGE = "{\"scope\":\"GIR-N\",\"records\":[{\"entityType\":\"person\",\"id\":\"" + RECORD
            + "\",\"scope\":\"GIR-N\",\"version\":3,\"fields\":{\"name\":\"Pere\"},\"deletedAt\":null,"
            + "\"hlc\":\"0000000000001-0000-x\",\"updatedBy\":\"jordi\",\"updatedAt\":1}],\"cursor\":\"5.9\","
            + "\"hasMore\":false}";
    /** The same page with one letter changed: well-formed, and wrong. */
    private static final String ALTERED_PAGE = PAGE.replace("Pere", "Pera");
    private static final String PUSH_ANSWER = "{\"results\":[{\"opId\":1,\"status\":\"APPLIED\",\"original\":null,"
            + "\"version\":1,\"reason\":null,\"conflict\":null}],"
            + "\"lastOpId\":1}";

    private RawHttpServer server;
    private SqliteSyncStore store;
    private HttpSyncTransport transport;
    private SyncEngine engine;
    private final List<RawHttpServer.Request> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp(@TempDir Path dir) throws IOException {
        server = new RawHttpServer((r, out) -> RawHttpServer.json(out, 500, "{}"));
        store = new SqliteSyncStore(dir.resolve("ws.db"), "dev-1");
        transport = server.transport(3, Protocol.MAX_RESPONSE_BYTES);
        engine = new SyncEngine(transport, store, SyncEngineConfig.defaults(), CrashPoints.NONE);
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
        store.close();
        server.close();
    }

    /** Login and session as usual; push and pull answered by {@code push} and {@code pull}. */
    private void serve(RawHttpServer.Responder push, RawHttpServer.Responder pull) {
        server.respondWith((r, out) -> {
            requests.add(r);
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, CannedAnswers.TOKENS, CannedAnswers.TOKENS);
            } else if (r.path().endsWith("/session")) {
                RawHttpServer.json(out, 200, CannedAnswers.SESSION, CannedAnswers.SESSION);
            } else if (r.path().endsWith("/push")) {
                push.respond(r, out);
            } else {
                pull.respond(r, out);
            }
        });
    }

    private long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().contains(path)).count();
    }

    @Test
    void aPageAlteredOnTheWayIsTriedAgainAndOnlyTheTrueOneIsApplied() {
        AtomicInteger pulls = new AtomicInteger();
        serve((r, out) -> RawHttpServer.json(out, 200, PUSH_ANSWER, PUSH_ANSWER), (r, out) -> {
            if (pulls.incrementAndGet() == 1) {
                RawHttpServer.json(out, 200, ALTERED_PAGE, PAGE);
            } else {
                RawHttpServer.json(out, 200, PAGE, PAGE);
            }
        });
        engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        assertThat(pulls.get()).isEqualTo(2);
        assertThat(store.row(RECORD).fields().get("name").asText()).isEqualTo("Pere");
    }

    @Test
    void answersThatKeepArrivingAlteredEndTheSyncAsANetworkFaultAndChangeNothing() {
        store.create("person", "GIR-N", Map.of("name", "Anna"));
        String alteredPush = PUSH_ANSWER.replace("APPLIED", "REJECTED");
        serve((r, out) -> RawHttpServer.json(out, 200, alteredPush, PUSH_ANSWER),
                (r, out) -> RawHttpServer.json(out, 200, ALTERED_PAGE, PAGE));
        String before = store.fingerprint();
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncNetworkException.class);
        assertThat(requestsTo("/push")).isEqualTo(3);
        assertThat(store.fingerprint()).isEqualTo(before);
        assertThat(store.pendingCount()).isEqualTo(1);
    }

    @Test
    void aRequestTheServerSaysArrivedAlteredIsSentAgainAndEveryBodyCarriesItsDigest() {
        store.create("person", "GIR-N", Map.of("name", "Anna"));
        AtomicInteger pushes = new AtomicInteger();
        serve((r, out) -> {
            if (pushes.incrementAndGet() == 1) {
                String error = "{\"error\":\"digest_mismatch\",\"message\":\"send it again\",\"expectedOpId\":null}";
                RawHttpServer.json(out, 400, error, error);
            } else {
                RawHttpServer.json(out, 200, PUSH_ANSWER, PUSH_ANSWER);
            }
        }, (r, out) -> RawHttpServer.json(out, 200, PAGE, PAGE));
        engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        assertThat(pushes.get()).isEqualTo(2);
        assertThat(store.pendingCount()).isZero();
        List<RawHttpServer.Request> withBodies = requests.stream().filter(r -> r.body().length > 0).toList();
        assertThat(withBodies).extracting(RawHttpServer.Request::path).anyMatch(p -> p.endsWith("/auth/login"))
                .anyMatch(p -> p.endsWith("/push"));
        assertThat(withBodies).allSatisfy(r -> assertThat(r.contentDigest()).isEqualTo(Hashing.contentDigest(r.body())));
    }
}
