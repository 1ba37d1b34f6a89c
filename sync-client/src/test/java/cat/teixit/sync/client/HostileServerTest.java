package cat.teixit.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.CannedAnswers;
import cat.teixit.sync.client.testing.RawHttpServer;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed or hostile answers: each is a clear {@link SyncProtocolException} and the local store is
 * exactly as before (compared by a fingerprint of every table the sync touches).
 */
class HostileServerTest {

    private static final String TOKENS = CannedAnswers.TOKENS;
    private static final String SESSION = CannedAnswers.SESSION;
    private static final String EMPTY_PULL = "{\"scope\":\"GIR-N\",\"records\":[],\"cursor\":\"0.0\",\"hasMore\":false}";

    private RawHttpServer server;
    private SqliteSyncStore store;
    private HttpSyncTransport transport;
    private SyncEngine engine;
    private UUID existing;

    @BeforeEach
    void setUp(@TempDir Path dir) throws IOException {
        server = new RawHttpServer((r, out) -> RawHttpServer.json(out, 500, "{}"));
        store = new SqliteSyncStore(dir.resolve("ws.db"), "dev-1");
        existing = store.create("person", "GIR-N", Map.of("name", "Anna"));
        store.patch(existing, Map.of("phone", "600"));
        transport = server.transport(2, 256 * 1024);
        engine = new SyncEngine(transport, store, SyncEngineConfig.defaults(), CrashPoints.NONE);
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
        store.close();
        server.close();
    }

    /** Answers login and session normally, push and pull with the given bodies. */
    private void serve(String pushAnswer, String pullAnswer) {
        serve(SESSION, pushAnswer, pullAnswer);
    }

