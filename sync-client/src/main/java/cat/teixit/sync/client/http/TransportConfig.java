package cat.teixit.sync.client.http;

import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.Validation;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.X509TrustManager;

/**
 * How {@link HttpSyncTransport} talks to a server: address, device (id and secret key), timeouts, retries and limits.
 * Plain HTTP is refused unless {@code allowPlainHttp} (tests, or a loopback reverse proxy). The server's
 * certificate is checked against the system's trusted authorities, or against {@code trustManager} when
 * given (a council's own authority). Immutable.
 */
public record TransportConfig(URI baseUrl, String deviceId, String deviceKey, int schemaVersion, boolean allowPlainHttp,
        Duration connectTimeout, Duration readTimeout, Duration callTimeout, RetryPolicy retry, int maxResponseBytes,
        X509TrustManager trustManager) {

    public TransportConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !("http".equals(scheme) && allowPlainHttp)) {
            throw new IllegalArgumentException("the server address must use https");
        }
        Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
        if (deviceKey != null) {
            Validation.require(Validation.DEVICE_KEY, deviceKey, "deviceKey");
        }
        Objects.requireNonNull(retry, "retry");
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("invalid transport limits");
        }
    }

    /**
     * The documented defaults (docs/sync-protocol.md §2), for a workstation on a slow link: 10 s to connect, 60 s
     * to read, 5 min a call, {@link RetryPolicy#DEFAULT} retries, answers up to 32 MiB.
     */
    public static TransportConfig defaults(URI baseUrl, String deviceId) {
        return defaults(baseUrl, deviceId, false);
    }

    /** Defaults; {@code allowPlainHttp} only for tests or a reverse proxy on the same machine. */
    public static TransportConfig defaults(URI baseUrl, String deviceId, boolean allowPlainHttp) {
        return new TransportConfig(baseUrl, deviceId, null, Protocol.MIN_SCHEMA, allowPlainHttp, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofMinutes(5), RetryPolicy.DEFAULT, Protocol.MAX_RESPONSE_BYTES, null);
    }

    /**
     * For a login a person waits for: 3 s to connect, 15 s to read, 30 s a call, {@link RetryPolicy#INTERACTIVE};
     * the rest as this config. A server out of reach is known in seconds, not after the sync's patient budget.
     */
    public TransportConfig interactive() {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schemaVersion, allowPlainHttp, Duration.ofSeconds(3),
                Duration.ofSeconds(15), Duration.ofSeconds(30), RetryPolicy.INTERACTIVE, maxResponseBytes, trustManager);
    }

    /**
     * The device's own secret, sent at login: the server binds the device id to it at the first login and refuses
     * the id with any other key (docs/decisions/0013). Without one a server answers 426.
     */
    public TransportConfig withDeviceKey(String key) {
        return new TransportConfig(baseUrl, deviceId, key, schemaVersion, allowPlainHttp, connectTimeout, readTimeout,
                callTimeout, retry, maxResponseBytes, trustManager);
    }

    @Override
    public String toString() {
        return "TransportConfig[baseUrl=" + baseUrl + ", deviceId=" + deviceId + ", schemaVersion=" + schemaVersion
                + "]";
    }

    public TransportConfig withRetry(RetryPolicy policy) {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schemaVersion, allowPlainHttp, connectTimeout, readTimeout,
                callTimeout, policy, maxResponseBytes, trustManager);
    }

    public TransportConfig withRetries(int attempts, Duration base, Duration max) {
        return withRetry(new RetryPolicy(attempts, base, max));
    }

    public TransportConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schemaVersion, allowPlainHttp, connect, read, call, retry,
                maxResponseBytes, trustManager);
    }

    public TransportConfig withSchemaVersion(int schema) {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schema, allowPlainHttp, connectTimeout, readTimeout, callTimeout,
                retry, maxResponseBytes, trustManager);
    }

    public TransportConfig withMaxResponseBytes(int max) {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schemaVersion, allowPlainHttp, connectTimeout, readTimeout,
                callTimeout, retry, max, trustManager);
    }

    /** Trusts the certificates {@code trust} accepts instead of the system's authorities. */
    public TransportConfig withTrustManager(X509TrustManager trust) {
        return new TransportConfig(baseUrl, deviceId, deviceKey, schemaVersion, allowPlainHttp, connectTimeout, readTimeout,
                callTimeout, retry, maxResponseBytes, trust);
    }
}
