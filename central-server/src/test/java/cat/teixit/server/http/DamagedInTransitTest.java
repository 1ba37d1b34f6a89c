package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests damaged on the way: a push whose body the network cut is counted and logged as a network fault,
 * not as a client bug; one whose body does not fit its Content-Digest is refused as altered, nothing of it
 * applied; every JSON answer carries a digest that fits it; and a pull answer's cursor headers, which the digest does
 * not cover and a client checks against the body, say what its body says.
 */
class DamagedInTransitTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String accessToken(String device) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/login"))
                .header("Teixit-Protocol", "1").header("Teixit-Schema", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"laia\",\"password\":\"" + TestServer.PASSWORD
                        + "\",\"deviceId\":\"" + device + "\",\"deviceKey\":\"" + TestServer.deviceKey(device) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.strictMapper().readTree(r.body()).get("accessToken").asText();
    }

    /** This instance's metrics (GET /metrics asks for the operator credential: HealthAndMetricsTest). */
    private static String metrics() {
        return server.server().metrics().render();
    }

    private static long pushes400() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("teixit_requests_total\\{method=\"POST\",endpoint=\"/push\",status=\"400\"} (\\d+)")
                .matcher(metrics());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static int auditedStatus(String device) throws Exception {
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM audit WHERE device_id = ? AND endpoint = '/push'")) {
            ps.setString(1, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private static HttpResponse<String> post(String path, String token, String body, String digest) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path))
                .header("Teixit-Protocol", "1").header("Teixit-Schema", "1").header("Content-Digest", digest)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertDigestFits(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Digest")).as("digest of %s", r.uri())
                .hasValue(Hashing.contentDigest(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPushThatDoesNotFitItsDigestIsRefusedAsAlteredAndNothingOfItIsApplied() throws Exception {
        String device = "dev-altered";
        String token = accessToken(device);
        String sent = "{\"deviceId\":\"" + device + "\",\"ops\":[{\"opId\":1,\"txId\":\"" + UUID.randomUUID()
                + "\",\"entityType\":\"person\",\"entityId\":\"" + UUID.randomUUID() + "\",\"kind\":\"INSERT\","
                + "\"fields\":{\"name\":\"Pere\"},\"baseVersion\":null,\"hlc\":\"0000000000001-0000-" + device
                + "\",\"scope\":\"GIR-N\"}]}";
        // One letter changed on the way: still a valid push, and not the one the client sent.
        HttpResponse<String> r = post("/push", token, sent.replace("Pere", "Pera"),
                Hashing.contentDigest(sent.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"error\":\"digest_mismatch\"");
        assertDigestFits(r);
        assertThat(server.number("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isZero();
        assertThat(metrics()).contains("teixit_request_bodies_altered_total 1");

        HttpResponse<String> ok = post("/push", token, sent, Hashing.contentDigest(sent.getBytes(StandardCharsets.UTF_8)));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertDigestFits(ok);
        assertThat(server.number("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isEqualTo(1);
    }

    @Test
    void aPullAnswerAnnouncesInItsHeadersTheCursorAndTheMoreItsBodySays() throws Exception {
        String device = "dev-headers";
        String token = accessToken(device);
        for (int op = 1; op <= 3; op++) {
            String push = "{\"deviceId\":\"" + device + "\",\"ops\":[{\"opId\":" + op + ",\"txId\":\"" + UUID.randomUUID()
                    + "\",\"entityType\":\"person\",\"entityId\":\"" + UUID.randomUUID() + "\",\"kind\":\"INSERT\","
                    + "\"fields\":{\"name\":\"Núria\"},\"baseVersion\":null,\"hlc\":\"" + String.format("%013x",
                            System.currentTimeMillis()) + "-000" + op + "-" + device + "\",\"scope\":\"GIR-N\"}]}";
            assertThat(post("/push", token, push, Hashing.contentDigest(push.getBytes(StandardCharsets.UTF_8))).statusCode())
                    .isEqualTo(200);
        }
        String cursor = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/pull?scope=GIR-N"
                    + "&limit=1" + (cursor == null ? "" : "&cursor=" + cursor)))
                    .header("Teixit-Protocol", "1").header("Teixit-Schema", "1").header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            com.fasterxml.jackson.databind.JsonNode body = Json.strictMapper().readTree(r.body());
            cursor = body.get("cursor").asText();
            more = body.get("hasMore").asBoolean();
            assertThat(r.headers().firstValue("Teixit-Pull-Cursor")).hasValue(cursor);
            assertThat(r.headers().firstValue("Teixit-Pull-More")).hasValue(Boolean.toString(more));
            pages++;
        }
        assertThat(pages).as("one page per push at least").isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyJsonAnswerCarriesADigestThatFitsIt() throws Exception {
        String token = accessToken("dev-digest");
        for (String path : new String[] {"/session", "/pull?scope=GIR-N", "/pull?scope=SALT", "/nothing"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path))
                    .header("Teixit-Protocol", "1").header("Teixit-Schema", "1").header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertDigestFits(r);
        }
    }

    @Test
    void aPushBodyCutInTransitIsANetworkFaultInTheMetricsAndTheAudit() throws Exception {
        String device = "dev-cut";
        String token = accessToken(device);
        long before400 = pushes400();
        byte[] body = ("{\"deviceId\":\"" + device + "\",\"ops\":[" + " ".repeat(2000) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nTeixit-Protocol: 1\r\nTeixit-Schema: 1\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 700);
            out.flush();
            Thread.sleep(200);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (auditedStatus(device) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(auditedStatus(device)).isEqualTo(SyncServer.CLIENT_CLOSED_REQUEST);
        assertThat(metrics()).contains("teixit_request_bodies_cut_total 1")
                .contains("teixit_requests_total{method=\"POST\",endpoint=\"/push\",status=\"499\"} 1");
        assertThat(pushes400()).as("not counted as a client bug").isEqualTo(before400);
    }
}
