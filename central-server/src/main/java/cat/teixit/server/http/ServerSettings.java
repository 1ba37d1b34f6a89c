package cat.teixit.server.http;

import cat.teixit.server.auth.SessionRules;
import java.time.Duration;

/**
 * Tunables of one server instance: the session and login rules, TLS (null: plain HTTP, for a TLS reverse proxy
 * or loopback), the operator credential that {@code /metrics} asks for (null: {@code /metrics} is closed), and how
 * long a break-the-glass opening serves its case file (docs/decisions/0039-break-the-glass.md). Immutable.
 */
public record ServerSettings(SessionRules sessions, Tls.KeyStoreFile tls, String metricsToken, Duration emergencyOpenFor) {

    /** How long a break-the-glass opening lasts unless the server is told otherwise ({@code --emergency-hours}). */
    public static final Duration DEFAULT_EMERGENCY = Duration.ofHours(24);
    /** The longest a break-the-glass opening may be set to last: a week. */
    public static final Duration MAX_EMERGENCY = Duration.ofDays(7);

    /** The shortest operator credential accepted for {@code /metrics}. */
    public static final int MIN_METRICS_TOKEN = 16;

    public ServerSettings {
        if (emergencyOpenFor.compareTo(Duration.ofMinutes(1)) < 0 || emergencyOpenFor.compareTo(MAX_EMERGENCY) > 0) {
            throw new IllegalArgumentException("an emergency opening lasts between a minute and " + MAX_EMERGENCY.toDays()
                    + " days");
        }
        if (metricsToken != null && metricsToken.strip().length() < MIN_METRICS_TOKEN) {
            throw new IllegalArgumentException("the metrics credential must have at least " + MIN_METRICS_TOKEN
                    + " characters");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(SessionRules.defaults(), null, null, DEFAULT_EMERGENCY);
    }

    public ServerSettings withAccessTokenTtl(Duration ttl) {
        return withSessions(sessions.withAccessTtl(ttl));
    }

    public ServerSettings withSessions(SessionRules rules) {
        return new ServerSettings(rules, tls, metricsToken, emergencyOpenFor);
    }

    /** Serve HTTPS with the key and certificate in {@code keyStore} (PKCS#12 or JKS). */
    public ServerSettings withTls(Tls.KeyStoreFile keyStore) {
        return new ServerSettings(sessions, keyStore, metricsToken, emergencyOpenFor);
    }

    /** Open {@code /metrics} to requests bearing {@code token} ({@code Authorization: Bearer ...}). */
    public ServerSettings withMetricsToken(String token) {
        return new ServerSettings(sessions, tls, token, emergencyOpenFor);
    }

    /** Break-the-glass openings last {@code openFor}. */
    public ServerSettings withEmergencyOpenFor(Duration openFor) {
        return new ServerSettings(sessions, tls, metricsToken, openFor);
    }
}
