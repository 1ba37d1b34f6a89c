package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.auth.SessionRules;
import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.Responses;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server sessions (docs/decisions/0024): logout ends the chain, a chain ends a fixed time after its login however
 * often it is refreshed, deactivation ends every session so that reactivation revives none, and a revoked device
 * is answered {@code device_revoked} wherever it shows up. Real server, real PostgreSQL.
 */
class SessionsTest {

    private static final Duration LIFETIME = Duration.ofSeconds(4);
    private static TestServer server;
    private static RawApi api;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerSettings.defaults().withSessions(SessionRules.defaults()
                .withSessionLifetime(LIFETIME)));
        api = new RawApi(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String device(String what) {
        return "dev-" + what + "-" + UUID.randomUUID();
    }

    @Test
    void logoutEndsTheSessionChainAndIsHarmlessTwice() {
        String device = device("logout");
        Responses.Tokens first = api.login("laia", device);
        Responses.Tokens second = RawApi.tokens(api.refresh(first.refreshToken()));
        assertThat(api.sessionStatus(second.accessToken())).isEqualTo(200);

        assertThat(api.logout(second.refreshToken()).statusCode()).isEqualTo(204);
        assertThat(api.sessionStatus(second.accessToken())).as("access token after logout").isEqualTo(401);
        assertThat(api.refresh(second.refreshToken()).statusCode()).as("refresh token after logout").isEqualTo(401);
        assertThat(api.logout(second.refreshToken()).statusCode()).as("logging out again").isEqualTo(204);
        assertThat(api.logout("not-a-token-but-long-enough-1234").statusCode()).isEqualTo(204);
        assertThat(server.number("SELECT count(*) FROM audit WHERE endpoint = '/auth/logout' AND device_id = ? "
                + "AND user_id = (SELECT id FROM app_user WHERE username = 'laia')", device)).isEqualTo(2);
    }

    @Test
    void aChainEndsAtItsAbsoluteLifetimeHoweverOftenItIsRefreshed() throws Exception {
        String device = device("lifetime");
        long loginAt = System.currentTimeMillis();
        Responses.Tokens t = api.login("jordi", device);
        assertThat(t.refreshExpiresAt()).isLessThanOrEqualTo(loginAt + LIFETIME.toMillis() + 1000);
        long deadline = loginAt + LIFETIME.toMillis();
        int refreshes = 0;
        while (System.currentTimeMillis() < deadline - 1000) {
            t = RawApi.tokens(api.refresh(t.refreshToken()));
            assertThat(t.refreshExpiresAt()).as("never past the chain's end").isLessThanOrEqualTo(deadline + 1000);
            assertThat(t.accessExpiresAt()).isLessThanOrEqualTo(deadline + 1000);
            refreshes++;
            Thread.sleep(300);
        }
        assertThat(refreshes).isPositive();
        while (System.currentTimeMillis() < deadline + 1200) {
            Thread.sleep(100);
        }
        assertThat(api.refresh(t.refreshToken()).statusCode()).as("refresh after the chain's end").isEqualTo(401);
        assertThat(api.sessionStatus(t.accessToken())).as("access after the chain's end").isEqualTo(401);
        assertThat(api.sessionStatus(api.login("jordi", device).accessToken())).as("a new login").isEqualTo(200);
    }

    @Test
    void reactivatingAUserRevivesNoOldToken() throws Exception {
        server.directory().addUser("nuria", "Núria Vila", TestServer.PASSWORD.toCharArray(), "GIR-N",
                List.of("SOCIAL_WORKER"));
        String device = device("nuria");
        Responses.Tokens t = api.login("nuria", device);
        assertThat(server.directory().setActive("nuria", false)).isTrue();
        assertThat(server.directory().setActive("nuria", true)).isTrue();

        assertThat(api.sessionStatus(t.accessToken())).as("old access token").isEqualTo(401);
        assertThat(api.refresh(t.refreshToken()).statusCode()).as("old refresh token").isEqualTo(401);
        assertThat(api.sessionStatus(api.login("nuria", device).accessToken())).as("a new login").isEqualTo(200);
        assertThat(server.number("SELECT count(*) FROM audit WHERE method = 'CLI' AND target = 'nuria' "
                + "AND endpoint IN ('users deactivate', 'users activate', 'users add')")).isEqualTo(3);
    }

    @Test
    void aRevokedDeviceIsAnsweredDeviceRevokedWhereverItShowsUp() throws Exception {
        String lost = device("lost");
        String other = device("other");
        Responses.Tokens t = api.login("montse", lost);
        Responses.Tokens kept = api.login("montse", other);
        assertThat(server.directory().revokeDevice(lost)).isTrue();
        assertThat(server.directory().revokeDevice(lost)).as("twice").isFalse();

        HttpResponse<String> session = api.session(t.accessToken());
        assertThat(session.statusCode()).isEqualTo(403);
        assertThat(session.body()).contains("\"device_revoked\"");
        HttpResponse<String> refresh = api.refresh(t.refreshToken());
        assertThat(refresh.statusCode()).isEqualTo(403);
        assertThat(refresh.body()).contains("\"device_revoked\"");
        HttpResponse<String> login = api.tryLogin("montse", lost);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("\"device_revoked\"");
        HttpResponse<String> anyone = api.tryLogin("laia", lost);
        assertThat(anyone.statusCode()).as("any user on that device").isEqualTo(403);

        assertThat(api.sessionStatus(kept.accessToken())).as("her other workstation").isEqualTo(200);
        assertThat(server.number("SELECT count(*) FROM audit WHERE method = 'CLI' AND endpoint = 'devices revoke' "
                + "AND target = ?", lost)).isEqualTo(1);
        assertThat(server.directory().devices()).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(lost);
            assertThat(d.revoked()).isTrue();
            assertThat(d.lastUser()).isEqualTo("montse");
        });
    }

    @Test
    void theClientLibraryLogsOutOnTheServerAndReportsARevokedDevice() throws Exception {
        String device = device("client");
        var transport = server.transport("pau", device);
        transport.session();
        assertThat(server.number("SELECT count(*) FROM auth_session WHERE device_id = ? AND revoked_at IS NULL",
                device)).isEqualTo(1);
        transport.logout();
        assertThat(server.number("SELECT count(*) FROM auth_session WHERE device_id = ? AND revoked_at IS NULL",
                device)).as("live sessions after the client's logout").isZero();

        transport.session();
        assertThat(server.directory().revokeDevice(device)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(transport::session)
                .isInstanceOf(cat.teixit.sync.client.SyncDeviceRevokedException.class);
        transport.logout();
        transport.close();

        var fresh = server.transport("pau", device);
        org.assertj.core.api.Assertions.assertThatThrownBy(fresh::session).as("a login from that device")
                .isInstanceOf(cat.teixit.sync.client.SyncDeviceRevokedException.class);
        fresh.close();
    }

    /**
     * Requests of one transport refused at once (two push requests travel together, decision 0049): one renews the
     * tokens and the other goes on with them. Refreshing twice would end the pair the first renewal got (rotation), and
     * the first request, already renewed once, would fail as unauthenticated.
     */
    @Test
    void requestsRefusedTogetherRenewTheTokensOnce() throws Exception {
        String device = device("together");
        var transport = server.transport("pau", device);
        java.util.concurrent.ExecutorService together = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            transport.session();
            for (int round = 0; round < 40; round++) {
                // The access token ends on the server while the transport still holds it for valid.
                server.db().inTransaction(c -> {
                    try (var ps = c.prepareStatement("UPDATE auth_session SET access_expires_at = now() - interval '1 second'"
                            + " WHERE device_id = ? AND revoked_at IS NULL")) {
                        ps.setString(1, device);
                        return ps.executeUpdate();
                    }
                });
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<Responses.Session> call = () -> {
                    go.await();
                    return transport.session();
                };
                List<java.util.concurrent.Future<Responses.Session>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(together.submit(call));
                }
                go.countDown();
                for (var answer : answers) {
                    assertThat(answer.get().username()).isEqualTo("pau");
                }
            }
        } finally {
            together.shutdownNow();
            transport.close();
        }
    }

    @Test
    void aLogoutThatCannotReachTheServerStillEndsLocally() {
        var transport = TestServer.transport(java.net.URI.create("http://127.0.0.1:9"), "pau", device("offline"));
        transport.logout();
        transport.close();
    }
}
