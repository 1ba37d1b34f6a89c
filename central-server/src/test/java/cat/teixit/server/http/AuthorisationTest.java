package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.SyncAuthException;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user of team A can neither read nor write team B's records or attachments, on any endpoint. */
class AuthorisationTest {

    private static TestServer server;
    private static UUID girRecord;
    private static String girBlob;
    private static final byte[] BLOB = "informe social".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = new TestServer();
        try (Replica laia = server.replica(dir, "laia", "dev-laia")) {
            girRecord = laia.store.create("person", "GIR-N", Map.of("name", "Marta"));
            Path file = Files.write(dir.resolve("doc.pdf"), BLOB);
            girBlob = laia.store.attach("GIR-N", file);
            laia.sync();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PushOp op(String device, long opId, ChangeKind kind, UUID id, String scope, Long base) {
        var fields = kind == ChangeKind.DELETE ? Json.strictMapper().createObjectNode()
                : Json.strictMapper().createObjectNode().put("name", "changed");
        return new PushOp(opId, UUID.randomUUID(), "person", id, kind, fields, base, "0000000000001-0000-" + device, scope);
    }

    private static void forbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SyncServerException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aUserOfAnotherTeamCannotPullPushOrTouchAttachmentsOfThisTeam() {
        String device = "dev-pau-" + UUID.randomUUID();
        HttpSyncTransport pau = server.transport("pau", device);

        assertThat(pau.session().scopes()).extracting(Responses.ScopeGrant::scope).containsExactly("DIRECTORI", "SALT");
        forbidden(() -> pau.pull("GIR-N", null, 10));
        forbidden(() -> pau.blobStatus("GIR-N", girBlob));
        forbidden(() -> pau.putChunk("GIR-N", girBlob, BLOB.length, 0, BLOB, BLOB.length));
        forbidden(() -> pau.commitBlob("GIR-N", girBlob, BLOB.length));
        forbidden(() -> pau.downloadBlob("GIR-N", girBlob, Path.of("target", "never.bin"), 1000));

        Responses.Push r = pau.push(new Requests.Push(device, List.of(
                op(device, 1, ChangeKind.INSERT, UUID.randomUUID(), "GIR-N", null),
                op(device, 2, ChangeKind.PATCH, girRecord, "GIR-N", 1L),
                op(device, 3, ChangeKind.DELETE, girRecord, "GIR-N", 1L),
                // Claiming its own scope for the other team's record does not help either.
                op(device, 4, ChangeKind.PATCH, girRecord, "SALT", 1L),
                op(device, 5, ChangeKind.DELETE, girRecord, "SALT", 1L))));
        assertThat(r.results()).extracting(OpResult::reason).containsExactly("forbidden_scope", "forbidden_scope",
                "forbidden_scope", "not_found", "not_found");

        // Nothing of team A reached team B's pull, and the record is untouched.
        assertThat(pau.pull("SALT", null, 100).records()).isEmpty();
        HttpSyncTransport laia = server.transport("laia", "dev-laia-check");
        var rec = laia.pull("GIR-N", null, 100).records().stream().filter(x -> x.id().equals(girRecord)).findFirst()
                .orElseThrow();
        assertThat(rec.version()).isEqualTo(1);
        assertThat(rec.deleted()).isFalse();
        pau.close();
        laia.close();
    }

    @Test
    void aReadOnlyGrantAllowsPullAndDownloadButNoWrite(@TempDir Path dir) throws Exception {
        server.directory().grantScope("pau", "GIR-N", false);
        try {
            String device = "dev-pau-ro-" + UUID.randomUUID();
            HttpSyncTransport pau = server.transport("pau", device);
            assertThat(pau.pull("GIR-N", null, 100).records()).extracting(x -> x.id()).contains(girRecord);
            Path target = dir.resolve("got.pdf");
            pau.downloadBlob("GIR-N", girBlob, target, 1000);
            assertThat(Files.readAllBytes(target)).isEqualTo(BLOB);

            Responses.Push r = pau.push(new Requests.Push(device, List.of(op(device, 1, ChangeKind.PATCH, girRecord, "GIR-N", 1L))));
            assertThat(r.results().getFirst().reason()).isEqualTo("forbidden_scope");
            forbidden(() -> pau.putChunk("GIR-N", Hashing.sha256Hex(BLOB), BLOB.length, 0, BLOB, BLOB.length));
            pau.close();
        } finally {
            server.directory().revokeScope("pau", "GIR-N");
        }
    }

    @Test
    void aSessionCannotPushAsAnotherDevice() {
        HttpSyncTransport laia = server.transport("laia", "dev-a-" + UUID.randomUUID());
        assertThatThrownBy(() -> laia.push(new Requests.Push("someone-elses-device", List.of())))
                .isInstanceOfSatisfying(SyncServerException.class, e -> assertThat(e.code()).isEqualTo("device_mismatch"));
        laia.close();
    }

    @Test
    void wrongPasswordIsRefused() {
        var cfg = cat.teixit.sync.client.http.TransportConfig.defaults(server.url(), "dev-x", true)
                .withDeviceKey(TestServer.deviceKey("dev-x"));
        var t = new HttpSyncTransport(cfg, () -> new cat.teixit.sync.client.http.Credentials("laia",
                "wrong-password".toCharArray()));
        assertThatThrownBy(t::session).isInstanceOf(SyncAuthException.class);
        t.close();
    }

    @Test
    void everyApiEndpointRefusesARequestWithoutAValidToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = server.url() + "/api/v1";
        String blob = base + "/blobs/GIR-N/" + girBlob;
        List<HttpRequest.Builder> calls = List.of(
                HttpRequest.newBuilder(URI.create(base + "/session")).GET(),
                HttpRequest.newBuilder(URI.create(base + "/push")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"deviceId\":\"d\",\"ops\":[]}")),
                HttpRequest.newBuilder(URI.create(base + "/pull?scope=GIR-N")).GET(),
                HttpRequest.newBuilder(URI.create(blob)).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(URI.create(blob)).GET(),
                HttpRequest.newBuilder(URI.create(blob + "/chunks/0")).PUT(HttpRequest.BodyPublishers.ofByteArray(BLOB)),
                HttpRequest.newBuilder(URI.create(blob + "/commit")).POST(HttpRequest.BodyPublishers.ofString("{\"size\":1}")));
        for (HttpRequest.Builder call : calls) {
            for (String token : new String[] {null, "Bearer not-a-real-token-but-long-enough"}) {
                HttpRequest.Builder b = call.copy().header("Teixit-Protocol", "1").header("Teixit-Schema", "1");
                if (token != null) {
                    b.header("Authorization", token);
                }
                HttpRequest req = b.build();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                assertThat(res.statusCode()).as(req.method() + " " + req.uri()).isEqualTo(401);
            }
        }
    }

    @Test
    void anOutdatedClientIsToldToUpgrade() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] headers : new String[][] {{}, {"Teixit-Protocol", "0", "Teixit-Schema", "1"},
                {"Teixit-Protocol", "1", "Teixit-Schema", "0"}}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/session"));
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(426);
            assertThat(res.body()).contains("\"error\":\"upgrade_required\"");
        }
    }

    @Test
    void aRefusedAccessTokenIsRefreshedOnceAndAnExpiredRefreshTokenLogsInAgain() throws Exception {
        String device = "dev-401-" + UUID.randomUUID();
        HttpSyncTransport laia = server.transport("laia", device);
        laia.session();
        expire("access_expires_at", device);
        assertThat(laia.session().username()).isEqualTo("laia");
        assertThat(audited("/auth/refresh", 200, device)).isEqualTo(1);

        expire("access_expires_at", device);
        expire("refresh_expires_at", device);
        assertThat(laia.session().username()).isEqualTo("laia");
        assertThat(audited("/auth/refresh", 401, device)).isEqualTo(1);
        laia.close();
    }

    @Test
    void aRotatedRefreshTokenPresentedAgainIsRefusedAndEndsTheSessionsOfThatDevice() {
        RawApi api = new RawApi(server.url());
        String device = "dev-stolen-" + UUID.randomUUID();
        Responses.Tokens first = api.login("laia", device);
        Responses.Tokens second = RawApi.tokens(api.refresh(first.refreshToken()));
        assertThat(api.sessionStatus(second.accessToken())).isEqualTo(200);

        assertThat(api.refresh(first.refreshToken()).statusCode()).as("the swapped token, presented again")
                .isEqualTo(401);
        assertThat(api.sessionStatus(second.accessToken())).as("the successor's access token").isEqualTo(401);
        assertThat(api.refresh(second.refreshToken()).statusCode()).as("the successor's refresh token").isEqualTo(401);
        assertThat(api.sessionStatus(api.login("laia", device).accessToken())).as("a fresh login with the password")
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedUserCanNeitherLogInNorRefreshNorUseATokenAlreadyIssued() throws Exception {
        RawApi api = new RawApi(server.url());
        server.directory().addUser("marc", "Marc Puig", TestServer.PASSWORD.toCharArray(), "GIR-N",
                List.of("SOCIAL_WORKER"));
        String device = "dev-marc-" + UUID.randomUUID();
        Responses.Tokens t = api.login("marc", device);
        assertThat(api.sessionStatus(t.accessToken())).isEqualTo(200);

        assertThat(server.directory().setActive("marc", false)).isTrue();
        assertThat(api.sessionStatus(t.accessToken())).as("an access token issued before").isEqualTo(401);
        assertThat(api.refresh(t.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(api.tryLogin("marc", device).statusCode()).isEqualTo(401);

        assertThat(server.directory().setActive("marc", true)).isTrue();
        assertThat(api.sessionStatus(api.login("marc", device).accessToken())).isEqualTo(200);
    }

    private static void expire(String column, String device) throws Exception {
        try (var c = server.db().connection(); var ps = c.prepareStatement(
                "UPDATE auth_session SET " + column + " = now() - interval '1 second' WHERE device_id = ?")) {
            ps.setString(1, device);
            ps.executeUpdate();
        }
    }

    /** Audit rows of {@code endpoint} with {@code status} since the device's first request. */
    private static long audited(String endpoint, int status, String device) throws Exception {
        try (var c = server.db().connection(); var ps = c.prepareStatement("""
                SELECT count(*) FROM audit WHERE endpoint = ? AND status = ?
                AND at >= (SELECT min(at) FROM audit WHERE device_id = ?)""")) {
            ps.setString(1, endpoint);
            ps.setInt(2, status);
            ps.setString(3, device);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
