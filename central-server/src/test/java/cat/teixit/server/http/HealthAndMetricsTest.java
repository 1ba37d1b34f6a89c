package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthAndMetricsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersOkWhenTheDatabaseIsReachable() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
    }

    private static final String OPERATOR = "operator-credential-for-tests";

    private static HttpResponse<String> get(TestServer on, String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(on.url() + path));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsAreClosedWithoutAnOperatorCredentialAndAskForIt() throws Exception {
        assertThat(get("/metrics").statusCode()).as("no credential configured").isEqualTo(403);
        try (TestServer withCredential = new TestServer(ServerSettings.defaults().withMetricsToken(OPERATOR))) {
            assertThat(get(withCredential, "/metrics", null).statusCode()).isEqualTo(401);
            assertThat(get(withCredential, "/metrics", OPERATOR + "x").statusCode()).isEqualTo(401);
            var t = withCredential.transport("laia", "dev-bearer");
            String userToken = new cat.teixit.server.testing.RawApi(withCredential.url()).login("laia", "dev-bearer")
                    .accessToken();
            assertThat(get(withCredential, "/metrics", userToken).statusCode()).as("a user's token").isEqualTo(401);
            t.close();
            assertThat(get(withCredential, "/metrics", OPERATOR).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/health", "/metrics", "/api/v1/session", "/nothing"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(r.headers().firstValue("Cache-Control")).as(path).contains("no-store");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void metricsCountRequestsAndLatencyPerEndpoint() throws Exception {
        TestServer server = new TestServer(ServerSettings.defaults().withMetricsToken(OPERATOR));
        var t = server.transport("laia", "dev-metrics");
        t.session();
        t.pull("GIR-N", null, 10);
        HttpResponse<String> r = get(server, "/metrics", OPERATOR);
        server.close();
        assertThat(r.statusCode()).isEqualTo(200);
        // Other tests of this class may have called the same endpoints before: counts are at least 1.
        assertThat(r.body()).containsPattern("teixit_requests_total\\{method=\"GET\",endpoint=\"/pull\",status=\"200\"} [1-9]")
                .containsPattern("teixit_request_seconds_bucket\\{method=\"GET\",endpoint=\"/pull\",le=\"\\+Inf\"} [1-9]")
                .containsPattern("teixit_request_seconds_count\\{method=\"POST\",endpoint=\"/auth/login\"} [1-9]");
        t.close();
    }

    @Test
    void everyApiRequestLeavesAnAuditRowWithoutFieldValues() throws Exception {
        var t = server.transport("laia", "dev-audit");
        t.session();
        t.pull("GIR-N", null, 10);
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT endpoint, status, device_id FROM audit WHERE device_id = 'dev-audit' ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            StringBuilder rows = new StringBuilder();
            while (rs.next()) {
                rows.append(rs.getString(1)).append(' ').append(rs.getInt(2)).append(';');
            }
            assertThat(rows.toString()).isEqualTo("/auth/login 200;/session 200;/pull 200;");
        }
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM audit WHERE endpoint = '/auth/login' AND device_id = 'dev-audit' AND status = 200");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        HttpResponse<String> unknown = get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(426);
        t.close();
    }
}
