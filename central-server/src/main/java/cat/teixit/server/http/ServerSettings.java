package cat.teixit.server.http;

import java.time.Duration;

/**
 * Tunables of one server instance: token lifetimes and TLS (null: plain HTTP, for a TLS reverse proxy or
 * loopback). Immutable.
 */
public record ServerSettings(Duration accessTokenTtl, Duration refreshTokenTtl, Tls.KeyStoreFile tls) {

    public static ServerSettings defaults() {
        return new ServerSettings(Duration.ofMinutes(15), Duration.ofDays(30), null);
    }

    public ServerSettings withAccessTokenTtl(Duration ttl) {
        return new ServerSettings(ttl, refreshTokenTtl, tls);
    }

    /** Serve HTTPS with the key and certificate in {@code keyStore} (PKCS#12 or JKS). */
    public ServerSettings withTls(Tls.KeyStoreFile keyStore) {
        return new ServerSettings(accessTokenTtl, refreshTokenTtl, keyStore);
    }
}
