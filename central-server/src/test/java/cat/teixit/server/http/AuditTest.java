package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Responses;
import java.io.OutputStream;
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
 * The request audit names who, from which device and address, and in which scope (docs/decisions/0024); a
 * request whose audit row cannot be written is refused, not served unseen.
 */
class AuditTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static String row(String sql, Object... args) throws Exception {
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder b = new StringBuilder();
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        b.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    b.append(';');
                }
                return b.toString();
            }
        }
    }

    @Test
    void loginRefreshAndPullRowsNameTheUserDeviceAddressAndScope() throws Exception {
        String device = "dev-audit-" + UUID.randomUUID();
        RawApi api = new RawApi(server.url());
        Responses.Tokens t = api.login("laia", device);
        RawApi.tokens(api.refresh(t.refreshToken()));
        var transport = server.transport("laia", device + "-t");
        transport.pull("GIR-N", null, 10);
        transport.close();
        String laia = Long.toString(server.number("SELECT id FROM app_user WHERE username = 'laia'"));

        assertThat(row("SELECT endpoint, status, user_id, device_id, address FROM audit WHERE device_id = ? ORDER BY id",
                device)).isEqualTo("/auth/login|200|" + laia + "|" + device + "|127.0.0.1;"
                        + "/auth/refresh|200|" + laia + "|" + device + "|127.0.0.1;");
        assertThat(row("SELECT endpoint, user_id, scope, address FROM audit WHERE device_id = ? AND endpoint = '/pull'",
                device + "-t")).isEqualTo("/pull|" + laia + "|GIR-N|127.0.0.1;");
        assertThat(server.number("SELECT count(*) FROM audit WHERE status = 0")).as("rows left unfinished").isZero();
    }

    @Test
    void aRequestsDurationCountsFromItsArrivalNotFromItsHandler() throws Exception {
        String device = "dev-audit-slow-" + UUID.randomUUID();
        Responses.Tokens t = new RawApi(server.url()).login("laia", device);
        // The request comes in two parts, 600 ms apart: its handler runs once the second has come.
        try (Socket s = new Socket(server.url().getHost(), server.url().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + Protocol.API + "/session HTTP/1.1\r\nHost: localhost\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(600);
            out.write(("Authorization: Bearer " + t.accessToken() + "\r\n" + Protocol.HEADER_PROTOCOL + ": "
                    + Protocol.VERSION + "\r\n" + Protocol.HEADER_SCHEMA + ": " + Protocol.MIN_SCHEMA
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
        assertThat(server.number("SELECT duration_ms FROM audit WHERE device_id = ? AND endpoint = '/session'", device))
                .as("milliseconds audited").isGreaterThanOrEqualTo(600);
    }

    @Test
    void aRequestWhoseAuditRowCannotBeWrittenIsRefusedAndChangesNothing() throws Exception {
        var transport = server.transport("jordi", "dev-unaudited");
        transport.session();
        long sessions = server.number("SELECT count(*) FROM auth_session");
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "ALTER TABLE audit RENAME TO audit_away")) {
            ps.execute();
        }
        try {
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/api/v1/auth/login")).header("Teixit-Protocol", "1")
                    .header("Teixit-Schema", "1").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"jordi\",\"password\":\""
                            + TestServer.PASSWORD + "\",\"deviceId\":\"dev-unaudited-2\",\"deviceKey\":\""
                            + TestServer.deviceKey("dev-unaudited-2") + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("\"audit_unavailable\"");
            assertThat(server.number("SELECT count(*) FROM auth_session")).as("no session opened").isEqualTo(sessions);
        } finally {
            try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                    "ALTER TABLE audit_away RENAME TO audit")) {
                ps.execute();
            }
        }
        assertThat(transport.session().username()).isEqualTo("jordi");
        transport.close();
    }

    @Test
    void anUnauditableSyncIsReportedAsAServerErrorNotServed() throws Exception {
        var transport = server.transport("montse", "dev-unaudited-pull");
        transport.session();
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "ALTER TABLE audit RENAME TO audit_gone")) {
            ps.execute();
        }
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> transport.pull("GIR-N", null, 10))
                    .isInstanceOf(cat.teixit.sync.client.SyncNetworkException.class)
                    .hasMessageContaining("503");
            assertThat(server.server().metrics().render()).containsPattern("teixit_audit_failures_total [1-9]");
        } finally {
            try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                    "ALTER TABLE audit_gone RENAME TO audit")) {
                ps.execute();
            }
            transport.close();
        }
    }
}
