package cat.teixit.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.RetryPolicy;
import cat.teixit.sync.client.http.Sleeper;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.client.testing.CannedAnswers;
import cat.teixit.sync.client.testing.RawHttpServer;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transport's retry budget (docs/sync-protocol.md §2) against a local endpoint whose first answers to
 * {@code GET /session} fail on purpose, then succeed: the product's own retry loop, with short waits (or
 * recorded ones) so that the suite stays fast.
 */
class RetryBudgetTest {

    private static final RetryPolicy SHORT_WAITS = RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(1),
            Duration.ofMillis(8));

    /** How a failed try fails. */
    enum Fault {
        UNAVAILABLE_503, INTERNAL_ERROR_500, TOO_MANY_REQUESTS_429, CUT_BEFORE_THE_ANSWER, CUT_MID_BODY
    }

    private RawHttpServer server;
    private final AtomicInteger sessionTries = new AtomicInteger();
    private volatile int failFirst;
    private volatile Fault fault = Fault.UNAVAILABLE_503;
    private volatile String retryAfter;
    private HttpSyncTransport transport;

    @BeforeEach
    void setUp() throws IOException {
        server = new RawHttpServer(this::answer);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (transport != null) {
            transport.close();
        }
        server.close();
    }

    private void answer(RawHttpServer.Request r, OutputStream out) throws IOException {
        if (r.path().endsWith("/auth/login")) {
            RawHttpServer.json(out, 200, CannedAnswers.TOKENS);
        } else if (r.path().endsWith("/session")) {
            if (sessionTries.incrementAndGet() <= failFirst) {
                fail(out);
            } else {
                RawHttpServer.json(out, 200, CannedAnswers.SESSION);
            }
        } else {
            RawHttpServer.json(out, 404, "{\"error\":\"not_found\"}");
        }
    }

    private void fail(OutputStream out) throws IOException {
        String extra = retryAfter == null ? "" : "Retry-After: " + retryAfter + "\r\n";
        byte[] body = CannedAnswers.SESSION.getBytes(StandardCharsets.UTF_8);
        switch (fault) {
            case UNAVAILABLE_503 -> status(out, 503, extra);
            case INTERNAL_ERROR_500 -> status(out, 500, extra);
            case TOO_MANY_REQUESTS_429 -> status(out, 429, extra);
            case CUT_BEFORE_THE_ANSWER -> {
                // Nothing: the connection closes without an answer.
            }
            case CUT_MID_BODY -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, 0, body.length / 2);
            }
        }
    }

    private static void status(OutputStream out, int code, String headers) throws IOException {
        byte[] body = "{\"error\":\"unavailable\"}".getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + code + " X\r\nContent-Type: application/json\r\n" + headers + "Content-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
    }

    private HttpSyncTransport transport(RetryPolicy retry, Sleeper sleeper) {
        TransportConfig cfg = TransportConfig.defaults(URI.create("http://127.0.0.1:" + server.port()), "dev-1", true)
                .withRetry(retry);
        transport = new HttpSyncTransport(cfg, () -> new Credentials("laia", "x".toCharArray()), sleeper);
        return transport;
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aRequestThatFailsFiveTimesSucceedsAtTheSixthTry(Fault f) {
        fault = f;
        failFirst = 5;
        assertThat(transport(SHORT_WAITS, null).session().username()).isEqualTo("laia");
        assertThat(sessionTries).hasValue(6);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aRequestThatFailsSixTimesEndsAsServerUnreachableWithoutASeventhTry(Fault f) {
        fault = f;
        failFirst = 6;
        HttpSyncTransport t = transport(SHORT_WAITS, null);
        assertThatThrownBy(t::session).isInstanceOf(SyncNetworkException.class).hasMessageContaining("6 attempts");
        assertThat(sessionTries).hasValue(6);
    }

    @Test
    void theWaitsBetweenTriesDoubleFromAQuarterSecondWithJitter() {
        failFirst = 5;
        List<Duration> waits = new CopyOnWriteArrayList<>();
        transport(RetryPolicy.DEFAULT, waits::add).session();
        assertThat(waits).hasSize(5);
        long[] ceilings = {250, 500, 1_000, 2_000, 4_000};
        for (int i = 0; i < ceilings.length; i++) {
            assertThat(waits.get(i).toMillis()).as("wait %d", i + 1).isBetween(ceilings[i] / 2, ceilings[i]);
        }
    }

    @Test
    void withMoreTriesTheWaitsStopGrowingAtTwentySeconds() {
        failFirst = 9;
        List<Duration> waits = new CopyOnWriteArrayList<>();
        transport(new RetryPolicy(10, Duration.ofMillis(250), Duration.ofSeconds(20)), waits::add).session();
        assertThat(waits).hasSize(9);
        assertThat(waits.get(6).toMillis()).as("after 7 failures").isBetween(8_000L, 16_000L);
        assertThat(waits.subList(7, 9)).allSatisfy(w -> assertThat(w.toMillis()).isBetween(10_000L, 20_000L));
    }

    @Test
    void aRetryAfterIsHonouredButNeverBeyondTheTwentySecondCap() {
        failFirst = 2;
        retryAfter = "600";
        List<Duration> waits = new CopyOnWriteArrayList<>();
        transport(RetryPolicy.DEFAULT, waits::add).session();
        assertThat(waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    @Test
    void aCancelledSyncDoesNotSitOutItsBackoff(@TempDir Path dir) throws Exception {
        failFirst = Integer.MAX_VALUE;
        retryAfter = "20";
        HttpSyncTransport t = transport(RetryPolicy.DEFAULT, null);
        try (SqliteSyncStore store = new SqliteSyncStore(dir.resolve("ws.db"), "dev-1")) {
            SyncEngine engine = new SyncEngine(t, store, SyncEngineConfig.defaults(), CrashPoints.NONE);
            CancellationToken token = new CancellationToken();
            CompletableFuture<SyncReport> sync = CompletableFuture.supplyAsync(
                    () -> engine.syncOnce(SyncProgressListener.NONE, token));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sessionTries.get() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
            assertThat(sync).as("waiting the 20 s the server asked for").isNotDone();
            long cancelledAt = System.nanoTime();
            token.cancel();
            assertThatThrownBy(() -> sync.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SyncCancelledException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(1));
            assertThat(sessionTries).as("no try after the cancel").hasValue(1);
        }
    }
}
