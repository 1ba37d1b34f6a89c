package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A push whose body the network cut is counted and logged as a network fault, not answered as a client bug. */
class RequestCutTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String accessToken(String device) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/login"))
                .header("Teixit-Protocol", "1").header("Teixit-Schema", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"laia\",\"password\":\"" + TestServer.PASSWORD
                        + "\",\"deviceId\":\"" + device + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return Json.strictMapper().readTree(r.body()).get("accessToken").asText();
    }

    private static String metrics() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
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

    @Test
    void aPushBodyCutInTransitIsANetworkFaultInTheMetricsAndTheAudit() throws Exception {
        String device = "dev-cut";
        String token = accessToken(device);
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
                .contains("teixit_requests_total{method=\"POST\",endpoint=\"/push\",status=\"499\"} 1")
                .doesNotContain("endpoint=\"/push\",status=\"400\"");
    }
}
