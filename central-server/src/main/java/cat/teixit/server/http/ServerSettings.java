package cat.teixit.server.http;

import cat.teixit.server.auth.SessionRules;
import java.time.Duration;

/**
 * Tunables of one server instance: the session and login rules, TLS (null: plain HTTP, for a TLS reverse proxy
 * or loopback), and the operator credential that {@code /metrics} asks for (null: {@code /metrics} is closed).
 * Immutable.
 */
public record ServerSettings(SessionRules sessions, Tls.KeyStoreFile tls, String metricsToken) {

    /** The shortest operator credential accepted for {@code /metrics}. */
    public static final int MIN_METRICS_TOKEN = 16;

    public ServerSettings {
        if (metricsToken != null && metricsToken.strip().length() < MIN_METRICS_TOKEN) {
            throw new IllegalArgumentException("the metrics credential must have at least " + MIN_METRICS_TOKEN
                    + " characters");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(SessionRules.defaults(), null, null);
    }

    public ServerSettings withAccessTokenTtl(Duration ttl) {
        return withSessions(sessions.withAccessTtl(ttl));
    }

    public ServerSettings withSessions(SessionRules rules) {
        return new ServerSettings(rules, tls, metricsToken);
    }

    /** Serve HTTPS with the key and certificate in {@code keyStore} (PKCS#12 or JKS). */
    public ServerSettings withTls(Tls.KeyStoreFile keyStore) {
        return new ServerSettings(sessions, keyStore, metricsToken);
    }

    /** Open {@code /metrics} to requests bearing {@code token} ({@code Authorization: Bearer ...}). */
    public ServerSettings withMetricsToken(String token) {
        return new ServerSettings(sessions, tls, token);
    }
}
