package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.Protocol;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request body larger than the protocol allows is refused (413 too_large) whether or not its length is declared. */
class RequestLimitsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static HttpResponse<String> login(HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").expectContinue(true)
                .header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, Integer.toString(Protocol.MIN_SCHEMA))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] oneByteTooMany() {
        byte[] body = new byte[Protocol.MAX_REQUEST_BYTES + 1];
        Arrays.fill(body, (byte) ' ');
        return body;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        HttpResponse<String> r = login(HttpRequest.BodyPublishers.ofByteArray(oneByteTooMany()));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\":\"too_large\"");
    }

    @Test
    void aStreamedBodyIsRefusedOnceItGoesPastTheLimit() throws Exception {
        byte[] body = oneByteTooMany();
        HttpResponse<String> r = login(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\":\"too_large\"");
    }
}