    private void serve(String session, String pushAnswer, String pullAnswer) {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else if (r.path().endsWith("/session")) {
                RawHttpServer.json(out, 200, session);
            } else if (r.path().endsWith("/push")) {
                RawHttpServer.json(out, 200, pushAnswer);
            } else if (r.path().contains("/pull")) {
                RawHttpServer.json(out, 200, pullAnswer);
            } else {
                RawHttpServer.json(out, 404, "{\"error\":\"not_found\"}");
            }
        });
    }

    private void assertRejectedAndStoreUnchanged() {
        String before = store.fingerprint();
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class);
        assertThat(store.fingerprint()).isEqualTo(before);
        assertThat(store.pendingCount()).isEqualTo(2);
    }

    private static String applied(long opId) {
        return "{\"opId\":" + opId + ",\"status\":\"APPLIED\",\"original\":null,\"version\":1,\"reason\":null,"
                + "\"conflict\":null}";
    }

    @Test
    void aSessionFromAnOlderServerWithoutTheFieldsAddedLaterIsAccepted() {
        // SESSION has no teamName, areaName or colleagues, as an older server answers: the sync goes through.
        String ok = "{\"opId\":%d,\"status\":\"APPLIED\",\"original\":null,\"version\":%d,\"reason\":null,"
                + "\"conflict\":null}";
        serve("{\"results\":[" + ok.formatted(1, 1) + "," + ok.formatted(2, 2) + "],\"lastOpId\":2}", EMPTY_PULL);
        engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        assertThat(store.pendingCount()).isZero();
        assertThat(transport.session().colleagues()).isEmpty();
        assertThat(transport.session().teamName()).isNull();
    }

    @Test
    void aSessionWithoutItsUserIsRejected() {
        serve(SESSION.replace("\"username\":\"laia\",", ""), "{\"results\":[],\"lastOpId\":0}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void truncatedJsonIsRejected() {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else {
                RawHttpServer.json(out, 200, SESSION.substring(0, SESSION.length() / 2));
            }
        });
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void anAnswerLargerThanTheCapIsRejectedAtOnceWithoutRetrying() {
        int[] sessions = {0};
        String padded = SESSION.replace("{\"username\"", "{\"padding\":\"" + "x".repeat(300 * 1024) + "\",\"username\"");
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else {
                sessions[0]++;
                RawHttpServer.json(out, 200, padded);
            }
        });
        String before = store.fingerprint();
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("larger than the allowed 262144 bytes");
        assertThat(sessions[0]).as("a client bug or a hostile server: not worth a second try").isEqualTo(1);
        assertThat(store.fingerprint()).isEqualTo(before);
    }

    @Test
    void aPushAnswerWithTooFewResultsIsRejected() {
        serve("{\"results\":[" + applied(1) + "],\"lastOpId\":2}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void aPushAnswerOutOfOrderIsRejected() {
        serve("{\"results\":[" + applied(2) + "," + applied(1) + "],\"lastOpId\":2}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void wrongTypesAreRejected() {
        serve("{\"results\":[{\"opId\":\"1\",\"status\":\"APPLIED\"},{\"opId\":2,\"status\":\"APPLIED\"}],\"lastOpId\":2}",
                EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void anUnknownStatusIsRejected() {
        serve("{\"results\":[{\"opId\":1,\"status\":\"MAYBE\"},{\"opId\":2,\"status\":\"APPLIED\"}],\"lastOpId\":2}",
                EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void aConflictWithoutDetailsIsRejected() {
        serve("{\"results\":[{\"opId\":1,\"status\":\"CONFLICT\"}," + applied(2) + "],\"lastOpId\":2}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void trailingGarbageIsRejected() {
        serve("{\"results\":[" + applied(1) + "," + applied(2) + "],\"lastOpId\":2} {\"more\":1}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void anHtmlPageInsteadOfJsonIsRejected() {
        serve("<html><body>Proxy login</body></html>", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void aPulledRecordOfAnotherScopeIsRejectedAndNothingOfThePageIsApplied() {
        // The push succeeds and is recorded; the hostile pull page that follows changes nothing.
        serve("{\"results\":[" + applied(1) + "," + applied(2) + "],\"lastOpId\":2}",
                "{\"scope\":\"GIR-N\",\"records\":[" + record(UUID.randomUUID(), "GIR-N") + ","
                        + record(UUID.randomUUID(), "SALT") + "],\"cursor\":\"5.9\",\"hasMore\":false}");
        try {
            engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        } catch (SyncProtocolException expected) {
            // checked below
        }
        assertThat(store.rows()).containsOnlyKeys(existing);
        assertThat(store.cursor("GIR-N")).isNull();
    }

    @Test
    void aPulledRecordWithAMalformedFieldNameIsRejected() {
        serve("{\"results\":[" + applied(1) + "," + applied(2) + "],\"lastOpId\":2}",
                "{\"scope\":\"GIR-N\",\"records\":[" + record(UUID.randomUUID(), "GIR-N").replace("\"name\"", "\"../x\"")
                        + "],\"cursor\":\"5.9\",\"hasMore\":false}");
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class);
        assertThat(store.rows()).containsOnlyKeys(existing);
    }

    @Test
    void aHugeAnswerIsCutOffAndRejected() {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
                return;
            }
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"x\":\"")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 1500; i++) {
                out.write(chunk);
            }
        });
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void aConflictNamingAnotherRecordIsRejected() {
        String conflict = "{\"opId\":1,\"status\":\"CONFLICT\",\"original\":null,\"version\":null,\"reason\":null,\"conflict\":{\"kind\":\"FIELDS\",\"fields\":[{"
                + "\"field\":\"name\",\"mine\":\"Anna\",\"theirs\":\"Pere\",\"theirsVersion\":3,\"theirsBy\":\"jordi\","
                + "\"theirsAt\":1,\"theirsHlc\":\"0000000000001-0000-x\"}],\"server\":%s}}";
        serve("{\"results\":[" + conflict.formatted(record(UUID.randomUUID(), "GIR-N")) + "," + applied(2)
                + "],\"lastOpId\":2}", EMPTY_PULL);
        assertRejectedAndStoreUnchanged();
    }

    @Test
    void aConflictNamingTheRecordItIsAboutIsKept() {
        // The same answer as above, naming the right record: recorded as a conflict, so the guard is what refused it.
        String conflict = "{\"opId\":1,\"status\":\"CONFLICT\",\"original\":null,\"version\":null,\"reason\":null,\"conflict\":{\"kind\":\"FIELDS\",\"fields\":[{"
                + "\"field\":\"name\",\"mine\":\"Anna\",\"theirs\":\"Pere\",\"theirsVersion\":3,\"theirsBy\":\"jordi\","
                + "\"theirsAt\":1,\"theirsHlc\":\"0000000000001-0000-x\"}],\"server\":%s}}";
        serve("{\"results\":[" + conflict.formatted(record(existing, "GIR-N")) + "," + applied(2) + "],\"lastOpId\":2}",
                EMPTY_PULL);
        SyncReport report = engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(store.pendingCount()).isZero();
    }

    @Test
    void aPullPageLongerThanAskedIsRejectedAndNothingOfItIsApplied() {
        SyncEngine small = new SyncEngine(transport, store, new SyncEngineConfig(10, 10, 1, 1024), CrashPoints.NONE);
        StringBuilder records = new StringBuilder();
        // The server may finish the transaction a page ends in (up to one push of ops): one record more is too many.
        for (int i = 0; i < 10 + cat.teixit.sync.protocol.Protocol.MAX_OPS_PER_PUSH + 1; i++) {
            records.append(i == 0 ? "" : ",").append(record(UUID.randomUUID(), "GIR-N"));
        }
        serve("{\"results\":[" + applied(1) + "," + applied(2) + "],\"lastOpId\":2}",
                "{\"scope\":\"GIR-N\",\"records\":[" + records + "],\"cursor\":\"9.9\",\"hasMore\":false}");
        assertThatThrownBy(() -> small.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("longer than asked");
        assertThat(store.rows()).containsOnlyKeys(existing);
        assertThat(store.cursor("GIR-N")).isNull();
    }

    @Test
    @Timeout(30)
    void aPullThatPromisesMoreButDoesNotAdvanceEndsAtOnceInsteadOfLooping() {
        int[] pulls = {0};
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else if (r.path().endsWith("/session")) {
                RawHttpServer.json(out, 200, SESSION);
            } else if (r.path().endsWith("/push")) {
                RawHttpServer.json(out, 200, "{\"results\":[" + applied(1) + "," + applied(2) + "],\"lastOpId\":2}");
            } else {
                pulls[0]++;
                RawHttpServer.json(out, 200, "{\"scope\":\"GIR-N\",\"records\":[],\"cursor\":\"7.0\",\"hasMore\":true}");
            }
        });
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("does not advance");
        assertThat(pulls[0]).as("the first page moves the cursor to 7.0, the second stays there").isEqualTo(2);
        assertThat(store.cursor("GIR-N")).isNull();
    }

    @Test
    void aResumedDownloadWithABadContentRangeIsRefused(@TempDir Path dir) throws IOException {
        byte[] real = "the real attachment".getBytes(StandardCharsets.UTF_8);
        String sha = Hashing.sha256Hex(real);
        Path target = dir.resolve("doc.pdf");
        Path part = dir.resolve("doc.pdf.download.part"); // what a cut download of doc.pdf left
        for (String range : new String[] {null, "bytes */19", "bytes 0-18/19", "bytes 8-18/4000000000", "octets 8-18/19"}) {
            Files.write(part, java.util.Arrays.copyOf(real, 8));
            server.respondWith((r, out) -> {
                if (r.path().endsWith("/auth/login")) {
                    RawHttpServer.json(out, 200, TOKENS);
                    return;
                }
                byte[] rest = java.util.Arrays.copyOfRange(real, 8, real.length);
                out.write(("HTTP/1.1 206 X\r\nContent-Type: application/octet-stream\r\n"
                        + (range == null ? "" : "Content-Range: " + range + "\r\n") + "Content-Length: " + rest.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(rest);
            });
            assertThatThrownBy(() -> engine.downloadBlob("GIR-N", sha, target)).as(String.valueOf(range))
                    .isInstanceOf(SyncProtocolException.class).hasMessageContaining("partial download");
            assertThat(target).as(String.valueOf(range)).doesNotExist();
        }
    }

    @Test
    void aDownloadWhoseContentDoesNotMatchItsHashIsRefusedAndNotKept(@TempDir Path dir) throws IOException {
        byte[] real = "the real attachment".getBytes(StandardCharsets.UTF_8);
        String sha = Hashing.sha256Hex(real);
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else {
                RawHttpServer.write(out, 200, "application/octet-stream", "a forged attachment".getBytes());
            }
        });
        Path target = dir.resolve("doc.pdf");
        assertThatThrownBy(() -> engine.downloadBlob("GIR-N", sha, target)).isInstanceOf(SyncProtocolException.class)
                .hasMessageContaining("hash");
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDownloadLargerThanTheCapIsRefused(@TempDir Path dir) {
        server.respondWith((r, out) -> {
            if (r.path().endsWith("/auth/login")) {
                RawHttpServer.json(out, 200, TOKENS);
            } else {
                RawHttpServer.write(out, 200, "application/octet-stream", new byte[4096]);
            }
        });
        SyncEngine small = new SyncEngine(transport, store, new SyncEngineConfig(10, 10, 1, 1024), CrashPoints.NONE);
        Path target = dir.resolve("big.bin");
        assertThatThrownBy(() -> small.downloadBlob("GIR-N", "0".repeat(64), target))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("larger");
        assertThat(target).doesNotExist();
    }

    @Test
    void anUpgradeAnswerIsReportedAsSuch() {
        server.respondWith((r, out) -> RawHttpServer.json(out, 426,
                "{\"error\":\"upgrade_required\",\"message\":\"update Teixit\"}"));
        String before = store.fingerprint();
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncUpgradeRequiredException.class);
        assertThat(store.fingerprint()).isEqualTo(before);
    }

    @Test
    void aServerThatKeepsFailingEndsInANetworkErrorAfterRetries() {
        int[] calls = {0};
        server.respondWith((r, out) -> {
            calls[0]++;
            RawHttpServer.json(out, 503, "{\"error\":\"down\"}");
        });
        assertThatThrownBy(() -> engine.syncOnce(SyncProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(SyncNetworkException.class);
        assertThat(calls[0]).isEqualTo(2);
    }

    private static String record(UUID id, String scope) {
        return "{\"entityType\":\"person\",\"id\":\"" + id + "\",\"scope\":\"" + scope + "\",\"version\":3,"
                + "\"fields\":{\"name\":\"Pere\"},\"deletedAt\":null,\"hlc\":\"0000000000001-0000-x\","
                + "\"updatedBy\":\"jordi\",\"updatedAt\":1}";
    }
}
