package cat.teixit.server.testing;

import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The auth endpoints called by hand, without the client's own login and refresh logic: for tests of
 * what the server does with a token whoever presents it. Immutable.
 */
public final class RawApi {

    private static final JsonMapper JSON = Json.strictMapper();
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public RawApi(URI serverUrl) {
        this.base = URI.create(serverUrl + "/api/v1");
    }

    /** Logs in with the demo password; fails the test unless the server answers tokens. */
    public Responses.Tokens login(String username, String deviceId) {
        return tokens(tryLogin(username, deviceId));
    }

    public HttpResponse<String> tryLogin(String username, String deviceId) {
        return tryLogin(username, deviceId, TestServer.deviceKey(deviceId));
    }

    /** A login with any device key (null: none, as a client older than device keys). */
    public HttpResponse<String> tryLogin(String username, String deviceId, String deviceKey) {
        return post("/auth/login", new Requests.Login(username, TestServer.PASSWORD, deviceId, deviceKey));
    }

    /** A login body as written by hand (say, by a client older than some member). */
    public HttpResponse<String> tryLoginWith(String jsonBody) {
        return send(api("/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public HttpResponse<String> refresh(String refreshToken) {
        return post("/auth/refresh", new Requests.Refresh(refreshToken));
    }

    /** A workstation's logout: ends the session chain of {@code refreshToken}. */
    public HttpResponse<String> logout(String refreshToken) {
        return post("/auth/logout", new Requests.Refresh(refreshToken));
    }

    /** {@code GET /session} with {@code accessToken}. */
    public HttpResponse<String> session(String accessToken) {
        return send(api("/session").header("Authorization", "Bearer " + accessToken).GET());
    }

    /** {@code PUT /escrow} with {@code accessToken}: keeps {@code secret} for the session's user and device. */
    public HttpResponse<String> depositEscrow(String accessToken, String secret) {
        return depositEscrowWith(accessToken, "{\"secret\":\"" + secret + "\"}");
    }

    /** {@code PUT /escrow} with a body written by hand. */
    public HttpResponse<String> depositEscrowWith(String accessToken, String jsonBody) {
        return send(api("/escrow").header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** {@code POST /escrow/release}: the secret kept for the user on the device, against their password. */
    public HttpResponse<String> releaseEscrow(String username, String password, String deviceId) {
        return post("/escrow/release", new Requests.EscrowRelease(username, password, deviceId));
    }

    /** Parses an answer that must be a new pair of tokens. */
    public static Responses.Tokens tokens(HttpResponse<String> res) {
        if (res.statusCode() != 200) {
            throw new AssertionError("expected tokens, got " + res.statusCode() + " " + res.body());
        }
        try {
            return JSON.readValue(res.body(), Responses.Tokens.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of {@code GET /session} with {@code accessToken}. */
    public int sessionStatus(String accessToken) {
        return send(api("/session").header("Authorization", "Bearer " + accessToken).GET()).statusCode();
    }

    private HttpResponse<String> post(String endpoint, Object body) {
        try {
            return send(api(endpoint).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder api(String endpoint) {
        return HttpRequest.newBuilder(URI.create(base + endpoint)).header("Teixit-Protocol", "1")
                .header("Teixit-Schema", "1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
