package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.EscrowSecret;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Responses;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key kept for a user's laptop (docs/decisions/0046): deposited by a session of that user on that device, given
 * back only against the user's current password for that same device, never to another user, never to a revoked
 * device; a password reset by the administrator ends the user's sessions and the new password gets the key. Real
 * server, real PostgreSQL.
 */
class KeyEscrowTest {

    private static final String SECRET = "k3pt-for-the-laptop_0123456789abcdefghijklmnop";
    private static TestServer server;
    private static RawApi api;

    @BeforeAll
    static void start() {
        server = new TestServer();
        api = new RawApi(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String device(String what) {
        return "dev-" + what + "-" + UUID.randomUUID();
    }

    private static String secretOf(HttpResponse<String> res) throws Exception {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return Json.strictMapper().readValue(res.body(), EscrowSecret.class).secret();
    }

    @Test
    void theKeyComesBackOnlyForItsUserAndDeviceWithTheCurrentPassword() throws Exception {
        server.directory().addUser("ester", "Ester Pagès", TestServer.PASSWORD.toCharArray(), "GIR-N",
                List.of("SOCIAL_WORKER"));
        String laptop = device("ester");
        Responses.Tokens t = api.login("ester", laptop);
        assertThat(api.depositEscrow("not-a-token-but-long-enough-1234", SECRET).statusCode()).as("no session")
                .isEqualTo(401);
        assertThat(api.depositEscrow(t.accessToken(), SECRET).statusCode()).isEqualTo(204);

        assertThat(secretOf(api.releaseEscrow("ester", TestServer.PASSWORD, laptop))).isEqualTo(SECRET);
        assertThat(secretOf(api.releaseEscrow("ESTER", TestServer.PASSWORD, laptop))).as("name in capitals")
                .isEqualTo(SECRET);
        assertThat(api.releaseEscrow("ester", "not her password", laptop).statusCode()).isEqualTo(401);
        assertThat(api.releaseEscrow("ester", TestServer.PASSWORD, device("other")).statusCode())
                .as("another device").isEqualTo(404);
        assertThat(api.releaseEscrow("jordi", TestServer.PASSWORD, laptop).statusCode())
                .as("another user with the laptop's id").isEqualTo(404);
        assertThat(server.number("SELECT count(*) FROM audit WHERE endpoint = '/escrow/release' AND device_id = ?",
                laptop)).as("every try audited").isEqualTo(4);

        // Forgotten: the administrator gives her a new one. Her sessions end; only the new password gets the key.
        assertThat(server.directory().setPassword("ester", "una-altra-clau-2026".toCharArray())).isTrue();
        assertThat(server.directory().setPassword("nobody", "una-altra-clau-2026".toCharArray())).isFalse();
        assertThat(api.sessionStatus(t.accessToken())).as("a session from before the reset").isEqualTo(401);
        assertThat(api.releaseEscrow("ester", TestServer.PASSWORD, laptop).statusCode()).as("old password")
                .isEqualTo(401);
        assertThat(secretOf(api.releaseEscrow("ester", "una-altra-clau-2026", laptop))).isEqualTo(SECRET);

        // The laptop is lost: once revoked, nothing of it opens through the server.
        assertThat(server.directory().revokeDevice(laptop)).isTrue();
        HttpResponse<String> revoked = api.releaseEscrow("ester", "una-altra-clau-2026", laptop);
        assertThat(revoked.statusCode()).isEqualTo(403);
        assertThat(revoked.body()).contains("device_revoked");
        assertThat(server.number("SELECT count(*) FROM key_escrow WHERE device_id = ?", laptop)).isZero();
    }

    @Test
    void aNewDepositReplacesTheOldAndWrongPasswordsAreThrottledAsLogins() throws Exception {
        String laptop = device("montse");
        Responses.Tokens t = api.login("montse", laptop);
        assertThat(api.depositEscrow(t.accessToken(), SECRET).statusCode()).isEqualTo(204);
        String next = SECRET.replace('k', 'q');
        assertThat(api.depositEscrow(t.accessToken(), next).statusCode()).isEqualTo(204);
        assertThat(secretOf(api.releaseEscrow("montse", TestServer.PASSWORD, laptop))).isEqualTo(next);
        assertThat(api.depositEscrow(t.accessToken(), "short").statusCode()).as("not a secret").isEqualTo(400);

        int status = 0;
        for (int i = 0; i < 30 && status != 429; i++) {
            status = api.releaseEscrow("montse", "wrong-" + i, laptop).statusCode();
        }
        assertThat(status).as("wrong passwords end up refused for a while, as at login").isEqualTo(429);
    }
}
