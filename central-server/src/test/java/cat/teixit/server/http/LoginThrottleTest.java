package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.auth.TokenService;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncLockedOutException;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.protocol.Protocol;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An online guesser is slowed down: after {@link TokenService#MAX_FAILURES} failed logins in a row a
 * user name is locked for a while (429 with Retry-After), known and unknown names alike, other names not.
 */
class LoginThrottleTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static HttpResponse<String> login(String username, String password) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"deviceId\":\"dev-guess\",\"deviceKey\":\"" + TestServer.deviceKey("dev-guess") + "\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION)).header(Protocol.HEADER_SCHEMA, Integer.toString(Protocol.MIN_SCHEMA))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tooManyFailuresLockTheNameEvenForTheRightPasswordAndOnlyThatName() throws Exception {
        for (int i = 0; i < TokenService.MAX_FAILURES; i++) {
            assertThat(login("montse", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = login("montse", DemoData.DEMO_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("too_many_attempts");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, TokenService.LOCKOUT.toSeconds());
        assertThat(login("jordi", DemoData.DEMO_PASSWORD).statusCode()).as("another name").isEqualTo(200);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() throws Exception {
        for (int i = 0; i < TokenService.MAX_FAILURES; i++) {
            assertThat(login("nobody-here", "guess-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(login("nobody-here", "guess").statusCode()).isEqualTo(429);
    }

    @Test
    void aSuccessStartsTheCountAgain() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < TokenService.MAX_FAILURES - 1; i++) {
                assertThat(login("admin", "guess-" + i).statusCode()).isEqualTo(401);
            }
            assertThat(login("admin", DemoData.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theClientReportsTheLockAtOnceInsteadOfRetrying() throws Exception {
        for (int i = 0; i < TokenService.MAX_FAILURES; i++) {
            login("pau", "guess-" + i);
        }
        TransportConfig cfg = TransportConfig.defaults(server.url(), "dev-pau", true).withDeviceKey(TestServer.deviceKey("dev-pau"))
                .withRetries(6, Duration.ofSeconds(2), Duration.ofSeconds(30));
        HttpSyncTransport t = new HttpSyncTransport(cfg, () -> new Credentials("pau", DemoData.DEMO_PASSWORD.toCharArray()));
        try {
            long start = System.nanoTime();
            assertThatThrownBy(t::session).isInstanceOf(SyncLockedOutException.class)
                    .isInstanceOf(SyncAuthException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no backoff rounds").isLessThan(Duration.ofSeconds(2));
        } finally {
            t.close();
        }
    }
}
