package cat.teixit.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.CannedAnswers;
import cat.teixit.sync.client.testing.ForwardingTransport;
import cat.teixit.sync.client.testing.RawHttpServer;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull answer announces its cursor in headers (decision 0059): the engine asks for the next page before it reads
 * the current one, and refuses a body that says otherwise than its headers. Over real HTTP, into a real SQLite store.
 */
class PullPipelineTest {

    private static final UUID[] IDS = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

    private RawHttpServer server;
    private SqliteSyncStore store;
    private HttpSyncTransport transport;

    @BeforeEach
    void setUp(@TempDir Path dir) throws IOException {
        server = new RawHttpServer((r, out) -> RawHttpServer.json(out, 500, "{}"));
        store = new SqliteSyncStore(dir.resolve("ws.db"), "dev-1");
        transport = server.transport(2, 256 * 1024);
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
        store.close();
        server.close();
    }

    private static String record(UUID id) {
        return "{\"entityType\":\"person\",\"id\":\"" + id + "\",\"scope\":\"GIR-N\",\"version\":1,"
                + "\"fields\":{\"name\":\"Núria Pagès\"},\"deletedAt\":null,\"hlc\":\"0000000000001-0000-x\","
                + "\"updatedBy\":\"jordi\",\"updatedAt\":1}";
    }

    /** Three pages of one record each; page {@code k} answers cursor {@code 1.k} (none for the first). */
    private void serveThreePages(String headerCursorOfFirst) {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, CannedAnswers.TOKENS);
            } else if (r.path().endsWith("/session")) {
                RawHttpServer.json(out, 200, CannedAnswers.SESSION);
            } else if (r.path().contains("/pull")) {
                int k = r.path().contains("cursor=1.") ? Integer.parseInt(r.path().replaceAll(".*cursor=1\\.(\\d+).*", "$1")) : 0;
                boolean more = k < 2;
                String cursor = "1." + (k + 1);
                String header = k == 0 && headerCursorOfFirst != null ? headerCursorOfFirst : cursor;
                RawHttpServer.jsonWithHeaders(out, "{\"scope\":\"GIR-N\",\"records\":[" + record(IDS[k]) + "],\"cursor\":\""
                        + cursor + "\",\"hasMore\":" + more + "}", Protocol.HEADER_PULL_CURSOR + ": " + header,
                        Protocol.HEADER_PULL_MORE + ": " + more);
            } else {
                RawHttpServer.json(out, 404, "{\"error\":\"not_found\"}");
            }
        });
    }

    @Test
    @Timeout(60)
    void theNextPageIsAskedForBeforeTheCurrentOneIsReadAndEveryRecordArrivesOnce() {
        serveThreePages(null);
        Map<String, CountDownLatch> fetched = new ConcurrentHashMap<>();
        List<String> readBeforeTheNextWasAsked = new CopyOnWriteArrayList<>();
        SyncTransport watching = new ForwardingTransport(transport) {
            @Override
            public PulledPage pullPage(String scope, String cursor, int limit) {
                PulledPage page = delegate.pullPage(scope, cursor, limit);
                fetched.computeIfAbsent(String.valueOf(cursor), c -> new CountDownLatch(1)).countDown();
                return new PulledPage(page.announcedCursor(), page.announcedMore(), () -> {
                    if (Boolean.TRUE.equals(page.announcedMore())) {
                        try {
                            // Without asking ahead, the next page is asked for only after this read: it would wait.
                            if (!fetched.computeIfAbsent(page.announcedCursor(), c -> new CountDownLatch(1))
                                    .await(5, TimeUnit.SECONDS)) {
                                readBeforeTheNextWasAsked.add(String.valueOf(cursor));
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return page.body().get();
                });
            }
        };
        SyncEngine engine = new SyncEngine(watching, store, SyncEngineConfig.defaults(), CrashPoints.NONE);
        engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());

        assertThat(readBeforeTheNextWasAsked).as("pages read before the next was asked for").isEmpty();
        assertThat(store.rows()).containsOnlyKeys(IDS);
        assertThat(store.cursor("GIR-N")).isEqualTo("1.3");
    }

    @Test
    void aPageWhoseHeadersNameAnotherCursorThanItsBodyIsRefusedAndNothingOfItIsApplied() {
        serveThreePages("1.2");
        SyncEngine engine = new SyncEngine(transport, store, SyncEngineConfig.defaults(), CrashPoints.NONE);
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("different cursors");
        assertThat(store.rows()).isEmpty();
        assertThat(store.cursor("GIR-N")).isNull();
    }

    @Test
    void malformedCursorHeadersAreRefused() {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, CannedAnswers.TOKENS);
            } else {
                RawHttpServer.jsonWithHeaders(out, "{\"scope\":\"GIR-N\",\"records\":[],\"cursor\":\"1.1\",\"hasMore\":false}",
                        Protocol.HEADER_PULL_CURSOR + ": 1.1", Protocol.HEADER_PULL_MORE + ": maybe");
            }
        });
        assertThatThrownBy(() -> transport.pull("GIR-N", null, 10)).isInstanceOf(SyncProtocolException.class)
                .hasMessageContaining("malformed pull cursor headers");
    }
}
