package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.auth.SessionRules;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncLockedOutException;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.protocol.Protocol;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An online guesser is slowed down per user name AND source address (docs/decisions/0024): after
 * {@code freeFailures} failed logins from one address each further try waits, twice as long each time (429 with
 * Retry-After), known and unknown names alike; the same name from another address is not held up, so a guesser
 * cannot lock a member of staff out. Attempts are counted atomically: parallel guesses get exactly the free tries.
 */
class LoginThrottleTest {

    private static final SessionRules RULES = new SessionRules(Duration.ofMinutes(15), Duration.ofDays(7),
            Duration.ofDays(30), 5, Duration.ofSeconds(1), Duration.ofSeconds(60), 4, Duration.ofSeconds(30));
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerSettings.defaults().withSessions(RULES));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A client whose requests come from {@code address} (any 127.x.y.z reaches the server on loopback). */
    private static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    private static HttpResponse<String> login(HttpClient http, String username, String password) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"deviceId\":\"dev-guess\",\"deviceKey\":\"" + TestServer.deviceKey("dev-guess") + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, Integer.toString(Protocol.MIN_SCHEMA))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void afterTheFreeFailuresTheNameWaitsFromThatAddressOnlyAndTheWaitsGrow() throws Exception {
        HttpClient guesser = from("127.0.0.11");
        for (int i = 0; i < RULES.freeFailures(); i++) {
            assertThat(login(guesser, "montse", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> held = login(guesser, "montse", DemoData.DEMO_PASSWORD);
        assertThat(held.statusCode()).as("even the right password, from the guesser's address").isEqualTo(429);
        assertThat(held.body()).contains("too_many_attempts");
        assertThat(retryAfter(held)).isBetween(1L, 1L);

        assertThat(login(from("127.0.0.12"), "montse", DemoData.DEMO_PASSWORD).statusCode())
                .as("montse at her own workstation").isEqualTo(200);
        assertThat(login(guesser, "jordi", DemoData.DEMO_PASSWORD).statusCode()).as("another name").isEqualTo(200);

        Thread.sleep(1100);
        assertThat(login(guesser, "montse", "guess-again").statusCode()).isEqualTo(401);
        HttpResponse<String> longer = login(guesser, "montse", "guess-again");
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(retryAfter(longer)).as("the wait doubled").isBetween(2L, 2L);
    }

    @Test
    void fortyParallelGuessesGetExactlyTheFreeTries() throws Exception {
        HttpClient guesser = from("127.0.0.21");
        int guesses = 40;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return login(guesser, "pau", "parallel-" + n).statusCode();
                }));
            }
            go.countDown();
            int refused = 0;
            int held = 0;
            for (Future<Integer> f : answers) {
                int code = f.get();
                if (code == 401) {
                    refused++;
                } else if (code == 429) {
                    held++;
                }
            }
            assertThat(refused).as("passwords actually tried").isEqualTo(RULES.freeFailures());
            assertThat(held).isEqualTo(guesses - RULES.freeFailures());
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.number("SELECT failures FROM login_throttle WHERE source = '127.0.0.21'"))
                .isEqualTo(RULES.freeFailures());
        assertThat(login(from("127.0.0.22"), "pau", DemoData.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() throws Exception {
        HttpClient guesser = from("127.0.0.31");
        for (int i = 0; i < RULES.freeFailures(); i++) {
            assertThat(login(guesser, "nobody-here", "guess-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(login(guesser, "nobody-here", "guess").statusCode()).isEqualTo(429);
    }

    @Test
    void aSuccessStartsTheCountAgain() throws Exception {
        HttpClient http = from("127.0.0.41");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < RULES.freeFailures() - 1; i++) {
                assertThat(login(http, "admin", "guess-" + i).statusCode()).isEqualTo(401);
            }
            assertThat(login(http, "admin", DemoData.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theClientReportsTheWaitAtOnceInsteadOfRetrying() throws Exception {
        HttpClient guesser = from("127.0.0.1");
        for (int i = 0; i < RULES.freeFailures(); i++) {
            login(guesser, "laia", "guess-" + i);
        }
        TransportConfig cfg = TransportConfig.defaults(server.url(), "dev-laia", true)
                .withDeviceKey(TestServer.deviceKey("dev-laia")).withRetries(6, Duration.ofSeconds(2), Duration.ofSeconds(30));
        HttpSyncTransport t = new HttpSyncTransport(cfg, () -> new Credentials("laia", DemoData.DEMO_PASSWORD.toCharArray()));
        try {
            long start = System.nanoTime();
            assertThatThrownBy(t::session).isInstanceOf(SyncLockedOutException.class)
                    .isInstanceOf(SyncAuthException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no backoff rounds").isLessThan(Duration.ofSeconds(1));
        } finally {
            t.close();
        }
    }
}
